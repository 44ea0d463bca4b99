package observatory.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The linker's reference data ({@code observatory/link/rules.tsv}): the actors of one side and the
 * sub-event types reports confuse. Loaded once; keys in lower case.
 */
final class LinkRules {
  static final LinkRules BUNDLED = load("/observatory/link/rules.tsv");

  private final Map<String, Set<String>> sides;
  private final Map<String, String> confusable;
  /** Answers already worked out, by the actor or sub-event type as given (few distinct values, many pairs). */
  private final Map<String, Set<String>> sidesOf = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> groupOf = new ConcurrentHashMap<>();

  private LinkRules(Map<String, Set<String>> sides, Map<String, String> confusable) {
    this.sides = Map.copyOf(sides);  // the sets stay the loader's own, never handed out
    this.confusable = Map.copyOf(confusable);
  }

  /**
   * The side both actors fight on, when the rules name one (the first by name when several do); an
   * actor given as alternatives or a joint attack ("Russia or Syrian government") fights on the
   * sides all of them share.
   */
  Optional<String> commonSide(String actor, String other) {
    Set<String> a = sidesOf(actor);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    Set<String> b = sidesOf(other);
    return a.stream().filter(b::contains).findFirst();
  }

  private Set<String> sidesOf(String actor) {
    return sidesOf.computeIfAbsent(actor, x -> {
      Set<String> common = null;
      for (String part : ALTERNATIVES.split(x.strip())) {
        Set<String> s = sides.getOrDefault(key(part), Set.of());
        if (common == null) {
          common = new TreeSet<>(s);
        } else {
          common.retainAll(s);
        }
      }
      return common == null ? Set.of() : Collections.unmodifiableSet(common);
    });
  }

  /** The group of sub-event types reports confuse that both belong to, when they do. */
  Optional<String> confusable(String subType, String otherSubType) {
    Optional<String> g = groupOf.computeIfAbsent(subType, t -> Optional.ofNullable(confusable.get(key(t))));
    return g.isPresent() && g.equals(groupOf.computeIfAbsent(otherSubType, t -> Optional.ofNullable(confusable.get(key(t)))))
        ? g : Optional.empty();
  }

  /** "Russia or Syrian government", "Russia and Syrian government": the actors named. */
  static final Pattern ALTERNATIVES = Pattern.compile("\\s+(and|or)\\s+");

  static LinkRules load(String resource) {
    try (InputStream in = LinkRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the linker's rules " + resource + " are missing from the class path");
      }
      return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the linker's rules " + resource, e);
    }
  }

  /** The rules of these lines, in the format of {@code rules.tsv}; {@code name} is named in errors. */
  static LinkRules parse(String name, List<String> lines) {
    Map<String, Set<String>> sides = new HashMap<>();
    Map<String, String> confusable = new HashMap<>();
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
        throw new IllegalStateException(name + " line " + n + ": expected kind<TAB>group<TAB>value, was '" + line + "'");
      }
      switch (f[0]) {
        case "side" -> sides.computeIfAbsent(key(f[2]), k -> new TreeSet<>()).add(f[1]);
        case "confusable" -> confusable.put(key(f[2]), f[1]);
        default -> throw new IllegalStateException(name + " line " + n + ": unknown kind '" + f[0]
            + "'; expected side or confusable");
      }
    }
    return new LinkRules(sides, confusable);
  }

  static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
