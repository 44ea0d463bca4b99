package observatory.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import observatory.claim.Span;

/**
 * The cue words of casualty statements, read from the data file {@code cues.tsv}: one compiled
 * pattern per role. Immutable and shared.
 */
final class Cues {
  static final String RESOURCE = "observatory/extract/cues.tsv";

  private static final Cues STANDARD = load(RESOURCE);

  private final Map<String, Pattern> patterns;

  private Cues(Map<String, Pattern> patterns) {
    this.patterns = patterns;
  }

  static Cues standard() {
    return STANDARD;
  }

  static Cues load(String resource) {
    InputStream in = Cues.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("cue file " + resource + " is missing from the classpath");
    }
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new IllegalStateException(resource + " line " + n + ": expected ROLE<TAB>PHRASE, found '" + line + "'");
        }
        phrases.computeIfAbsent(cols[0].trim(), k -> new ArrayList<>()).add(cols[1].trim().toLowerCase());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cue file " + resource, e);
    }
    Map<String, Pattern> patterns = new HashMap<>();
    phrases.forEach((role, list) -> patterns.put(role, compile(list)));
    return new Cues(patterns);
  }

  private static Pattern compile(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String p : sorted) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      boolean prefix = p.endsWith("*");
      String body = prefix ? p.substring(0, p.length() - 1) : p;
      String[] words = body.split(" ");
      for (int i = 0; i < words.length; i++) {
        if (i > 0) {
          alt.append("[\\s\\-]+");
        }
        alt.append(Pattern.quote(words[i]));
      }
      if (prefix) {
        alt.append("\\p{L}*");
      }
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Every match of a role's phrases within {@code [from, to)} of the text, in order. */
  List<Span> find(String role, CharSequence text, int from, int to) {
    Pattern p = patterns.get(role);
    if (p == null || from >= to) {
      return List.of();
    }
    List<Span> out = new ArrayList<>(2);
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      out.add(Span.of(m.start(), m.end()));
    }
    return out;
  }

  boolean any(String role, CharSequence text, int from, int to) {
    Pattern p = patterns.get(role);
    return p != null && from < to && p.matcher(text).region(from, to).find();
  }

  /** Whether the whole of {@code [from, to)} is one phrase of the role. */
  boolean is(String role, CharSequence text, int from, int to) {
    Pattern p = patterns.get(role);
    return p != null && from < to && p.matcher(text).region(from, to).matches();
  }
}
