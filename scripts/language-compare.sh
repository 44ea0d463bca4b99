#!/usr/bin/env bash
# Language detection at ingest, measured: the rule of observatory.report.Languages against two
# libraries of Maven Central (Lingua 1.2.2 and optimaize language-detector 0.6), on the labelled
# sentences of core/src/test/resources/observatory/report and, when given, on eval texts:
#   scripts/language-compare.sh [../shared/eval/dev ../shared/eval/dev-ar ../shared/eval/airwars/airwars-source-texts-sample.jsonl ...]
# The libraries are fetched into a scratch Maven repository under target/; the project does not
# depend on them. Prints, per method, the build time and heap of the detector, then per set the
# accuracy on the routing classes (ar, en, other), misreadings and time per text.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
work="$root/target/language-compare"
mkdir -p "$work"
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>scratch</groupId><artifactId>language-compare</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>com.github.pemistahl</groupId><artifactId>lingua</artifactId><version>1.2.2</version></dependency>
    <dependency><groupId>com.optimaize.languagedetector</groupId><artifactId>language-detector</artifactId><version>0.6</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>2.23.0</version></dependency>
  </dependencies>
</project>
POM
(cd "$work" && mvn -q -B dependency:build-classpath -Dmaven.repo.local="$work/repo" -Dmdep.outputFile=cp.txt >/dev/null)
(cd "$root" && mvn -q -B -DskipTests compile -pl core >/dev/null)
echo "library jars (MB): lingua and its dependencies $(du -cm $(tr ':' '\n' < "$work/cp.txt" | grep -E 'lingua|fastutil|kotlin|moshi|okio') | tail -1 | cut -f1), optimaize and its dependencies $(du -cm $(tr ':' '\n' < "$work/cp.txt" | grep -E 'language-detector|guava|jsonic|slf4j|annotations-12') | tail -1 | cut -f1)"
sentences="$root/core/src/test/resources/observatory/report"
exec java -Xmx2g -cp "$root/core/target/classes:$(cat "$work/cp.txt")" "$root/scripts/LanguageCompare.java" \
  "$sentences/language-sentences.tsv" "$sentences/language-sentences-heldout.tsv" \
  "$sentences/language-sentences-heldout-2.tsv" "$@"
