package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import observatory.claim.DatePrecision;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.geo.Place;

/**
 * The scope stage: whether a draft is a single event, a total over several events or places, a
 * monitor's tally over a period, or a war-wide background toll, decided from the cue words of
 * {@code scope-cues.tsv} and recorded as a {@link ScopeDecision} that names the cues it read.
 * It runs before and after {@link Restatements} (a merged draft may read differently); a draft
 * whose cues say nothing keeps the scope decided before.
 */
final class Scopes {
  /**
   * How far a doubt lowers a claim's confidence. One cue word against a single named town is
   * the classic mistake ("killed 12 in Douma since the morning" read as a tally): below
   * {@link observatory.claim.Confidence#REVIEW_BELOW}, so such a claim is marked for review.
   * A war-wide toll known by its size alone is usually right.
   */
  static final double WORD_AND_ONE_PLACE = 0.45;
  static final double SIZE_ALONE = 0.7;
  /** A figure given the period of the tally before it, by position: usually right, worth a look. */
  static final double BY_POSITION = 0.8;

  /** "in two towns", "on three villages": a figure over several places. Neighbourhoods of one city stay one event. */
  private final Pattern severalPlaces;
  /** "..., bringing the toll to": words that introduce the next figure as a raised toll. */
  private final Pattern nextToll;

  Scopes(Cues cues) {
    severalPlaces = Pattern.compile("(?i)\\b(" + alternatives(cues.phrases("several")) + "|\\d+)\\s+(\\w+\\s+)?("
        + alternatives(cues.phrases("place-plural")) + ")\\b");
    nextToll = Pattern.compile("(?i)(,\\s*)?\\b(" + alternatives(cues.phrases("next-toll")) + ")\\b[^.;]*\\bto\\s*$");
  }

  private static String alternatives(List<String> phrases) {
    if (phrases.isEmpty()) {
      throw new IllegalStateException("a scope cue role has no phrase: see " + Cues.SCOPE_RESOURCE);
    }
    return String.join("|", phrases.stream().map(Pattern::quote).toList());
  }

  List<Draft> classify(Reading r, List<Draft> in, Faults faults) {
    List<Draft> drafts = new ArrayList<>(in.size());
    for (Draft d : in) {
      Draft decided = faults.guard("scope", d.statement().start(), () -> d.withScope(byCues(r, d, in)), null);
      if (decided != null) {
        drafts.add(decided);
      }
    }
    totalsOverWideAreas(drafts, faults);
    totalsOfDistricts(drafts, faults);
    return List.copyOf(drafts);
  }

