package observatory.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import observatory.claim.Span;

/** STUB until wip-text lands. */
public final class Numbers {
  private static final Pattern P = Pattern.compile("(?i)\\b(at least |more than |nearly |about |up to )?(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\\b");
  private static final List<String> W = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

  private Numbers() {
  }

  public static List<NumberMention> find(CharSequence text, int from, int to) {
    List<NumberMention> out = new ArrayList<>();
    Matcher m = P.matcher(text).region(from, to);
    while (m.find()) {
      String n = m.group(2).toLowerCase();
      Qualifier q = m.group(1) == null ? Qualifier.EXACT : switch (m.group(1).trim().toLowerCase()) {
        case "at least" -> Qualifier.AT_LEAST;
        case "more than" -> Qualifier.MORE_THAN;
        case "up to" -> Qualifier.UP_TO;
        default -> Qualifier.ABOUT;
      };
      Count c;
      if (n.equals("dozens")) {
        c = new Count.Vague("dozens", 24);
      } else if (Character.isDigit(n.charAt(0))) {
        long v = Long.parseLong(n.replace(",", ""));
        if (v >= 1900 && v <= 2100) {
          continue;
        }
        c = Count.of(v, q);
      } else {
        c = Count.of(W.indexOf(n), q);
      }
      out.add(new NumberMention(Span.of(m.start(), m.end()), Span.of(m.start(2), m.end(2)), c));
    }
    return out;
  }
}
