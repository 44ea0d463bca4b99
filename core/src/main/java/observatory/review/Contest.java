package observatory.review;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import observatory.claim.Count;
import observatory.link.LinkClaim;
import observatory.link.Measure;

/**
 * When the sources of one incident disagree beyond honest variation, the incident is contested.
 * Only claims of different origins are compared (a source that revises its own toll does not
 * contest itself):
 *
 * <ul>
 *   <li><b>killed figures</b>: each stated figure allows a range ("at least 40": 40 and up; "12":
 *       12; "about 30": 30; "up to 10": 0 to 10). Two sources disagree when one's lowest figure is
 *       more than twice the other's highest plus five (40 against 12: 40 &gt; 29). Tolls rising by a
 *       few, or "at least 12" against "15", are not a dispute.</li>
 *   <li><b>perpetrators</b>: two sources name perpetrators with no name in common ("Russia" against
 *       "Turkey"; "Russia or Syrian government" and "Syrian government" share one).</li>
 * </ul>
 */
public final class Contest {
  private Contest() {
  }

  /** Why these claims contest each other, or empty when they do not. */
  public static Optional<String> check(List<LinkClaim> claims) {
    for (LinkClaim a : claims) {
      for (LinkClaim b : claims) {
        if (a.origin().equals(b.origin())) {
          continue;
        }
        Count ka = a.figures().get(Measure.KILLED);
        Count kb = b.figures().get(Measure.KILLED);
        if (ka != null && kb != null) {
          long lowA = ka.low().isPresent() ? ka.low().getAsLong() : ka.high().isPresent() ? 0 : ka.figure();
          OptionalLong highB = kb.high().isPresent() ? kb.high() : kb.low().isPresent() ? OptionalLong.empty()
              : OptionalLong.of(kb.figure());
          if (highB.isPresent() && lowA > 2 * highB.getAsLong() + 5) {
            return Optional.of("killed figures disagree: " + a.origin() + " " + said(ka) + ", "
                + b.origin() + " " + said(kb));
          }
        }
        if (a.actor().isPresent() && b.actor().isPresent() && a.origin().compareTo(b.origin()) < 0
            && !shareAName(a.actor().get(), b.actor().get())) {
          return Optional.of("perpetrators disagree: " + a.origin() + " blames " + a.actor().get() + ", "
              + b.origin() + " blames " + b.actor().get());
        }
      }
    }
    return Optional.empty();
  }

  private static String said(Count c) {
    if (c instanceof Count.Range r) {
      return r.from() + " to " + r.to();
    }
    String q = c.qualifier().label();
    return (q.equals("exact") ? "" : q + " ") + c.figure();
  }

  /** "Russia or Syrian government" and "Syrian government" name one actor in common. */
  static boolean shareAName(String a, String b) {
    Set<String> x = new HashSet<>(names(a));
    return names(b).stream().anyMatch(x::contains);
  }

  private static List<String> names(String actor) {
    return List.of(actor.strip().toLowerCase(Locale.ROOT).split("\\s+(?:and|or)\\s+|\\s*[,/]\\s*"));
  }
}
