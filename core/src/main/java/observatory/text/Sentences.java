package observatory.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import observatory.claim.Span;

/** STUB until wip-text lands. */
public final class Sentences {
  private static final Pattern P = Pattern.compile("[^\\n.!?]+(?:[.!?]+[\"”’]?|$)", Pattern.MULTILINE);

  private Sentences() {
  }

  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = P.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(Span.of(s, e));
      }
    }
    return out;
  }
}
