#!/usr/bin/env bash
# Writes what `observatory extract --format json` prints for every text of the evaluation corpora,
# the red-team corpus, the example and a generated corpus into OUT_DIR, one file a corpus, so that
# two builds can be compared with `diff -r`: a change meant to keep behaviour (a refactoring, an
# optimisation) must leave every file byte-identical.
#
#   scripts/extraction-snapshot.sh OUT_DIR          # from the project root, after building
#   diff -r /tmp/before /tmp/after && echo same
set -euo pipefail
out="${1:?usage: scripts/extraction-snapshot.sh OUT_DIR}"
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
eval_dir="$root/../shared/eval"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() { # NAME FILES...
  local name="$1"; shift
  "$root/observatory" extract --format json "$@" >"$out/$name.jsonl" 2>"$out/$name.stderr" || true
}

for corpus in dev dev-ar linking; do
  [[ -d "$eval_dir/$corpus" ]] && run "$corpus" "$eval_dir/$corpus"/*.json
done
run redteam "$root"/core/src/test/resources/observatory/extract/redteam/*.json
run examples "$root"/examples/*
# The Airwars source texts, each as a document published on its incident's day.
if compgen -G "$eval_dir/airwars/airwars-source-texts-sample*.jsonl" >/dev/null; then
  python3 - "$work/airwars" "$eval_dir"/airwars/airwars-source-texts-sample*.jsonl <<'PY'
import json, os, sys
out = sys.argv[1]; os.makedirs(out, exist_ok=True); n = 0
for p in sys.argv[2:]:
    for line in open(p, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            with open(os.path.join(out, f"t{n:04d}.json"), "w", encoding="utf-8") as f:
                json.dump({"id": f"t{n:04d}", "text": r["text"], "published": r.get("date")}, f, ensure_ascii=False)
            n += 1
PY
  run airwars "$work"/airwars/*.json
fi
"$root/observatory" generate --reports 300 --seed 11 --out "$work/gen" >/dev/null
run generated "$work"/gen/reports/*
# Paths differ between runs; keep the file's base name only.
sed -i -E 's#"file":"[^"]*/([^"/]*)"#"file":"\1"#' "$out"/*.jsonl
sed -i -E 's#(/tmp|/work)[^ :]*/([^/ :]*)#\2#g' "$out"/*.stderr
wc -l "$out"/*.jsonl | tail -1
