package observatory.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import observatory.geo.LocationPrecision;
import observatory.lexicon.LexiconMatch;

/**
 * What a draft takes from the sentences around it, in this order: an earlier toll the report
 * updates is dropped; a figure without its town takes the town the next sentence names, or the
 * places where "most of the victims died"; and a sentence that states a strike with no figure
 * becomes a draft of its own, or adds its evidence to the figure it describes again. A draft
 * that adopts a sentence notes it, so that {@link Attribution} can read who did it there.
 */
final class Adoptions {

  List<Draft> adopt(Reading r, List<Draft> drafts, Faults faults) {
    List<Draft> out = dropSupersededTolls(r, drafts, faults);
    out = adoptWhereTheAttackOccurred(r, out, faults);
    out = adoptTownsNamedNext(r, out, faults);
    out = adoptWhereVictimsDied(r, out, faults);
    return figurelessStrikes(r, out, faults);
  }

  /** "A previous toll had put the number at 36": an earlier count of a figure the report updates. */
  private static List<Draft> dropSupersededTolls(Reading r, List<Draft> drafts, Faults faults) {
    Set<Integer> dropped = new HashSet<>();
    for (Draft d : drafts) {
      if (d.killed() == null) {
        continue;
      }
      Sentence s = r.sentence(d.sentence());
      boolean fine = faults.run("adoptions", s.span().start(), () -> {
        boolean superseded = r.cues().any("superseded", s.span().start(), d.killed().extent().start())
            || Rx.startsWith(r.text().substring(d.killed().extent().end(),
                Math.min(s.span().end(), d.killed().extent().end() + 12)), "\\W*up from");
        // (Scopes are classified later: every draft is still a single event here.)
        boolean larger = drafts.stream().anyMatch(o -> o.key() != d.key() && o.killed() != null
            && o.killedFigure() > d.killedFigure() && !o.scopeKind().isAggregate());
        if (superseded && larger) {
          dropped.add(d.key());
        }
      });
      if (!fine) {
        dropped.add(d.key());
      }
    }
    return dropped.isEmpty() ? drafts : drafts.stream().filter(d -> !dropped.contains(d.key())).toList();
  }

