package observatory.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.geo.LocationPrecision;

/**
 * The totals stage, after the scopes are final: the figures after a monitor's tally count over
 * its period; each total takes the figures that are its parts (so that it is never added to
 * them); and a part that names no perpetrator, weapon, day or source takes its total's.
 */
final class Totals {

  List<Draft> link(Reading r, List<Draft> in, Faults faults) {
    List<Draft> drafts = inheritTallyPeriods(r, in, faults);
    drafts = linkParts(r, drafts, faults);
    drafts = sharesByProvince(r, drafts, faults);
    return inheritFromTotals(drafts, faults);
  }

  /**
   * In a monitor's monthly report, the figures after the lead tally ("498 of them by regime
   * forces, 207 by Russian forces") count over the same period unless they name their own date
   * or town. A monitor's periodic report (its first figure a tally over a period, or a war-wide
   * count) goes on stating counts over that period for paragraphs ("The report indicated that 104
   * civilians were killed in airstrikes by the coalition"): a figure said in the report's voice
   * keeps the period of the tally before it however far down it comes; and so does each item of
   * a list that breaks the tally down ("* Idlib: 14 airstrikes left two combatants dead").
   */
  private static List<Draft> inheritTallyPeriods(Reading r, List<Draft> drafts, Faults faults) {
    List<Draft> out = new ArrayList<>(drafts.size());
    Draft lead = drafts.stream().filter(d -> d.killed() != null).findFirst().orElse(null);
    boolean periodic = lead != null && (lead.scopeKind() == Scope.TALLY || lead.scopeKind() == Scope.BACKGROUND);
    Draft tally = null;
    for (Draft d : drafts) {
      if (d.scopeKind() == Scope.TALLY || d.scopeKind() == Scope.BACKGROUND) {
        tally = d;
        out.add(d);
        continue;
      }
      Draft t = tally;
      Draft inherited = faults.guard("totals", d.statement().start(), () -> periodOf(r, d, t, periodic), null);
      if (inherited != null) {
        out.add(inherited);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
      "\\s*([*\u2022\u00b7\\-\u2013\u2014]|\\d{1,2}[.)])\\s+\\S.*|\\s*\\p{Lu}[\\p{L}'\u2019 -]{1,30}:\\s+\\S.*", java.util.regex.Pattern.DOTALL);

  /** Whether the draft's sentence is an item of a list that starts right after the tally's paragraph, every sentence between an item too. */
  private static boolean listAfter(Reading r, Draft tally, Draft d) {
    for (int k = d.sentence(); k > tally.sentence(); k--) {
      Sentence s = r.sentence(k);
      if (s.paragraph() == r.sentence(tally.sentence()).paragraph()) {
        return true;
      }
      if (!LIST_ITEM.matcher(r.text().substring(s.span().start(), s.span().end())).matches()) {
        return false;
      }
    }
    return true;
  }

  private static Draft periodOf(Reading r, Draft d, Draft tally, boolean periodic) {
    if (tally == null || d.killed() == null || d.figureless() || d.hasSettlement() || d.dateSpan() != null
        && r.sentence(d.sentence()).dates().stream().anyMatch(x -> x.span().equals(d.dateSpan()))
        || d.scopeKind() == Scope.BACKGROUND
        || r.sentence(d.sentence()).paragraph() - r.sentence(tally.sentence()).paragraph() > 2
        && !(periodic && r.cue("report-voice", r.sentence(d.sentence()))) && !listAfter(r, tally, d)) {
      return d;
    }
    Draft.Edit e = d.edit();
    e.when = tally.when();
    e.scope = ScopeDecision.of(tally.scopeKind(), "a figure after a tally, with no date nor town of its own: the tally's period",
        List.of(ScopeDecision.Cue.of("tally", tally.killed() != null ? tally.killed().extent() : tally.statement(), r.text())))
        .doubted("scope uncertain: the period of the tally before it, by position alone", Scopes.BY_POSITION);
    return e.done();
  }

  /**
   * "64 people were killed across Syria on Tuesday: 22 in Idlib, 17 in Aleppo, 15 in Daraa": the
   * parts of a country-wide count (or of a tally, or of a count that names no place) that name a
   * governorate (or a city named like it) and no town are each governorate's share, counts over
   * several places themselves: totals (or tallies over the same period) located at the
   * governorate, still parts of the count they break down.
   */
  private static List<Draft> sharesByProvince(Reading r, List<Draft> in, Faults faults) {
    Map<Integer, Draft> byKey = new HashMap<>();
    in.forEach(d -> byKey.put(d.key(), d));
    List<Draft> out = new ArrayList<>(in.size());
    for (Draft d : in) {
      Draft t = d.partOf().isPresent() ? byKey.get(d.partOf().getAsInt()) : null;
      boolean wide = t != null && (PlaceChoice.countryOnly(t.places()) || t.places().isEmpty() || t.scopeKind() == Scope.TALLY);
      if (!wide || d.killed() == null || d.places().isEmpty() || d.scopeKind() != Scope.SINGLE) {
        out.add(d);
        continue;
      }
      Draft share = faults.guard("totals", d.statement().start(), () -> {
        List<PlaceFinder.Candidate> provinces = new ArrayList<>();
        for (PlaceFinder.Candidate c : d.places()) {
          java.util.Optional<PlaceFinder.Candidate> gov = r.places().asGovernorate(c);
          if (gov.isEmpty()) {
            return d; // a town: one event in it
          }
          provinces.add(gov.get());
        }
        Draft.Edit e = d.edit();
        e.places = provinces;
        e.region = provinces.get(0).mention().place();
        List<ScopeDecision.Cue> cue = List.of(ScopeDecision.Cue.of("total", t.killed().extent(), r.text()));
        if (t.scopeKind() == Scope.TALLY) {
          e.scope = ScopeDecision.of(Scope.TALLY, "a governorate's share of a tally", cue);
          if (d.when() instanceof observatory.claim.When.Unknown) {
            e.when = t.when();
          }
        } else {
          e.scope = ScopeDecision.of(Scope.TOTAL, "a governorate's share of a country-wide count", cue);
        }
        return e.done();
      }, d);
      out.add(share);
    }
    return List.copyOf(out);
  }

  /** Parts follow their total, or precede a total that says it raises the toll. */
  private static List<Draft> linkParts(Reading r, List<Draft> in, Faults faults) {
    Draft[] drafts = in.toArray(new Draft[0]);
    boolean[] lost = new boolean[drafts.length];
    for (int i = 0; i < drafts.length; i++) {
      Draft t = drafts[i];
      if (!t.scopeKind().isAggregate() || t.scopeKind() == Scope.BACKGROUND || t.killed() == null) {
        continue;
      }
      Draft[] linked = drafts.clone();
      int at = i;
      if (faults.run("totals", t.statement().start(), () -> partsOf(r, linked, at))) {
        System.arraycopy(linked, 0, drafts, 0, drafts.length);
      } else {
        lost[i] = true;
      }
    }
    List<Draft> out = new ArrayList<>(drafts.length);
    for (int i = 0; i < drafts.length; i++) {
      if (!lost[i]) {
        out.add(drafts[i]);
      }
    }
    return out;
  }

  /** Links the total at {@code i} to its parts, in place in the array. */
  private static void partsOf(Reading r, Draft[] drafts, int i) {
    Draft t = drafts[i];
    long remaining = t.killedFigure();
    int byPerpetrator = 0;
    for (int j = i + 1; j < drafts.length; j++) {
      Draft p = drafts[j];
      if (p.sentence() - t.sentence() > 6 || p.killed() != null && p.scopeKind().isAggregate() && p.partOf().isEmpty()
          && p.killedFigure() >= t.killedFigure()) {
        break;
      }
      // "..., and other parties were responsible for the deaths of 25 civilians": the rest of a
      // breakdown by perpetrator names none
      boolean rest = byPerpetrator > 0 && p.perpetrator() == null && p.scopeKind() == Scope.TALLY && p.when().equals(t.when());
      if (p.killed() == null || p.partOf().isPresent() || p.scopeKind() == Scope.BACKGROUND || p.separate()
          || p.scopeKind().isAggregate() && !narrower(t, p) && !rest) {
        continue;
      }
      if (p.scopeKind().isAggregate() && !rest) {
        byPerpetrator++;
      }
      if (!compatible(t, p)) {
        continue;
      }
      if (p.killedFigure() > remaining) {
        break;
      }
      remaining -= p.killedFigure();
      drafts[j] = p.withPartOf(t.key());
    }
    Sentence s = r.sentence(t.sentence());
    if (r.cue("aggregate", s) && r.cue("raise-word", s)) {
      long left = t.killedFigure();
      for (int j = i - 1; j >= 0 && t.sentence() - lastSentence(r, drafts[j]) <= 3; j--) {
        Draft p = drafts[j];
        if (p.killed() != null && p.partOf().isEmpty() && !p.scopeKind().isAggregate() && p.killedFigure() <= left
            && compatible(t, p)) {
          left -= p.killedFigure();
          drafts[j] = p.withPartOf(t.key());
        }
      }
    }
  }

  private static int lastSentence(Reading r, Draft d) {
    int last = d.sentence();
    for (Span st : d.statements()) {
      for (Sentence s : r.sentences()) {
        if (s.span().equals(st)) {
          last = Math.max(last, s.index());
        }
      }
    }
    return last;
  }

  /**
   * "223 civilians in August ... Syrian regime forces killed 129 civilians, while Russian forces
   * killed 58": a tally over the same period by one of the perpetrators of a tally before it
   * (which names them all, or none) is its part.
   */
  private static boolean narrower(Draft total, Draft part) {
    return total.scopeKind() == Scope.TALLY && part.scopeKind() == Scope.TALLY && part.killedFigure() < total.killedFigure()
        && part.sentence() - total.sentence() <= 4 && part.perpetrator() != null && total.when().equals(part.when())
        && (total.perpetrator() == null || total.perpetrator().actor().contains(part.perpetrator().actor())
            && !total.perpetrator().actor().equals(part.perpetrator().actor()));
  }

  /** Whether a figure can be a part of a total: same governorate (unless the total is country-wide), attacker, kind of weapon and period. */
  static boolean compatible(Draft total, Draft part) {
    if (total.admin1().isPresent() && part.admin1().isPresent() && !total.admin1().equals(part.admin1())) {
      boolean countryWide = total.places().stream().allMatch(c -> c.level() == LocationPrecision.COUNTRY);
      if (!countryWide) {
        return false;
      }
    }
    if (total.perpetrator() != null && part.perpetrator() != null
        && !total.perpetrator().actor().equals(part.perpetrator().actor())) {
      return false;
    }
    if (!WeaponKinds.compatible(total.weapons(), part.weapons())) {
      return false;
    }
    if (total.when() instanceof When.Between b && part.when() instanceof When.Day day) {
      if (b.from().isPresent() && day.date().isBefore(b.from().get())
          || b.to().isPresent() && day.date().isAfter(b.to().get())) {
        return false;
      }
    }
    return true;
  }

  /** A part names no perpetrator or weapon when its total already did: it inherits them. */
  private static List<Draft> inheritFromTotals(List<Draft> in, Faults faults) {
    Draft[] drafts = in.toArray(new Draft[0]);
    Map<Integer, Integer> byKey = new HashMap<>();
    for (int i = 0; i < drafts.length; i++) {
      byKey.put(drafts[i].key(), i);
    }
    boolean[] lost = new boolean[drafts.length];
    for (int i = 0; i < drafts.length; i++) {
      Draft d = drafts[i];
      OptionalInt total = d.partOf();
      if (total.isEmpty() || !byKey.containsKey(total.getAsInt())) {
        continue;
      }
      Draft t = drafts[byKey.get(total.getAsInt())]; // as it is now: a total may itself have inherited from its own
      Draft inherited = faults.guard("totals", d.statement().start(), () -> inherit(d, t), null);
      if (inherited == null) {
        lost[i] = true;
      } else {
        drafts[i] = inherited;
      }
    }
    List<Draft> out = new ArrayList<>(drafts.length);
    for (int i = 0; i < drafts.length; i++) {
      if (!lost[i]) {
        out.add(drafts[i]);
      }
    }
    return List.copyOf(out);
  }

  private static Draft inherit(Draft d, Draft t) {
    Draft.Edit e = d.edit();
    if (d.perpetrator() == null && t.perpetrator() != null) {
      e.perpetrator = t.perpetrator();
    }
    if (d.weapons().isEmpty()) {
      e.weapons = Draft.withNewAll(e.weapons, t.weapons());
    }
    if (d.when() instanceof When.Unknown && t.when() instanceof When.Day) {
      e.when = t.when();
    }
    for (String src : t.sources()) {
      if (e.sources.isEmpty()) {
        e.source(src);
      }
    }
    return e.done();
  }
}