  /** The draft's scope as its own words say, or the one it had when they say nothing. */
  private ScopeDecision byCues(Reading r, Draft d, List<Draft> drafts) {
    Sentence s = r.sentence(d.sentence());
    Span clause = cueWindow(r, d, s);
    boolean backgroundWords = r.cue("background", s);
    boolean background = backgroundWords || d.killed() != null && d.killedFigure() >= 20_000 && !d.hasSettlement();
    boolean periodWords = r.cues().any("period", clause.start(), clause.end());
    // "in October 2016" dates one event coarsely; "between 22 October and today" is a period.
    boolean longPeriod = d.when() instanceof When.Between b && b.precision() != DatePrecision.MONTH
        && b.precision() != DatePrecision.YEAR && (b.from().isEmpty() || b.to().isEmpty()
        || b.to().get().toEpochDay() - b.from().get().toEpochDay() >= 2);
    boolean aggregateWords = r.cues().any("aggregate", clause.start(), clause.end());
    Matcher several = severalPlaces.matcher(r.text()).region(clause.start(), clause.end());
    boolean severalPlaceWords = !aggregateWords && r.cues().any("place-plural", clause.start(), clause.end())
        && several.find() && !withinOneTown(r, d, several.end());
    boolean spelledOut = drafts.stream().anyMatch(o -> o.sentence() == d.sentence() && o.killed() != null
        && o.killed().distributed() && d.killed() != null && !d.killed().distributed()
        && o.killed().extent().start() > d.killed().extent().start());
    long towns = d.places().stream().filter(c -> c.isTown() && !c.namedArea())
        .map(c -> c.mention().place().map(Place::name).orElse(PlaceChoice.fold(c.mention().asWritten()))).distinct().count();
    boolean severalTowns = towns >= 2 && (resolvedTowns(d) >= 2 || listedAfterSettlements(r, d, s));
    // "airstrikes that targeted a marketplace": several strikes on one target are one event
    boolean wideArea = !d.hasSettlement() && !d.places().isEmpty() && r.cue("plural-attack", s) && !r.cue("one-target", s);
    String text = r.text();
    if (d.figureless()) {
      return ScopeDecision.FIGURELESS;
    }
    if (background) {
      return backgroundWords
          ? ScopeDecision.of(Scope.BACKGROUND, "words of a war-wide toll", cues(r, "background", s.span()))
          : ScopeDecision.of(Scope.BACKGROUND, "a figure of 20,000 or more with no town", List.of())
              .doubted("scope uncertain: a war-wide toll told by its size alone", SIZE_ALONE);
    }
    if (longPeriod || periodWords && !(d.when() instanceof When.Day)) {
      if (longPeriod) {
        List<ScopeDecision.Cue> date = d.dateSpan() == null ? List.of() : List.of(ScopeDecision.Cue.of("date", d.dateSpan(), text));
        return ScopeDecision.of(Scope.TALLY, "a period of two days or more", date);
      }
      ScopeDecision tally = ScopeDecision.of(Scope.TALLY, "a period word and no single day", cues(r, "period", clause));
      return towns == 1 && !aggregateWords ? tally.doubted("scope uncertain: a period word and a single place", WORD_AND_ONE_PLACE) : tally;
    }
    // "498 civilians were killed by the regime in September", "5,440 killed in August": a count over
    // a whole month or year that names no town is a monitor's tally; "in October 2016 a strike on a
    // funeral hall in Sanaa killed 140" is one event dated coarsely (a town, or one attack named).
    boolean coarse = d.killed() != null && d.when() instanceof When.Between c
        && (c.precision() == DatePrecision.MONTH || c.precision() == DatePrecision.YEAR) && !d.hasSettlement();
    boolean oneEvent = r.cues().any("one-event", clause.start(), clause.end());
    if (coarse && !oneEvent) {
      List<ScopeDecision.Cue> date = d.dateSpan() == null ? List.of() : List.of(ScopeDecision.Cue.of("date", d.dateSpan(), text));
      return ScopeDecision.of(Scope.TALLY, "a count over a whole month or year, at no town", date);
    }
    if (aggregateWords || severalPlaceWords || spelledOut || severalTowns || wideArea) {
      if (aggregateWords) {
        ScopeDecision total = ScopeDecision.of(Scope.TOTAL, "words of a total", cues(r, "aggregate", clause));
        return towns == 1 && !spelledOut && !severalTowns
            ? total.doubted("scope uncertain: an aggregate word and a single place", WORD_AND_ONE_PLACE) : total;
      }
      if (severalPlaceWords) {
        return ScopeDecision.of(Scope.TOTAL, "a count of several places", cues(r, "place-plural", clause));
      }
      if (spelledOut) {
        return ScopeDecision.of(Scope.TOTAL, "spelled out place by place after it", List.of());
      }
      if (severalTowns) {
        List<ScopeDecision.Cue> places = d.places().stream().filter(c -> c.isTown() && !c.namedArea())
            .map(c -> ScopeDecision.Cue.of("place", c.span(), text)).toList();
        return ScopeDecision.of(Scope.TOTAL, "two towns or more", places);
      }
      return ScopeDecision.of(Scope.TOTAL, "attacks over an area with no town", cues(r, "plural-attack", s.span()));
    }
    if (coarse) {
      return ScopeDecision.of(Scope.SINGLE, "one attack named, dated only to a month or a year", cues(r, "one-event", clause))
          .doubted("scope uncertain: a figure dated only to a month or a year, at no town", WORD_AND_ONE_PLACE);
    }
    if (d.killed() != null && d.killedFigure() >= LARGE_TOLL && !d.hasSettlement() && d.scopeKind() == Scope.SINGLE
        && !oneEvent) {
      // Single attacks that kill fifty or more are rare and reported with their town; a toll that
      // large with none, and no words of one attack, is more often a count over days or places.
      return ScopeDecision.of(Scope.SINGLE, "no cue of a total, a tally or a war-wide toll", List.of())
          .doubted("scope uncertain: a toll of " + d.killedFigure() + " at no town, with no words of one attack", WORD_AND_ONE_PLACE);
    }
    return d.scope();
  }

  /** A toll this large is seldom one attack's when no town is named (see byCues). */
  static final long LARGE_TOLL = 50;

  private static List<ScopeDecision.Cue> cues(Reading r, String role, Span within) {
    List<ScopeDecision.Cue> out = new ArrayList<>(2);
    for (Span found : r.cues().find(role, within.start(), within.end())) {
      out.add(ScopeDecision.Cue.of(role, found, r.text()));
    }
    return out;
  }

