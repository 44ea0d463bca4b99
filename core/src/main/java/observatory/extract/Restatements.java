package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import observatory.claim.Count;
import observatory.claim.Evidence;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.When;
import observatory.geo.Place;

/**
 * The restatements stage: which drafts are one figure said twice, and what the merged draft
 * keeps. A figure restated (a lede and its detail) is one claim, richer of the two; a rounded
 * war-wide toll and its exact form are one; two sources' figures for one event ("SANA said six
 * were killed; the Observatory put the toll at three") are one claim with the lead figure, the
 * other kept as evidence.
 */
final class Restatements {

  List<Draft> merge(Reading r, List<Draft> in, Faults faults) {
    Draft[] drafts = in.toArray(new Draft[0]);
    boolean[] dropped = new boolean[drafts.length];
    for (int i = 0; i < drafts.length; i++) {
      if (dropped[i] || drafts[i].killed() == null) {
        continue;
      }
      boolean[] before = dropped.clone();
      int at = i;
      Draft merged = faults.guard("restatements", drafts[i].statement().start(),
          () -> absorbRestatements(r, drafts, dropped, at), null);
      if (merged == null) {
        System.arraycopy(before, 0, dropped, 0, dropped.length); // what it absorbed stays as it was
        dropped[i] = true;
      } else {
        drafts[i] = merged;
      }
    }
    List<Draft> out = new ArrayList<>(drafts.length);
    for (int i = 0; i < drafts.length; i++) {
      if (!dropped[i]) {
        out.add(drafts[i]);
      }
    }
    return List.copyOf(out);
  }

  /** The draft at {@code i} with the restatements after it absorbed; those are marked dropped. */
  private static Draft absorbRestatements(Reading r, Draft[] drafts, boolean[] dropped, int i) {
    Draft a = drafts[i];
    for (int j = i + 1; j < drafts.length; j++) {
      Draft b = drafts[j];
      if (dropped[j] || b.killed() == null || b.sentence() == a.sentence()) {
        continue;
      }
      boolean sameFigure = a.killedFigure() == b.killedFigure() && !b.killed().another();
      boolean placesAgree = placesCompatible(a, b);
      if (!sameFigure && roundedRestatement(a, b) && placesAgree) {
        a = absorbRounded(a, b);
        dropped[j] = true;
      } else if (sameFigure && placesAgree && datesCompatible(a, b) && b.sentence() - a.sentence() <= 8) {
        a = absorb(a, b);
        dropped[j] = true;
      } else if (!sameFigure && conflictingToll(drafts, dropped, a, b)) {
        a = absorbConflicting(r, a, b);
        dropped[j] = true;
      }
    }
    return a;
  }

  /**
   * "More than 158,000 civilians" and later "158,218": one war-wide toll, once rounded. Only
   * for tallies and background tolls, where a rounded figure and its exact form stand far apart.
   */
  private static boolean roundedRestatement(Draft a, Draft b) {
    if (!(a.scopeKind() == Scope.BACKGROUND || a.scopeKind() == Scope.TALLY) || a.scopeKind() != b.scopeKind()
        || !a.killed().siblings().isEmpty() || !b.killed().siblings().isEmpty()) {
      return false;
    }
    Draft rounded = a.killed().count().qualifier() == Qualifier.EXACT ? b : a;
    Draft exact = rounded == a ? b : a;
    Qualifier q = rounded.killed().count().qualifier();
    if (exact.killed().count().qualifier() != Qualifier.EXACT || q == Qualifier.EXACT) {
      return false;
    }
    long rf = rounded.killedFigure();
    long ef = exact.killedFigure();
    boolean fits = switch (q) {
      case AT_LEAST, MORE_THAN -> ef >= rf;
      case UP_TO, FEWER_THAN -> ef <= rf;
      case ABOUT, EXACT -> true;
    };
    return fits && Math.abs(ef - rf) * 100 <= Math.max(ef, rf);
  }

  /** Keeps the exact figure of a rounded restatement, with the evidence of both. */
  private static Draft absorbRounded(Draft keep, Draft other) {
    if (keep.killed().count().qualifier() != Qualifier.EXACT) {
      Draft.Edit e = keep.edit();
      e.killed = other.killed();
      keep = e.done();
    }
    return absorb(keep, other);
  }

  static boolean datesCompatible(Draft a, Draft b) {
    return !(a.when() instanceof When.Day x && b.when() instanceof When.Day y && !x.equals(y));
  }

  /**
   * Two sources' figures for one event in one report ("SANA said six were killed; the
   * Observatory put the toll at three"): the lead figure stays, the other is kept as evidence.
   */
  private static boolean conflictingToll(Draft[] drafts, boolean[] dropped, Draft a, Draft b) {
    if (a.scopeKind() != Scope.SINGLE || b.scopeKind() != Scope.SINGLE || a.figureless() || b.figureless()
        || b.killed().another() || b.separate() || b.killed().distributed() || a.killed().distributed()
        || a.sentence() == b.sentence() || !datesCompatible(a, b)) {
      return false;
    }
    if (!WeaponKinds.compatible(a.weapons(), b.weapons())) {
      return false;
    }
    if (a.perpetrator() != null && b.perpetrator() != null && !a.perpetrator().actor().equals(b.perpetrator().actor())) {
      return false;
    }
    boolean sameTown = a.places().stream().filter(PlaceFinder.Candidate::isTown)
        .anyMatch(pa -> b.places().stream().filter(PlaceFinder.Candidate::isTown).anyMatch(pb -> PlaceChoice.samePlace(pa, pb)));
    if (sameTown) {
      return !b.hasTownPlace() || b.places().stream().filter(PlaceFinder.Candidate::isTown)
          .allMatch(pb -> a.places().stream().anyMatch(pa -> PlaceChoice.samePlace(pa, pb)));
    }
    // A figure with no place of its own in a report about one event.
    int events = 0;
    for (int k = 0; k < drafts.length; k++) {
      Draft d = drafts[k];
      if (!dropped[k] && d.killed() != null && d.scopeKind() == Scope.SINGLE && !d.figureless()) {
        events++;
      }
    }
    return events == 2 && a.hasTownPlace() && b.places().stream().noneMatch(PlaceFinder.Candidate::isTown);
  }

