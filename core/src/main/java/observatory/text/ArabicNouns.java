package observatory.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Arabic nouns of people of {@code arabic-person-nouns.tsv}: which folded words name people,
 * and which are the dual of one (two people). Loaded once; immutable.
 */
final class ArabicNouns {
  static final String RESOURCE = "observatory/text/arabic-person-nouns.tsv";

  /** How a dual form reads. {@code fathaOnly}: spelt like a plural, so two only with a fatha before its ي. */
  record Dual(String singular, boolean fathaOnly) {
  }

  private final Set<String> persons;
  private final Set<String> singulars;
  private final Map<String, Dual> duals;

  private ArabicNouns(Set<String> persons, Set<String> singulars, Map<String, Dual> duals) {
    this.persons = Set.copyOf(persons);
    this.singulars = Set.copyOf(singulars);
    this.duals = Map.copyOf(duals);
  }

  private static final ArabicNouns STANDARD = load(RESOURCE);

  static ArabicNouns standard() {
    return STANDARD;
  }

  /** Whether a folded stem names people, singular, dual or plural, also with the alef of the accusative ("شخصاً"). */
  boolean isPerson(String stem) {
    if (persons.contains(stem) || duals.containsKey(stem)) {
      return true;
    }
    return stem.length() > 2 && stem.endsWith("ا") && persons.contains(stem.substring(0, stem.length() - 1));
  }

  /** Whether a folded stem is a singular noun of people, also with the alef of the accusative ("طفلاً"). */
  boolean isSingular(String stem) {
    return singulars.contains(stem)
        || stem.length() > 2 && stem.endsWith("ا") && singulars.contains(stem.substring(0, stem.length() - 1));
  }

  /** The dual reading of a folded stem, or null. */
  Dual dual(String stem) {
    return duals.get(stem);
  }

  static ArabicNouns load(String resource) {
    InputStream in = ArabicNouns.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("noun file " + resource + " is missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read noun file " + resource, e);
    }
  }

  static ArabicNouns parse(String name, List<String> lines) {
    Set<String> persons = new HashSet<>();
    Set<String> singulars = new HashSet<>();
    Set<String> plurals = new HashSet<>();
    Map<String, String> dualToSingular = new HashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int hash = line.indexOf('#');
      String row = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (row.isEmpty()) {
        continue;
      }
      String[] cols = row.split("\t");
      if (cols.length < 2 || cols.length > 3 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalStateException(name + " line " + (n + 1) + ": expected SINGULAR<TAB>PLURALS[<TAB>DUALS], found '"
            + line + "'");
      }
      String singular = ArabicLetters.key(cols[0]);
      if (singular.isEmpty() || singular.indexOf(' ') >= 0) {
        throw new IllegalStateException(name + " line " + (n + 1) + ": the singular must be one Arabic word, found '"
            + cols[0] + "'");
      }
      persons.add(singular);
      singulars.add(singular);
      for (String plural : cols[1].strip().split("\\s+")) {
        String p = ArabicLetters.key(plural);
        persons.add(p);
        plurals.add(p);
      }
      String base = singular.endsWith("ه") ? singular.substring(0, singular.length() - 1) + "ت" : singular;
      dualToSingular.put(base + "ان", singular);
      dualToSingular.put(base + "ين", singular);
      if (cols.length == 3) {
        for (String dual : cols[2].strip().split("\\s+")) {
          dualToSingular.put(ArabicLetters.key(dual), singular);
        }
      }
    }
    Map<String, Dual> duals = new HashMap<>();
    dualToSingular.forEach((form, singular) -> {
      if (!plurals.contains(form)) {
        duals.put(form, new Dual(singular, false));
      } else if (form.endsWith("ين")) {
        duals.put(form, new Dual(singular, true));
      }
      // an -ان form spelt like a plural (صبيان, إخوان) is read as the plural
    });
    singulars.removeAll(plurals); // "شباب" would be a youth and a plural of شاب
    return new ArabicNouns(persons, singulars, duals);
  }
}