  /** A figure over a wide area followed by figures for its towns is their total. */
  private static void totalsOverWideAreas(List<Draft> drafts, Faults faults) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft t = drafts.get(i);
      if (t.scopeKind() != Scope.SINGLE || t.hasSettlement() || t.killed() == null || t.places().isEmpty()) {
        continue;
      }
      int at = i;
      Boolean total = faults.guard("scope", t.statement().start(), () -> {
        long sum = 0;
        int parts = 0;
        for (int j = at + 1; j < drafts.size() && drafts.get(j).sentence() - t.sentence() <= 4; j++) {
          Draft p = drafts.get(j);
          if (p.killed() != null && p.scopeKind() == Scope.SINGLE && p.hasSettlement() && Totals.compatible(t, p)) {
            sum += p.killedFigure();
            parts++;
          }
        }
        return parts >= 2 && sum <= t.killedFigure();
      }, false);
      if (total) {
        drafts.set(i, t.withScope(ScopeDecision.of(Scope.TOTAL, "a figure over an area, then figures of its towns that fit in it",
            List.of())));
      }
    }
  }

  /** A city's toll followed by the tolls of its districts that add up to it exactly. */
  private static void totalsOfDistricts(List<Draft> drafts, Faults faults) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft t = drafts.get(i);
      if (t.scopeKind() != Scope.SINGLE || !t.hasSettlement() || t.killed() == null) {
        continue;
      }
      int at = i;
      Boolean total = faults.guard("scope", t.statement().start(), () -> {
        long sum = 0;
        int parts = 0;
        for (int j = at + 1; j < drafts.size() && drafts.get(j).sentence() - t.sentence() <= 4 && sum < t.killedFigure(); j++) {
          Draft p = drafts.get(j);
          if (p.killed() != null && p.scopeKind() == Scope.SINGLE && p.sentence() > t.sentence() && Totals.compatible(t, p)
              && (p.killed().another() || parts > 0
              || p.places().stream().noneMatch(c -> t.places().stream().anyMatch(q -> PlaceChoice.samePlace(q, c))))) {
            sum += p.killedFigure();
            parts++;
          }
        }
        return parts >= 2 && sum == t.killedFigure();
      }, false);
      if (total) {
        drafts.set(i, t.withScope(ScopeDecision.of(Scope.TOTAL, "a town's figure, then figures of its districts that add up to it",
            List.of())));
      }
    }
  }

  /**
   * The words that can say a figure is a total: from the figure before it to the next one, but
   * not a "raising the toll to" that introduces the next figure.
   */
  private Span cueWindow(Reading r, Draft d, Sentence s) {
    if (d.clause() == null) {
      return s.span();
    }
    // "64 killed across Syria on Tuesday: 22 in Idlib, 17 in Aleppo": a figure that spells out the
    // one before says its own words only; the lead's "across" is the lead's.
    int start = d.killed() != null && d.killed().distributed() ? d.killed().extent().start()
        : Math.min(d.leadStart() == 0 ? d.clause().start() : d.leadStart(), d.clause().start());
    int end = d.clause().end();
    int from = d.killed() != null && d.clause().contains(d.killed().extent()) ? d.killed().extent().end() : start;
    List<Span> raises = r.cues().find("raise-word", Math.min(from, end), end);
    if (!raises.isEmpty()) {
      Matcher m = nextToll.matcher(r.text()).region(Math.min(from, end), end);
      if (m.find()) {
        end = m.start();
      }
    }
    return Span.of(Math.max(s.span().start(), start), Math.max(Math.max(s.span().start(), start), end));
  }

  /**
   * "struck several locations in the village of Haas", "various areas of Douma": places inside one
   * town are one place (the counting rule's neighbourhoods of one city on one day).
   */
  private static boolean withinOneTown(Reading r, Draft d, int pluralEnd) {
    List<PlaceFinder.Candidate> towns = d.places().stream().filter(c -> c.isTown() && !c.namedArea()).toList();
    if (towns.size() != 1 || towns.get(0).span().start() < pluralEnd) {
      return false;
    }
    return Rx.matches(r.text().substring(pluralEnd, towns.get(0).span().start()),
        "(?i)\\s+(in|of|across|around|inside|within)\\s+(the\\s+)?((town|city|village|neighbou?rhood|district)\\s+(of\\s+)?)?");
  }

  /**
   * "Strikes on the Idlib villages of Sarja and Ehsin killed 14": two named places right after a
   * plural noun of settlements are two places, even when the gazetteer knows neither.
   */
  private static boolean listedAfterSettlements(Reading r, Draft d, Sentence s) {
    List<PlaceFinder.Candidate> towns = d.places().stream().filter(c -> c.isTown() && !c.namedArea()).toList();
    for (Span noun : r.cues().find("settlements", s.span().start(), s.span().end())) {
      List<PlaceFinder.Candidate> after = towns.stream().filter(c -> c.span().start() >= noun.end()).toList();
      if (after.size() >= 2 && Rx.matches(r.text().substring(noun.end(), after.get(0).span().start()),
          "\\s*(of\\s+)?(the\\s+)?")) {
        return true;
      }
    }
    return false;
  }

  private static long resolvedTowns(Draft d) {
    return d.places().stream().filter(c -> c.mention().place().map(p -> p.kind() == Place.Kind.POPULATED_PLACE).orElse(false))
        .map(c -> c.mention().place().get()).distinct().count();
  }
}
