package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import observatory.claim.DatePrecision;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.lexicon.LexiconMatch;
import observatory.text.DateMention;
import observatory.text.Dates;
import observatory.text.RelativeDay;

/**
 * The drafts stage: which figures of a sentence make a claim of their own (a part such as
 * "among the dead were nine children" joins the figure before; a wounded figure joins the
 * killed one of its statement), and for each its clause, places, date, weapons, and whether it
 * is said as a separate event. Who did it and who says so is left to {@link Attribution}.
 */
final class DraftMaker {

  /** The drafts of the report's figures, in sentence order; a sentence whose drafting fails is lost, with a warning. */
  List<Draft> make(Reading r, Faults faults) {
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : r.sentences()) {
      if (s.figures().isEmpty()) {
        continue;
      }
      int size = drafts.size();
      Draft last = size == 0 ? null : drafts.get(size - 1);
      if (!faults.run("drafts", s.span().start(), () -> draftsOf(r, s, drafts))) {
        while (drafts.size() > size) {
          drafts.remove(drafts.size() - 1);
        }
        if (last != null) {
          drafts.set(size - 1, last); // what the sentence added to the draft before it is undone too
        }
      }
    }
    return List.copyOf(drafts);
  }

  private void draftsOf(Reading r, Sentence s, List<Draft> drafts) {
    List<Figure> heads = s.figures();
    List<Draft> here = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      Figure f = heads.get(i);
      if (f.outcome() != Figure.Outcome.KILLED) {
        continue;
      }
      // A figure's clause runs from the figure to the next one: "26 were killed in A, and 38 in B".
      int regionStart = i == 0 ? s.span().start() : f.extent().start();
      int regionEnd = i + 1 < heads.size() ? heads.get(i + 1).extent().start() : s.span().end();
      if ((f.orphan() || i == 0 && f.category().isPresent() && startsWithComposition(r, s, f)) && !drafts.isEmpty()
          && s.index() - drafts.get(drafts.size() - 1).sentence() <= 3) {
        // "Among the dead were nine children": a part of the figure before.
        Draft prev = drafts.get(drafts.size() - 1);
        if (prev.killed() != null) {
          Draft.Edit e = prev.edit();
          e.killed = prev.killed().withComponent(f);
          if (!prev.statements().contains(s.span())) {
            e.statement(s.span());
          }
          drafts.set(drafts.size() - 1, e.done());
          continue;
        }
      }
      Span region = Span.of(regionStart, regionEnd);
      Draft.Edit e = Draft.of(nextKey(drafts, here), s.index(), s.span()).edit();
      e.killed = f;
      e.clause = region;
      e.leadStart = i == 0 ? s.span().start() : heads.get(i - 1).extent().end();
      Draft d = fill(r, e.done(), s, region, f);
      if (d.places().isEmpty() || !regionHasPlaces(s, region)) {
        Draft.Edit p = d.edit();
        p.places = r.places().choose(s, region, otherRegions(heads, i, s), f.extent().start());
        p.region = r.places().regionOf(p.places, s);
        d = p.done();
      }
      here.add(d);
    }
    for (Figure f : heads) {
      if (f.outcome() != Figure.Outcome.WOUNDED) {
        continue;
      }
      int target = -1;
      for (int k = 0; k < here.size(); k++) {
        Draft d = here.get(k);
        if (d.wounded() == null && (target < 0 || d.killed().extent().start() < f.extent().start())) {
          target = k;
        }
      }
      if (target >= 0) {
        Draft.Edit e = here.get(target).edit();
        e.wounded = f;
        here.set(target, e.done());
        continue;
      }
      if (!drafts.isEmpty()) {
        Draft prev = drafts.get(drafts.size() - 1);
        boolean samePlace = s.places().stream().noneMatch(PlaceFinder.Candidate::isTown)
            || s.places().stream().anyMatch(c -> prev.places().stream()
                .anyMatch(p -> PlaceChoice.samePlace(p, c) || PlaceChoice.sameArea(p, c)));
        if (prev.wounded() == null && samePlace && s.index() - prev.sentence() <= 2) {
          Draft.Edit e = prev.edit();
          e.statement(s.span());
          e.wounded = f;
          drafts.set(drafts.size() - 1, e.done());
          continue;
        }
      }
      if (!s.places().isEmpty()) {
        // "A mortar shell wounded 11 people in Bab Touma": an event with wounded and no dead.
        Draft.Edit e = Draft.of(nextKey(drafts, here), s.index(), s.span()).edit();
        e.wounded = f;
        e.clause = s.span();
        here.add(fill(r, e.done(), s, s.span(), f));
      }
    }
    drafts.addAll(here);
  }

  private static int nextKey(List<Draft> drafts, List<Draft> here) {
    return drafts.size() + here.size() == 0 ? 0 : 1 + Math.max(maxKey(drafts), maxKey(here));
  }

  static int maxKey(List<Draft> drafts) {
    int max = -1;
    for (Draft d : drafts) {
      max = Math.max(max, d.key());
    }
    return max;
  }

  private static boolean startsWithComposition(Reading r, Sentence s, Figure f) {
    return r.cues().any("composition", s.span().start(), f.extent().start())
        && FigureFinder.tokensBetween(s.tokens(), s.span().start(), f.extent().start()) <= 6;
  }

  /**
   * The draft's places, date, weapons and separateness, read from its sentence and its figure's
   * clause ({@code region}); {@code f} is null for a strike stated with no figure. Shared with
   * {@link Adoptions}, which makes those.
   */
  static Draft fill(Reading r, Draft d, Sentence s, Span region, Figure f) {
    String text = r.text();
    Draft.Edit e = d.edit();
    e.places = f == null ? r.places().choose(s, region) : r.places().choose(s, region, List.of(), f.extent().start());
    e.region = r.places().regionOf(e.places, s);
    dateOf(r, s, region, e);
    // The weapons of the figure's own clause ("six in air strikes on A; five in a shell on B"),
    // else of the sentence.
    int weaponsFrom = f == null ? s.span().start() : itemStart(text, Math.min(d.leadStart() == 0 ? region.start()
        : d.leadStart(), region.start()), f.extent().start());
    List<LexiconMatch> own = s.weapons().stream()
        .filter(w -> w.span().start() >= weaponsFrom && w.span().end() <= region.end()).toList();
    for (LexiconMatch w : own.isEmpty() ? s.weapons() : own) {
      e.weapon(w.label(), w.span());
    }
    if (e.weapons.isEmpty() && r.cue("attack", s) && r.cue("strike-word", s)) {
      e.weapons = Draft.withNew(e.weapons, "air strike");
    }
    if (f != null) {
      List<Sentence> sentences = r.sentences();
      boolean excludedNext = s.index() + 1 < sentences.size() && sentences.get(s.index() + 1).paragraph() == s.paragraph()
          && r.cue("excluded", sentences.get(s.index() + 1));
      e.separate = excludedNext || r.cues().any("separate", s.span().start(), Math.min(s.span().end(), f.extent().end() + 40))
          || r.cues().any("separate", region.start(), region.end());
    }
    return e.done();
  }

  /**
   * Date: in the figure's clause, else the sentence, else earlier in the paragraph. Words that
   * date it relative to the event just dated ("a day earlier", "that day") count from that
   * event's day, not from publication.
   */
  private static void dateOf(Reading r, Sentence s, Span region, Draft.Edit e) {
    String text = r.text();
    List<DateMention> dates = eventDates(text, s);
    DateMention date = first(dates, region);
    List<RelativeDay> relative = Dates.relativeToEvent(text, s.span().start(), s.span().end());
    RelativeDay rel = date != null ? null : relative.stream().filter(x -> region.contains(x.span())).findFirst()
        .orElse(dates.isEmpty() && !relative.isEmpty() ? relative.get(0) : null);
    if (rel != null) {
      e.when = anchored(r, s, rel);
      e.dateSpan = rel.span();
      return;
    }
    if (date == null && !dates.isEmpty()) {
      date = dates.get(0);
    }
    if (date == null) {
      for (int k = s.index() - 1; k >= 0 && r.sentence(k).paragraph() == s.paragraph(); k--) {
        List<DateMention> ds = eventDates(text, r.sentence(k));
        if (!ds.isEmpty()) {
          date = ds.get(ds.size() - 1);
          break;
        }
      }
    }
    if (date == null) {
      return;
    }
    e.when = date.when();
    e.dateSpan = date.span();
    String lead = text.substring(Math.max(0, date.span().start() - 70), date.span().start());
    Optional<java.time.LocalDate> since = e.when instanceof When.Day day ? Optional.of(day.date())
        : e.when instanceof When.Between b && b.precision() != DatePrecision.PERIOD ? b.from() : Optional.empty();
    if (since.isPresent() && SINCE_BEFORE.matcher(lead).find()) {
      // "since the warplanes returned on the 10th of February", "since the war began in 2011":
      // a period from then to the report
      java.time.LocalDate from = since.get();
      e.when = new When.Between(since, r.report().published().filter(p -> !p.isBefore(from)), DatePrecision.PERIOD);
    }
  }

  /**
   * The day of a relative date: counted from the last day dated before it, in its sentence or
   * the few before ("On Monday, shelling killed four. A day earlier, ..."); "since Saturday ...
   * that day" counts from Saturday. Unknown when no day is dated before it, or the words say no
   * number ("days earlier").
   */
  private static When anchored(Reading r, Sentence s, RelativeDay rel) {
    if (rel.days().isEmpty()) {
      return When.UNKNOWN;
    }
    String text = r.text();
    for (int k = s.index(); k >= 0 && s.index() - k <= RELATIVE_REACH; k--) {
      Sentence at = r.sentence(k);
      DateMention last = null;
      for (DateMention d : eventDates(text, at)) {
        if (d.span().start() < rel.span().start()) {
          last = d;
        }
      }
      RelativeDay lastRelative = null;
      for (RelativeDay x : Dates.relativeToEvent(text, at.span().start(), at.span().end())) {
        if (x.span().start() < rel.span().start() && (last == null || x.span().start() > last.span().start())) {
          lastRelative = x; // "The following day, ... Two days later, ...": counted from the day before it
        }
      }
      if (lastRelative != null) {
        When before = anchored(r, at, lastRelative);
        return before instanceof When.Day x ? new When.Day(x.date().plusDays(rel.days().getAsInt())) : When.UNKNOWN;
      }
      if (last != null) {
        Optional<java.time.LocalDate> day = last.when() instanceof When.Day x ? Optional.of(x.date())
            : last.when() instanceof When.Between b ? b.from() : Optional.empty();
        return day.<When>map(x -> new When.Day(x.plusDays(rel.days().getAsInt()))).orElse(When.UNKNOWN);
      }
    }
    return When.UNKNOWN;
  }

  /** How many sentences back a relative date looks for the day it counts from. */
  private static final int RELATIVE_REACH = 4;

  /**
   * The day a single event takes when its own words give none: the day the report last dated,
   * when that was one day ("Mortar shells hit Damascus on Sunday, killing eight. [...] A shell
   * that landed in Bab Touma killed three" continues Sunday's narrative). An earlier event the
   * report recalls ("last month", "in 2019") has date words of its own and keeps them; a draft
   * after a period ("since January") takes nothing. Run after the scopes are known: a total or
   * a tally never takes a day this way.
   */
  static List<Draft> implied(Reading r, List<Draft> drafts, Faults faults) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(faults.guard("dates", d.statement().start(), () -> impliedDay(r, d), d));
    }
    return List.copyOf(out);
  }

  private static Draft impliedDay(Reading r, Draft d) {
    if (d.scopeKind() != observatory.claim.Scope.SINGLE || !(d.when() instanceof When.Unknown) || d.dateSpan() != null) {
      return d;
    }
    String text = r.text();
    Sentence own = r.sentence(d.sentence());
    if (!own.dates().isEmpty() || !Dates.relativeToEvent(text, own.span().start(), own.span().end()).isEmpty()) {
      return d;
    }
    for (int k = d.sentence() - 1; k >= 0; k--) {
      List<DateMention> ds = eventDates(text, r.sentence(k));
      if (ds.isEmpty()) {
        continue;
      }
      DateMention last = ds.get(ds.size() - 1);
      if (!(last.when() instanceof When.Day)) {
        return d;
      }
      Draft.Edit e = d.edit();
      e.when = last.when();
      e.dateSpan = last.span();
      return e.done();
    }
    return d;
  }

  /** Where the item that holds a figure starts: after the last ';' or ':' before it, not before {@code from}. */
  static int itemStart(String text, int from, int figure) {
    for (int i = figure - 1; i > from; i--) {
      char c = text.charAt(i);
      if (c == ';' || c == ':') {
        return i + 1;
      }
    }
    return from;
  }

  /** The dates of a sentence that date events, not the reporting: "the monitor said on Tuesday" is left out. */
  private static List<DateMention> eventDates(String text, Sentence s) {
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : s.dates()) {
      String before = text.substring(Math.max(s.span().start(), d.span().start() - 30), d.span().start());
      if (!REPORTING_BEFORE.matcher(before).find()) {
        out.add(d);
      }
    }
    return out;
  }

  private static DateMention first(List<DateMention> dates, Span region) {
    for (DateMention d : dates) {
      if (region.contains(d.span())) {
        return d;
      }
    }
    return null;
  }

  private static boolean regionHasPlaces(Sentence s, Span region) {
    return s.places().stream().anyMatch(c -> region.contains(c.span()));
  }

  private static List<Span> otherRegions(List<Figure> heads, int i, Sentence s) {
    List<Span> out = new ArrayList<>();
    for (int k = 0; k < heads.size(); k++) {
      if (k != i && heads.get(k).outcome() == Figure.Outcome.KILLED) {
        int from = k == 0 ? s.span().start() : heads.get(k).extent().start();
        int to = k + 1 < heads.size() ? heads.get(k + 1).extent().start() : s.span().end();
        out.add(Span.of(from, to));
      }
    }
    return out;
  }

  private static final Pattern SINCE_BEFORE = Pattern.compile(
      "(?i)\\bsince\\b(?![^.;]*\\b(?:and|but|while)\\b)[^.;]*$");

  private static final Pattern REPORTING_BEFORE = Pattern.compile(
      "(?i)\\b(said|says|say|reported|reports|told|announced|stated|added|confirmed|published|released|quoted|citing|statement)(\\s+\\w+)?\\s+(on\\s+)?$");
}