  private static Draft absorbConflicting(Reading r, Draft keep, Draft other) {
    Figure otherKilled = other.killed();
    Draft.Edit e = keep.edit();
    if (keep.killed().count() instanceof Count.Vague && !(other.killed().count() instanceof Count.Vague)) {
      // "dozens of bodies", then "put the number of dead at more than 200": the figure wins over the word
      e.killed = other.killed();
      otherKilled = keep.killed();
    }
    e.statements = Draft.plusAll(e.statements, other.statements());
    e.sources = Draft.withNewAll(e.sources, other.sources());
    e.sourceSpans = Draft.plusAll(e.sourceSpans, other.sourceSpans());
    if (e.wounded == null) {
      e.wounded = other.wounded();
    }
    e.extra = Draft.plus(e.extra, Evidence.of(Evidence.Field.KILLED, otherKilled.extent(), r.text()));
    return e.done();
  }

  private static boolean placesCompatible(Draft a, Draft b) {
    if (PlaceChoice.countryOnly(a.places()) || PlaceChoice.countryOnly(b.places())) {
      // "in northwestern Syria" and "in Maarat al-Numan" can be one place said twice
      Optional<String> x = a.region().map(Place::countryCode);
      Optional<String> y = b.region().map(Place::countryCode);
      return x.isEmpty() || y.isEmpty() || x.equals(y);
    }
    if (a.places().isEmpty() || b.places().isEmpty()) {
      return a.admin1().isEmpty() || b.admin1().isEmpty() || a.admin1().equals(b.admin1());
    }
    for (PlaceFinder.Candidate pa : a.places()) {
      for (PlaceFinder.Candidate pb : b.places()) {
        if (PlaceChoice.samePlace(pa, pb)) {
          return true;
        }
      }
    }
    boolean aTown = a.hasTownPlace();
    boolean bTown = b.hasTownPlace();
    if (aTown != bTown) {
      // "in Idlib" and "in Idlib province": a town named like its governorate, or the governorate itself.
      Draft area = aTown ? b : a;
      Draft town = aTown ? a : b;
      for (PlaceFinder.Candidate pa : area.places()) {
        String key = PlaceChoice.fold(pa.mention().asWritten().replaceAll("(?i)\\s+(province|governorate|countryside)$", ""));
        if (town.places().stream().anyMatch(t -> PlaceChoice.fold(t.mention().asWritten()).equals(key))) {
          return true;
        }
      }
      return area.admin1().isPresent() && area.admin1().equals(town.admin1());
    }
    return !aTown && a.admin1().isPresent() && a.admin1().equals(b.admin1());
  }

  /** Keeps the richer of two statements of one figure, with the evidence of both. */
  private static Draft absorb(Draft keep, Draft other) {
    Draft rich = other.richness() > keep.richness() ? other : keep;
    Draft poor = rich == keep ? other : keep;
    Draft.Edit e = keep.edit();
    if (!keep.hasTownPlace() && other.hasTownPlace() || keep.places().isEmpty() && !other.places().isEmpty()
        || !keep.hasTownPlace() && !other.hasTownPlace() && rich == other && !other.places().isEmpty()) {
      e.places = other.places();
      e.region = other.region();
    }
    if (keep.killed().count().qualifier() == Qualifier.EXACT && other.killed().count().qualifier() != Qualifier.EXACT) {
      e.killed = other.killed(); // "at least 17" and later "17": the qualified statement is the careful one
    }
    if (rich != keep) {
      e.perpetrator = rich.perpetrator();
      e.perpetratorSpans = rich.perpetratorSpans();
      if (rich.killed().components().size() > e.killed.components().size()) {
        e.killed = rich.killed();
      }
      if (rich.wounded() != null) {
        e.wounded = rich.wounded();
      }
      if (!(rich.when() instanceof When.Unknown)) {
        e.when = rich.when();
        e.dateSpan = rich.dateSpan();
      }
    }
    if (e.wounded == null) {
      e.wounded = poor.wounded();
    }
    for (Figure c : other.killed().components()) {
      if (e.killed != other.killed() && e.killed.components().stream().noneMatch(k -> k.category().equals(c.category()))) {
        e.killed = e.killed.withComponent(c); // "The 18 dead included three women"
      }
    }
    if (e.when instanceof When.Unknown && !(other.when() instanceof When.Unknown)) {
      e.when = other.when();
      e.dateSpan = other.dateSpan();
    }
    if (e.perpetrator == null) {
      e.perpetrator = other.perpetrator();
      e.perpetratorSpans = Draft.plusAll(e.perpetratorSpans, other.perpetratorSpans());
    }
    for (String w : other.weapons()) {
      e.weapons = Draft.withNew(e.weapons, w);
    }
    e.weaponSpans = Draft.plusAll(e.weaponSpans, other.weaponSpans());
    e.sources = Draft.withNewAll(e.sources, other.sources());
    e.sourceSpans = Draft.plusAll(e.sourceSpans, other.sourceSpans());
    e.statements = Draft.plusAll(e.statements, other.statements());
    return e.done();
  }
}
