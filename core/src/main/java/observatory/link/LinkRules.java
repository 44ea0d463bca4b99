package observatory.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The linker's reference data ({@code observatory/link/rules.tsv}): the actors of one side and the
 * sub-event types reports confuse. Loaded once; keys in lower case.
 */
final class LinkRules {
  static final LinkRules BUNDLED = load("/observatory/link/rules.tsv");

  private final Map<String, String> sides;
  private final Map<String, String> confusable;
  /** Answers already worked out, by the actor or sub-event type as given (few distinct values, many pairs). */
  private final Map<String, Optional<String>> sideOf = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> groupOf = new ConcurrentHashMap<>();

  private LinkRules(Map<String, String> sides, Map<String, String> confusable) {
    this.sides = Map.copyOf(sides);
    this.confusable = Map.copyOf(confusable);
  }

  /**
   * The side an actor fights on, when the rules name one; for alternatives or a joint attack
   * ("Russia or Syrian government"), the side all of them fight on.
   */
  Optional<String> side(String actor) {
    return sideOf.computeIfAbsent(actor, a -> {
      Optional<String> side = Optional.empty();
      for (String part : ALTERNATIVES.split(a.strip())) {
        Optional<String> s = Optional.ofNullable(sides.get(key(part)));
        if (s.isEmpty() || side.isPresent() && !side.equals(s)) {
          return Optional.empty();
        }
        side = s;
      }
      return side;
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
    Map<String, String> sides = new HashMap<>();
    Map<String, String> confusable = new HashMap<>();
    try (InputStream in = LinkRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the linker's rules " + resource + " are missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
          throw new IllegalStateException(resource + " line " + n + ": expected kind<TAB>group<TAB>value, was '" + line + "'");
        }
        switch (f[0]) {
          case "side" -> sides.put(key(f[2]), f[1]);
          case "confusable" -> confusable.put(key(f[2]), f[1]);
          default -> throw new IllegalStateException(resource + " line " + n + ": unknown kind '" + f[0]
              + "'; expected side or confusable");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the linker's rules " + resource, e);
    }
    return new LinkRules(sides, confusable);
  }

  static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
