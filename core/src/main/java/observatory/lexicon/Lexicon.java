package observatory.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import observatory.claim.Span;

/** STUB until wip-lex lands. */
public final class Lexicon {
  private final String name;
  private final List<String[]> entries;

  private Lexicon(String name, List<String[]> entries) {
    this.name = name;
    this.entries = entries;
  }

  public static Lexicon fromLines(String name, List<String> lines) {
    List<String[]> e = new ArrayList<>();
    for (String l : lines) {
      if (!l.isBlank() && !l.startsWith("#")) {
        e.add(l.split("\t"));
      }
    }
    return new Lexicon(name, e);
  }

  public String name() {
    return name;
  }

  public List<LexiconMatch> find(CharSequence text, int from, int to) {
    List<LexiconMatch> out = new ArrayList<>();
    for (String[] e : entries) {
      Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(e[1]) + "\\b").matcher(text).region(from, to);
      while (m.find()) {
        out.add(new LexiconMatch(Span.of(m.start(), m.end()), e[0], e[1]));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }
}