  /**
   * "Seven volunteers were shot dead by gunmen who stormed their office in northwestern Syria.
   * [...] The attack occurred in the city of Sarmin in Idlib province": a report's lead often
   * names only the region, and says where the attack happened paragraphs later. The report's
   * first figure, when it has no town and no other figure has one before that sentence, takes
   * the town of the first sentence (without a figure of its own) that says where the attack took
   * place.
   */
  private static List<Draft> adoptWhereTheAttackOccurred(Reading r, List<Draft> drafts, Faults faults) {
    int lead = -1;
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i).killed() != null) {
        lead = i;
        break;
      }
    }
    if (lead < 0 || drafts.get(lead).hasTownPlace()) {
      return drafts;
    }
    Draft d = drafts.get(lead);
    Draft adopted = faults.guard("adoptions", d.statement().start(), () -> whereTheAttackOccurred(r, d, drafts), d);
    List<Draft> out = new ArrayList<>(drafts);
    out.set(lead, adopted);
    return out;
  }

  private static Draft whereTheAttackOccurred(Reading r, Draft d, List<Draft> drafts) {
    for (int k = d.sentence() + 1; k < r.sentences().size(); k++) {
      Sentence s = r.sentence(k);
      int at = k;
      if (drafts.stream().anyMatch(o -> o.sentence() <= at && o.key() != d.key() && o.killed() != null && o.hasTownPlace())) {
        return d; // another figure with its town comes first: the sentence may be about it
      }
      if (!s.figures().isEmpty() || !r.cue("event-located", s)) {
        continue;
      }
      List<PlaceFinder.Candidate> towns = s.places().stream().filter(c -> c.isTown() && c.cue() != PlaceFinder.Cue.BARE).toList();
      if (towns.isEmpty() || towns.size() > 2 || d.admin1().isPresent() && towns.get(0).mention().admin1().isPresent()
          && !d.admin1().equals(towns.get(0).mention().admin1())) {
        return d;
      }
      Draft.Edit e = d.edit();
      e.places = PlaceChoice.dedupe(towns.subList(0, 1));
      e.region = r.places().regionOf(e.places, s);
      e.statement(s.span());
      return e.done();
    }
    return d;
  }

  /**
   * "Nine people died when jets bombed a village in the north. [...] The raid on Kansafra
   * began at dawn": a figure without its town takes the town the next sentence names.
   */
  private static List<Draft> adoptTownsNamedNext(Reading r, List<Draft> drafts, Faults faults) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      int next = i + 1 < drafts.size() ? drafts.get(i + 1).sentence() : r.sentences().size();
      Draft adopted = faults.guard("adoptions", d.statement().start(), () -> townNamedNext(r, d, next), null);
      if (adopted != null) {
        out.add(adopted);
      }
    }
    return out;
  }

  private static Draft townNamedNext(Reading r, Draft d, int last) {
    if (d.killed() == null || d.hasTownPlace() || r.cues().any("period", d.clause().start(), d.clause().end())
        || r.cues().any("aggregate", d.clause().start(), d.clause().end())) {
      return d;
    }
    for (int k = d.sentence() + 1; k <= d.sentence() + 2 && k < last; k++) {
      Sentence s = r.sentence(k);
      if (!s.figures().isEmpty()) {
        break;
      }
      List<PlaceFinder.Candidate> towns = s.places().stream()
          .filter(c -> c.isTown() && c.cue() != PlaceFinder.Cue.BARE).toList();
      if (towns.isEmpty() || towns.size() > 3 || !r.cue("attack", s) || r.cue("generic", s)
          || !d.places().isEmpty() && d.admin1().isPresent() && towns.get(0).mention().admin1().isPresent()
          && !d.admin1().equals(towns.get(0).mention().admin1())) {
        continue;
      }
      Draft.Edit e = d.edit();
      e.places = PlaceChoice.dedupe(towns);
      e.region = r.places().regionOf(e.places, s);
      e.statement(s.span());
      e.attackersFrom = Draft.plus(e.attackersFrom, s.index());
      for (LexiconMatch w : s.weapons()) {
        e.weapon(w.label(), w.span());
      }
      return e.done();
    }
    return d;
  }

  /**
   * "The group counted 57 dead from shelling last week. Most of them died in Daraa and Quneitra
   * provinces": a figure with no place at all takes the places of the next sentence when that
   * sentence, with no figure of its own, speaks of the same dead.
   */
  private static List<Draft> adoptWhereVictimsDied(Reading r, List<Draft> drafts, Faults faults) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Draft adopted = faults.guard("adoptions", d.statement().start(), () -> whereVictimsDied(r, d, drafts), null);
      if (adopted != null) {
        out.add(adopted);
      }
    }
    return out;
  }

  private static Draft whereVictimsDied(Reading r, Draft d, List<Draft> drafts) {
    if (d.killed() == null || !d.places().isEmpty() || d.sentence() + 1 >= r.sentences().size()) {
      return d;
    }
    Sentence s = r.sentence(d.sentence() + 1);
    if (!s.figures().isEmpty() || drafts.stream().anyMatch(o -> o.sentence() == s.index())
        || !Rx.find(r.text().substring(s.span().start(), s.span().end()),
            "(?i)\\b((most|many|all|some|the majority|the bulk)\\s+of\\s+(the\\s+)?(victims|dead|deaths|casualties|them|those killed)"
                + "|the\\s+(victims|dead)\\s+(were|fell|died))\\b")) {
      return d;
    }
    List<PlaceFinder.Candidate> places = r.places().choose(s, s.span());
    if (places.isEmpty() || places.stream().anyMatch(c -> c.level() == LocationPrecision.COUNTRY)) {
      return d;
    }
    Draft.Edit e = d.edit();
    e.places = places;
    e.region = r.places().regionOf(places, s);
    e.statement(s.span());
    return e.done();
  }

  /** Claims with no figure: "warplanes struck Douma". */
  private static List<Draft> figurelessStrikes(Reading r, List<Draft> drafts, Faults faults) {
    List<Draft> out = new ArrayList<>(drafts);
    for (Sentence s : r.sentences()) {
      int size = out.size();
      List<Draft> before = new ArrayList<>(0);
      if (!faults.run("adoptions", s.span().start(), () -> figurelessStrike(r, s, out, before))) {
        while (out.size() > size) {
          out.remove(out.size() - 1);
        }
        for (Draft d : before) {
          out.set(indexOf(out, d.key()), d); // the draft it added evidence to, as it was
        }
      }
    }
    out.sort(Comparator.comparingInt((Draft d) -> d.statement().start())
        .thenComparingInt(d -> d.killed() == null ? Integer.MAX_VALUE : d.killed().extent().start()));
    return List.copyOf(out);
  }

  private static int indexOf(List<Draft> drafts, int key) {
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i).key() == key) {
        return i;
      }
    }
    throw new IllegalStateException("no draft with key " + key);
  }

  /** Adds the draft of a figureless strike stated in the sentence, if any; {@code before} keeps a changed draft as it was. */
  private static void figurelessStrike(Reading r, Sentence s, List<Draft> drafts, List<Draft> before) {
    if (!s.figures().isEmpty() || drafts.stream().anyMatch(d -> d.statements().contains(s.span()))) {
      return;
    }
    if (!r.cue("attack", s) || r.cue("generic", s) || r.cue("negation", s)) {
      return;
    }
    if (s.weapons().isEmpty()) {
      return;
    }
    List<PlaceFinder.Candidate> towns = s.places().stream()
        .filter(c -> c.isTown() && c.cue() != PlaceFinder.Cue.BARE).toList();
    if (towns.isEmpty()) {
      towns = struckLocalitiesIn(r, s);
    }
    if (towns.isEmpty()) {
      return;
    }
    // A sentence that describes a figure's event again adds its evidence to that claim.
    List<PlaceFinder.Candidate> struck = towns;
    List<String> labels = s.weapons().stream().map(LexiconMatch::label).toList();
    int known = -1;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (!d.figureless() && d.killed() != null && !d.scopeKind().isAggregate()
          && struck.stream().allMatch(t -> d.places().stream().anyMatch(p -> PlaceChoice.samePlace(p, t)))
          && WeaponKinds.compatible(d.weapons(), labels)) {
        known = i;
      }
    }
    if (known >= 0) {
      Draft k = drafts.get(known);
      before.add(k);
      Draft.Edit e = k.edit();
      e.statement(s.span());
      e.attackersFrom = Draft.plus(e.attackersFrom, s.index());
      e.sourcesFrom = Draft.plus(e.sourcesFrom, s.index());
      drafts.set(known, e.done());
      return;
    }
    // "The air strikes hit Derik in northern Syria, and Sinjar and Karacak in northern Iraq":
    // strikes in two countries are two events.
    List<List<PlaceFinder.Candidate>> byCountry = byCountry(towns);
    if (byCountry.size() > 1) {
      for (List<PlaceFinder.Candidate> group : byCountry) {
        Draft.Edit g = Draft.of(DraftMaker.maxKey(drafts) + 1, s.index(), s.span()).edit();
        g.figureless = true;
        Draft.Edit placed = DraftMaker.fill(r, g.done(), s, s.span(), null).edit();
        placed.places = PlaceChoice.dedupe(group);
        placed.region = r.places().regionOf(placed.places, s);
        drafts.add(placed.done());
      }
      return;
    }
    int key = DraftMaker.maxKey(drafts) + 1;
    Draft.Edit e = Draft.of(key, s.index(), s.span()).edit();
    e.figureless = true;
    Draft d = DraftMaker.fill(r, e.done(), s, s.span(), null);
    d = withPlaces(d, PlaceChoice.dedupe(towns)); // the region stays the one of the places fill chose
    // "Air strikes hit 19 communities and shelling 10 villages": two kinds of fire, two events.
    if (d.weapons().stream().anyMatch(WeaponKinds.AERIAL::contains)
        && d.weapons().stream().anyMatch(WeaponKinds.GROUND_FIRE::contains)) {
      Draft.Edit g = Draft.of(key + 1, s.index(), s.span()).edit();
      g.figureless = true;
      Draft ground = DraftMaker.fill(r, g.done(), s, s.span(), null);
      drafts.add(keepWeapons(d, s, WeaponKinds.AERIAL));
      drafts.add(withPlaces(keepWeapons(ground, s, WeaponKinds.GROUND_FIRE), PlaceChoice.dedupe(towns)));
    } else {
      drafts.add(d);
    }
  }

  /** The places in text order, cut where the country of the resolved ones changes; unknown ones go with those before. */
  private static List<List<PlaceFinder.Candidate>> byCountry(List<PlaceFinder.Candidate> places) {
    List<List<PlaceFinder.Candidate>> groups = new ArrayList<>();
    String country = null;
    for (PlaceFinder.Candidate c : places) {
      String here = c.mention().place().map(p -> p.countryCode()).orElse(null);
      if (groups.isEmpty() || here != null && country != null && !here.equals(country)) {
        groups.add(new ArrayList<>());
      }
      if (here != null) {
        country = here;
      }
      groups.get(groups.size() - 1).add(c);
    }
    return groups;
  }

  private static Draft withPlaces(Draft d, List<PlaceFinder.Candidate> places) {
    Draft.Edit e = d.edit();
    e.places = places;
    return e.done();
  }

  /** The draft with the sentence's weapons of one kind only. */
  private static Draft keepWeapons(Draft d, Sentence s, Set<String> kind) {
    Draft.Edit e = d.edit();
    e.weapons = List.of();
    e.weaponSpans = List.of();
    for (LexiconMatch w : s.weapons()) {
      if (kind.contains(w.label())) {
        e.weapon(w.label(), w.span());
      }
    }
    return e.done();
  }

  /**
   * "Air strikes hit 19 communities in Idlib and Hama": a count of struck localities in named
   * governorates is a strike on those governorates (located at governorate precision), though
   * no town is named. The governorates listed together, or none.
   */
  private static List<PlaceFinder.Candidate> struckLocalitiesIn(Reading r, Sentence s) {
    if (!Rx.find(r.text().substring(s.span().start(), s.span().end()),
        "(?i)\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|many)\\s+"
            + "(villages|towns|communities|localities|neighbou?rhoods|areas)\\b")) {
      return List.of();
    }
    List<PlaceFinder.Candidate> areas = s.places().stream()
        .filter(c -> c.level() == LocationPrecision.ADMIN1 && c.cue() != PlaceFinder.Cue.BARE).toList();
    if (areas.isEmpty()) {
      return List.of();
    }
    return r.places().listedWithFirst(areas);
  }
}
