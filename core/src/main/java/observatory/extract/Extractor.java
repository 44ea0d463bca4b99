package observatory.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import observatory.claim.Attribution;
import observatory.claim.Casualties;
import observatory.claim.Category;
import observatory.claim.Claim;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.Evidence;
import observatory.claim.Perpetrator;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.geo.Gazetteer;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;
import observatory.lexicon.EventTyper;
import observatory.lexicon.Lexicon;
import observatory.lexicon.LexiconMatch;
import observatory.lexicon.Lexicons;
import observatory.report.Report;
import observatory.text.DateMention;
import observatory.text.Dates;
import observatory.text.Sentences;

/**
 * The front door of extraction: report text in, claims with evidence out. Deterministic and
 * thread-safe; create once and share.
 *
 * <p>It reads a report sentence by sentence: casualty figures and what they count
 * ({@link FigureFinder}), places ({@link PlaceFinder}), dates, weapons, actors and sources;
 * then it assembles claims across sentences: restatements of one figure are merged, totals
 * are told from single events, and parts are linked to the total they belong to, so that a
 * total is never added to its parts.
 */
public final class Extractor {
  private final Gazetteer gazetteer;
  /** The countries a monitor watches: place names resolve there first when a report names none. */
  private final List<String> countries;
  private final Cues cues;
  private final FigureFinder figures;
  private final Lexicon weapons;
  private final Lexicon actors;
  private final Lexicon sources;
  private final EventTyper typer;

  private Extractor(Gazetteer gazetteer) {
    this(gazetteer, List.of());
  }

  private Extractor(Gazetteer gazetteer, List<String> countries) {
    this.gazetteer = gazetteer;
    this.countries = List.copyOf(countries);
    this.cues = Cues.standard();
    this.figures = new FigureFinder();
    this.weapons = Lexicons.weapons();
    this.actors = Lexicons.actors();
    this.sources = Lexicons.sources();
    this.typer = EventTyper.standard();
  }

  /** An extractor over the bundled gazetteer and lexicons. */
  public static Extractor standard() {
    return Holder.STANDARD;
  }

  public static Extractor with(Gazetteer gazetteer) {
    return new Extractor(gazetteer);
  }

  /**
   * An extractor for a monitor that watches some countries (ISO codes such as "SY"): a report that
   * names no country is read as being about them, so "Ariha" is the town in Idlib, not Jericho.
   */
  public static Extractor with(Gazetteer gazetteer, List<String> countries) {
    for (String c : countries) {
      if (gazetteer.country(c).isEmpty()) {
        throw new IllegalArgumentException("unknown country '" + c + "'; give an ISO code such as SY");
      }
    }
    return new Extractor(gazetteer, countries);
  }

  private static final class Holder {
    static final Extractor STANDARD = new Extractor(Gazetteer.bundled());
  }

  /**
   * The claims of a report. A report in another language than English yields none (the lexicons
   * and patterns are English; the report itself is still kept where the caller keeps it), see
   * {@link Report#inReadableLanguage()}.
   */
  public Extraction extract(Report report) {
    if (!report.inReadableLanguage()) {
      return new Extraction(report, List.of(), Optional.empty());
    }
    return new Reading(report).run();
  }

  /** What one sentence says. */
  private record Sentence(int index, int paragraph, Span span, List<Token> tokens, List<Figure> figures,
      List<PlaceFinder.Candidate> places, DatesOf datesOf, List<LexiconMatch> weapons,
      List<LexiconMatch> actors, List<LexiconMatch> sources) {

    /** The sentence's dates, read the first time they are asked for: most sentences never are. */
    List<DateMention> dates() {
      return datesOf.get();
    }
  }

  private static final class DatesOf {
    private final String text;
    private final Span span;
    private final Optional<java.time.LocalDate> published;
    private List<DateMention> dates;

    DatesOf(String text, Span span, Optional<java.time.LocalDate> published) {
      this.text = text;
      this.span = span;
      this.published = published;
    }

    List<DateMention> get() {
      if (dates == null) {
        dates = Dates.find(text, span.start(), span.end(), published);
      }
      return dates;
    }
  }

  /** The extraction of one report. */
  private final class Reading {
    private final Report report;
    private final String text;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final List<String> contextAdmin1 = new ArrayList<>();
    private final List<String> contextCountries = new ArrayList<>();
    private final List<Place> contextPlaces = new ArrayList<>();

    private final Cues.Index cueIndex;
    /** Per report: it caches the report's resolutions. */
    private final PlaceFinder placeFinder = new PlaceFinder(gazetteer);

    Reading(Report report) {
      this.report = report;
      this.text = report.text();
      this.cueIndex = cues.index(text);
    }

    Extraction run() {
      readSentences();
      governoratesByName();
      for (Sentence s : sentences) {
        draftsOf(s);
      }
      dropSupersededTolls();
      adoptTownsNamedNext();
      adoptWhereVictimsDied();
      figurelessStrikes();
      classifyScopes();
      mergeRestatements();
      classifyScopes();
      inheritTallyPeriods();
      linkParts();
      inheritFromTotals();
      List<Claim> claims = build();
      return new Extraction(report, claims, documentType(claims));
    }

    private void readSentences() {
      List<Span> spans = Sentences.split(text);
      List<LexiconMatch> allWeapons = weapons.find(text, 0, text.length());
      List<LexiconMatch> allActors = actors.find(text, 0, text.length());
      List<LexiconMatch> allSources = sources.find(text, 0, text.length());
      seedContext();
      int paragraph = 0;
      int prevEnd = 0;
      for (int i = 0; i < spans.size(); i++) {
        Span sp = spans.get(i);
        if (text.substring(prevEnd, sp.start()).indexOf('\n') >= 0) {
          paragraph++;
        }
        prevEnd = sp.end();
        List<Token> tokens = Token.of(text, sp.start(), sp.end());
        Gazetteer.Context ctx = new Gazetteer.Context(contextCountries, contextAdmin1, contextPlaces);
        List<PlaceFinder.Candidate> places = placeFinder.find(text, sp, ctx);
        for (PlaceFinder.Candidate c : places) {
          c.mention().place().ifPresent(p -> {
            if (contextPlaces.size() < 50) {
              contextPlaces.add(p);
            }
            p.admin1().ifPresent(a -> {
              if (!contextAdmin1.contains(a)) {
                contextAdmin1.add(a);
              }
            });
            if (!contextCountries.contains(p.countryCode())) {
              contextCountries.add(p.countryCode());
            }
          });
        }
        sentences.add(new Sentence(i, paragraph, sp, tokens, figures.find(text, sp, tokens, cueIndex), places,
            new DatesOf(text, sp, report.published()),
            within(allWeapons, sp), within(allActors, sp), within(allSources, sp)));
      }
    }

    /**
     * "Idlib" is a city and a governorate. A bare "Idlib" is the governorate when the report
     * speaks of "Idlib province" elsewhere, or when it follows a village ("in al-Naqir, also in
     * Idlib"); "the city of Idlib" stays the city.
     */
    private void governoratesByName() {
      java.util.Set<String> areas = new java.util.HashSet<>();
      for (Sentence s : sentences) {
        for (PlaceFinder.Candidate c : s.places()) {
          if (c.level() == LocationPrecision.ADMIN1) {
            c.mention().admin1().ifPresent(a -> areas.add(fold(a)));
          }
        }
      }
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        List<PlaceFinder.Candidate> places = new ArrayList<>();
        boolean changed = false;
        for (PlaceFinder.Candidate c : s.places()) {
          Optional<Place> p = c.mention().place();
          boolean namesake = p.isPresent() && p.get().kind() == Place.Kind.POPULATED_PLACE && p.get().admin1().isPresent()
              && fold(p.get().admin1().get()).equals(fold(c.mention().asWritten())) && c.cue() != PlaceFinder.Cue.TYPED;
          // after a village ("al-Naqir, also in Idlib"), not after another namesake ("Raqqa and Deir ez-Zor")
          boolean afterTown = places.stream().anyMatch(x -> x.isTown() && !namesake(x));
          // listed with a governorate ("in Idlib and Aleppo" where Idlib is the province), or
          // holding places ("ten villages in Idlib and Hama")
          PlaceFinder.Candidate before = places.isEmpty() ? null : places.get(places.size() - 1);
          boolean listedWithArea = before != null && before.level() == LocationPrecision.ADMIN1 && listedTogether(before, c);
          boolean holdsPlaces = Rx.matches(text.substring(Math.max(s.span().start(), c.span().start() - 40), c.span().start()),
              "(?s).*\\b(villages|towns|communities|localities|hamlets)\\s+(across|in|of|throughout)\\s+(the\\s+)?"
                  + "((northern|southern|eastern|western|rural|countryside\\s+of)\\s+)?");
          if (namesake && (areas.contains(fold(p.get().admin1().get())) || afterTown || listedWithArea || holdsPlaces)) {
            Optional<Place> gov = gazetteer.admin1(p.get().admin1().get());
            if (gov.isPresent()) {
              places.add(new PlaceFinder.Candidate(new observatory.claim.PlaceMention(c.mention().asWritten(), c.span(),
                  new observatory.geo.Resolution.Resolved(c.mention().asWritten(), gov.get(), LocationPrecision.ADMIN1,
                      "the governorate: the report names it as an area, or after a town in it")),
                  PlaceFinder.Cue.AREA, LocationPrecision.ADMIN1));
              changed = true;
              continue;
            }
          }
          places.add(c);
        }
        if (changed) {
          sentences.set(i, new Sentence(s.index(), s.paragraph(), s.span(), s.tokens(), s.figures(), places, s.datesOf(),
              s.weapons(), s.actors(), s.sources()));
        }
      }
    }

    /**
     * The countries and governorates the whole report names, known before its first place is
     * resolved: "the town of Ariha in Idlib province" is the Syrian Ariha even though "Ariha"
     * comes first (and is also Jericho).
     */
    private void seedContext() {
      java.util.Set<String> adjectives = new java.util.LinkedHashSet<>();
      for (Span name : PlaceFinder.names(text, 0, text.length())) {
        String n = name.of(text).replaceFirst("['\u2019]s$", "");  // "Yemen's capital": Yemen
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + 14)).toLowerCase(java.util.Locale.ROOT);
        boolean area = after.startsWith(" province") || after.startsWith(" governorate") || after.startsWith(" countryside");
        if (area) {
          // Only the country: a governorate in the context makes the gazetteer refuse the towns of
          // the others, and a report may name several.
          gazetteer.admin1(n).ifPresent(a -> {
            if (!contextCountries.contains(a.countryCode())) {
              contextCountries.add(a.countryCode());
            }
          });
        } else if (n.length() > 3) {
          // "Syria", or the first word of "Syrian Observatory", "Turkish border"
          String first = n.split("[\\s\u2019']+")[0];
          gazetteer.country(n).filter(c -> !n.equalsIgnoreCase(c.countryCode()))
              .ifPresent(c -> {
                if (!contextCountries.contains(c.countryCode())) {
                  contextCountries.add(c.countryCode());
                }
              });
          gazetteer.countryOfAdjective(first).ifPresent(c -> adjectives.add(c.countryCode()));
        }
      }
      // An adjective ("the Syrian Observatory", "the Turkish border") only widens the countries a
      // report names ("Turkey's news agency" and "the Syrian Observatory": Turkey and Syria); it
      // never restricts, nor widens the countries watched, as "the Turkish border" in a report
      // about Mayadin does not make it a report about Turkey.
      if (!contextCountries.isEmpty()) {
        adjectives.stream().filter(c -> !contextCountries.contains(c)).forEach(contextCountries::add);
      }
      if (contextCountries.isEmpty()) {
        contextCountries.addAll(countries); // a report that names no country is about the ones watched
      }
    }

    private List<LexiconMatch> within(List<LexiconMatch> all, Span sentence) {
      List<LexiconMatch> out = new ArrayList<>(2);
      for (LexiconMatch m : all) {
        if (sentence.contains(m.span())) {
          out.add(m);
        }
      }
      return out;
    }

    /** A city named like its governorate: Idlib, Hama, Raqqa, Deir ez-Zor. */
    private boolean namesake(PlaceFinder.Candidate c) {
      Optional<Place> p = c.mention().place();
      return p.isPresent() && p.get().kind() == Place.Kind.POPULATED_PLACE && p.get().admin1().isPresent()
          && fold(p.get().admin1().get()).equals(fold(c.mention().asWritten()));
    }

    // ---- drafts from the figures of one sentence ----

    private void draftsOf(Sentence s) {
      List<Figure> heads = s.figures();
      if (heads.isEmpty()) {
        return;
      }
      List<Draft> here = new ArrayList<>();
      for (int i = 0; i < heads.size(); i++) {
        Figure f = heads.get(i);
        if (f.outcome() != Figure.Outcome.KILLED) {
          continue;
        }
        // A figure's clause runs from the figure to the next one: "26 were killed in A, and 38 in B".
        int regionStart = i == 0 ? s.span().start() : f.extent().start();
        int regionEnd = i + 1 < heads.size() ? heads.get(i + 1).extent().start() : s.span().end();
        if ((f.orphan() || i == 0 && f.category().isPresent() && startsWithComposition(s, f)) && !drafts.isEmpty()
            && s.index() - drafts.get(drafts.size() - 1).sentence <= 3) {
          // "Among the dead were nine children": a part of the figure before.
          Draft prev = drafts.get(drafts.size() - 1);
          if (prev.killed != null) {
            prev.killed = prev.killed.withComponent(f);
            if (!prev.statements.contains(s.span())) {
              prev.statements.add(s.span());
            }
            continue;
          }
        }
        Draft d = new Draft(s.index(), s.span());
        d.killed = f;
        d.clause = Span.of(regionStart, regionEnd);
        d.leadStart = i == 0 ? s.span().start() : heads.get(i - 1).extent().end();
        fill(d, s, Span.of(regionStart, regionEnd), f);
        if (d.places.isEmpty() || !regionHasPlaces(s, Span.of(regionStart, regionEnd))) {
          d.places = choosePlaces(s, Span.of(regionStart, regionEnd), otherRegions(heads, i, s), f.extent().start());
          d.region = regionOf(d, s);
        }
        here.add(d);
      }
      for (Figure f : heads) {
        if (f.outcome() != Figure.Outcome.WOUNDED) {
          continue;
        }
        Draft target = null;
        for (Draft d : here) {
          if (d.wounded == null && (target == null || d.killed.extent().start() < f.extent().start())) {
            target = d;
          }
        }
        if (target == null && !drafts.isEmpty()) {
          Draft prev = drafts.get(drafts.size() - 1);
          boolean samePlace = s.places().stream().noneMatch(PlaceFinder.Candidate::isTown)
              || s.places().stream().anyMatch(c -> prev.places.stream().anyMatch(p -> samePlace(p, c) || sameArea(p, c)));
          if (prev.wounded == null && samePlace && s.index() - prev.sentence <= 2) {
            target = prev;
            prev.statements.add(s.span());
          }
        }
        if (target != null) {
          target.wounded = f;
        } else if (!s.places().isEmpty()) {
          // "A mortar shell wounded 11 people in Bab Touma": an event with wounded and no dead.
          Draft d = new Draft(s.index(), s.span());
          d.wounded = f;
          d.clause = s.span();
          fill(d, s, s.span(), f);
          here.add(d);
        }
      }
      drafts.addAll(here);
    }

    private boolean startsWithComposition(Sentence s, Figure f) {
      return cueIndex.any("composition", s.span().start(), f.extent().start())
          && FigureFinder.tokensBetween(s.tokens(), s.span().start(), f.extent().start()) <= 6;
    }

    private void fill(Draft d, Sentence s, Span region, Figure f) {
      d.places = f == null ? choosePlaces(s, region) : choosePlaces(s, region, List.of(), f.extent().start());
      d.region = regionOf(d, s);
      // Date: in the figure's clause, else the sentence, else earlier in the paragraph.
      List<DateMention> dates = eventDates(s);
      DateMention date = first(dates, region);
      if (date == null && !dates.isEmpty()) {
        date = dates.get(0);
      }
      if (date == null) {
        for (int k = s.index() - 1; k >= 0 && sentences.get(k).paragraph() == s.paragraph(); k--) {
          List<DateMention> ds = eventDates(sentences.get(k));
          if (!ds.isEmpty()) {
            date = ds.get(ds.size() - 1);
            break;
          }
        }
      }
      if (date != null) {
        d.when = date.when();
        d.dateSpan = date.span();
        String lead = text.substring(Math.max(0, date.span().start() - 70), date.span().start());
        Optional<java.time.LocalDate> since = d.when instanceof When.Day day ? Optional.of(day.date())
            : d.when instanceof When.Between b && b.precision() != DatePrecision.PERIOD ? b.from() : Optional.empty();
        if (since.isPresent() && SINCE_BEFORE.matcher(lead).find()) {
          // "since the warplanes returned on the 10th of February", "since the war began in 2011":
          // a period from then to the report
          java.time.LocalDate from = since.get();
          d.when = new When.Between(since, report.published().filter(p -> !p.isBefore(from)), DatePrecision.PERIOD);
        }
      }
      // The weapons of the figure's own clause ("six in air strikes on A; five in a shell on B"),
      // else of the sentence.
      int weaponsFrom = f == null ? s.span().start() : itemStart(Math.min(d.leadStart == 0 ? region.start()
          : d.leadStart, region.start()), f.extent().start());
      List<LexiconMatch> own = s.weapons().stream()
          .filter(w -> w.span().start() >= weaponsFrom && w.span().end() <= region.end()).toList();
      for (LexiconMatch w : own.isEmpty() ? s.weapons() : own) {
        d.weapons.add(w.label());
        d.weaponSpans.add(w.span());
      }
      if (d.weapons.isEmpty() && cueIndex.any("attack", s.span().start(), s.span().end())
          && cueIndex.any("strike-word", s.span().start(), s.span().end())) {
        d.weapons.add("air strike");
      }
      perpetrator(d, s);
      sourcesOf(d, s);
      if (f != null) {
        boolean excludedNext = s.index() + 1 < sentences.size() && sentences.get(s.index() + 1).paragraph() == s.paragraph()
            && cueIndex.any("excluded", sentences.get(s.index() + 1).span().start(), sentences.get(s.index() + 1).span().end());
        d.separate = excludedNext || cueIndex.any("separate", s.span().start(), Math.min(s.span().end(), f.extent().end() + 40))
            || cueIndex.any("separate", region.start(), region.end());
      }
    }

    /** Where the item that holds a figure starts: after the last ';' or ':' before it, not before {@code from}. */
    private int itemStart(int from, int figure) {
      for (int i = figure - 1; i > from; i--) {
        char c = text.charAt(i);
        if (c == ';' || c == ':') {
          return i + 1;
        }
      }
      return from;
    }

    /** The dates of a sentence that date events, not the reporting: "the monitor said on Tuesday" is left out. */
    private List<DateMention> eventDates(Sentence s) {
      List<DateMention> out = new ArrayList<>();
      for (DateMention d : s.dates()) {
        String before = text.substring(Math.max(s.span().start(), d.span().start() - 30), d.span().start());
        if (!REPORTING_BEFORE.matcher(before).find()) {
          out.add(d);
        }
      }
      return out;
    }

    private DateMention first(List<DateMention> dates, Span region) {
      for (DateMention d : dates) {
        if (region.contains(d.span())) {
          return d;
        }
      }
      return null;
    }

    private boolean regionHasPlaces(Sentence s, Span region) {
      return s.places().stream().anyMatch(c -> region.contains(c.span()));
    }

    private List<Span> otherRegions(List<Figure> heads, int i, Sentence s) {
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

    private List<PlaceFinder.Candidate> choosePlaces(Sentence s, Span region) {
      return choosePlaces(s, region, List.of());
    }

    private List<PlaceFinder.Candidate> choosePlaces(Sentence s, Span region, List<Span> others, int figureStart) {
      // Places after the figure in its clause say where it happened ("killed 5 in Has"); the ones
      // before it only if there are none after ("Strikes on A, B and C killed 5").
      List<PlaceFinder.Candidate> after = s.places().stream()
          .filter(c -> region.contains(c.span()) && c.span().start() >= figureStart).toList();
      if (!after.isEmpty() && after.stream().anyMatch(PlaceFinder.Candidate::isTown)) {
        return choosePlaces(s, Span.of(Math.max(region.start(), figureStart), region.end()), others);
      }
      return choosePlaces(s, region, others);
    }

    private List<PlaceFinder.Candidate> choosePlaces(Sentence s, Span region, List<Span> others) {
      List<PlaceFinder.Candidate> inRegion = s.places().stream().filter(c -> region.contains(c.span())).toList();
      List<PlaceFinder.Candidate> pool = !inRegion.isEmpty() ? inRegion
          : s.places().stream().filter(c -> others.stream().noneMatch(o -> o.contains(c.span()))).toList();
      pool = withoutQualifiers(pool);
      if (pool.stream().anyMatch(c -> c.cue() != PlaceFinder.Cue.BARE)) {
        pool = pool.stream().filter(c -> c.cue() != PlaceFinder.Cue.BARE).toList(); // "in Douma" beats a name in passing
      }
      List<PlaceFinder.Candidate> towns = withoutSurroundingAreas(pool.stream().filter(PlaceFinder.Candidate::isTown).toList());
      if (!towns.isEmpty()) {
        return dedupe(towns);
      }
      List<PlaceFinder.Candidate> areas = pool.stream().filter(c -> c.level() == LocationPrecision.ADMIN1).toList();
      if (!areas.isEmpty()) {
        // The first area, and those listed with it: "in Raqqa and Deir ez-Zor provinces".
        int listed = 1;
        while (listed < areas.size() && listedTogether(areas.get(listed - 1), areas.get(listed))) {
          listed++;
        }
        return dedupe(areas.subList(0, listed));
      }
      return dedupe(pool.stream().filter(c -> c.level() == LocationPrecision.COUNTRY).limit(1).toList());
    }

    /** "Douma in Eastern Ghouta": a named area beside a town of its governorate only says where the town lies. */
    private static List<PlaceFinder.Candidate> withoutSurroundingAreas(List<PlaceFinder.Candidate> towns) {
      return towns.stream().filter(c -> !c.namedArea() || towns.stream().noneMatch(t -> !t.namedArea()
          && t.mention().admin1().isPresent() && t.mention().admin1().equals(c.mention().admin1()))).toList();
    }

    /** Two places written as one list: "A and B", "A, B", "A, and the B". */
    private boolean listedTogether(PlaceFinder.Candidate a, PlaceFinder.Candidate b) {
      return a.span().end() <= b.span().start()
          && Rx.matches(text.substring(a.span().end(), b.span().start()),
              "\\s*(,|and|, and|&)\\s*(the\\s+)?((northern|southern|eastern|western|north|south|east|west|central|rural)\\s+)?");
    }

    /** "the Eastern Ghouta of Damascus": the second name only says where the first lies. */
    private List<PlaceFinder.Candidate> withoutQualifiers(List<PlaceFinder.Candidate> pool) {
      List<PlaceFinder.Candidate> out = new ArrayList<>(pool.size());
      for (int i = 0; i < pool.size(); i++) {
        PlaceFinder.Candidate c = pool.get(i);
        boolean qualifier = i > 0 && pool.get(i - 1).span().end() <= c.span().start()
            && Rx.matches(text.substring(pool.get(i - 1).span().end(), c.span().start()), "\\s+of\\s+(the\\s+)?");
        if (!qualifier) {
          out.add(c);
        }
      }
      return out;
    }

    private List<PlaceFinder.Candidate> dedupe(List<PlaceFinder.Candidate> list) {
      List<PlaceFinder.Candidate> out = new ArrayList<>();
      for (PlaceFinder.Candidate c : list) {
        if (out.stream().noneMatch(o -> o.mention().asWritten().equalsIgnoreCase(c.mention().asWritten()))) {
          out.add(c);
        }
      }
      return out;
    }

    private boolean samePlace(PlaceFinder.Candidate a, PlaceFinder.Candidate b) {
      if (a.mention().place().isPresent() && b.mention().place().isPresent()) {
        return a.mention().place().get().equals(b.mention().place().get());
      }
      return fold(a.mention().asWritten()).equals(fold(b.mention().asWritten()));
    }

    /** One is a governorate and the other lies in it, or both name the same governorate. */
    private boolean sameArea(PlaceFinder.Candidate a, PlaceFinder.Candidate b) {
      if (a.level() != LocationPrecision.ADMIN1 && b.level() != LocationPrecision.ADMIN1) {
        return false;
      }
      Optional<String> x = a.mention().admin1();
      return x.isPresent() && x.equals(b.mention().admin1());
    }

    /** The governorate of a draft: its places', else the sentence's area phrase, else the document's main one. */
    private Optional<Place> regionOf(Draft d, Sentence s) {
      if (!d.places.isEmpty() && d.places.stream().allMatch(c -> c.level() == LocationPrecision.COUNTRY)) {
        return d.places.get(0).mention().place(); // a country-wide figure lies in no governorate
      }
      for (PlaceFinder.Candidate c : d.places) {
        Optional<Place> p = c.mention().place();
        if (p.isPresent() && p.get().admin1().isPresent()) {
          return p.get().kind() == Place.Kind.ADMIN1 ? p : gazetteer.admin1(p.get().admin1().get()).or(() -> p);
        }
      }
      // The sentence's governorate, when all its places lie in one.
      List<String> sentenceAdmin1 = s.places().stream().flatMap(c -> c.mention().admin1().stream()).distinct().toList();
      if (sentenceAdmin1.size() == 1) {
        Optional<Place> p = gazetteer.admin1(sentenceAdmin1.get(0));
        if (p.isPresent()) {
          return p;
        }
      }
      // A report mostly about one governorate: the claim lies there too. A report spread over
      // several gives no governorate rather than a guess.
      return soleAdmin1().flatMap(gazetteer::admin1);
    }

    /** The governorate that most of the report's places lie in, when it is most of them (60% or more). */
    private Optional<String> soleAdmin1() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      int total = 0;
      for (Sentence s : sentences) {
        for (PlaceFinder.Candidate c : s.places()) {
          Optional<String> a = c.mention().admin1();
          if (c.level() != LocationPrecision.COUNTRY && a.isPresent()) {
            counts.merge(a.get(), 1, Integer::sum);
            total++;
          }
        }
      }
      int all = total;
      return counts.entrySet().stream().max(Map.Entry.comparingByValue())
          .filter(e -> e.getValue() * 10 >= all * 6).map(Map.Entry::getKey);
    }

    /** The actors a sentence names as doing the harm, in text order. */
    private List<LexiconMatch> agentsOf(Sentence s) {
      List<LexiconMatch> agents = new ArrayList<>();
      for (LexiconMatch a : s.actors()) {
        String after = text.substring(a.span().end(), Math.min(s.span().end(), a.span().end() + 40)).toLowerCase();
        if (Rx.startsWith(after, "(?s)[\\s-]*(held|controlled|backed|run|led|allied|affiliated|areas|territory|positions?|-held|-controlled)")
            && !Rx.startsWith(after, "(?s)[\\s-]*led coalition")) {
          continue;
        }
        if (a.span().start() >= 5 && text.regionMatches(true, a.span().start() - 5, "anti-", 0, 5)) {
          continue; // "the anti-ISIS coalition" is not ISIS
        }
        String[] prev = PlaceFinder.previousWords(text, s.span().start(), a.span().start(), 6);
        boolean heldBy = false;
        for (int k = 0; k + 1 < prev.length; k++) {
          heldBy |= prev[k].equals("by") && HELD_WORDS.contains(prev[k + 1]);
        }
        if (heldBy) {
          continue; // "a district controlled by IS": who holds a place, not who struck it
        }
        int of = OF_WORDS.contains(prev[0]) ? 0 : OF_WORDS.contains(prev[1]) ? 1 : OF_WORDS.contains(prev[2]) && prev[1].equals("the") ? 2 : -1;
        if (of >= 0 && MEMBER_WORDS.contains(prev[of + 1])) {
          continue; // "163 members of the YPG": the dead, not the killers
        }
        boolean victim = Rx.startsWith(after, "(?s)\\s*(\\w+\\s+)?(fighters|soldiers|members|troops|militants|personnel|rebels|jihadists|recruits|officers)\\b")
            && cueIndex.any("killed", a.span().end(), Math.min(s.span().end(), a.span().end() + 60))
            && !Rx.startsWith(after, "(?s)\\s*(\\w+\\s+)?(fighters|soldiers|members|troops|militants|personnel|rebels|jihadists)\\s+(killed|shot|executed|attacked|shelled|fired|launched|stormed|opened)\\b");
        if (victim) {
          continue;
        }
        boolean byWeapon = s.weapons().stream().anyMatch(w -> w.span().start() >= a.span().end() && w.span().start() - a.span().end() <= 25)
            || Rx.startsWith(after, "(?s)[\\s-]*(\\w+\\s+)?(forces|troops|jets|warplanes|aircraft|planes|helicopters?|army|artillery|air force|strikes?|raids?|shelling|bombardment|militias?|drones?|military|gunboats?|tanks?|bombs?|rockets?|missiles?|barrel)")
            || prev[0].equals("by") || prev[0].equals("from") || prev[1].equals("by") || prev[1].equals("from")
            || handsOf(prev)
            || prev[2].equals("by") && prev[1].equals("the")
            || Rx.startsWith(after, "(?s)\\s*(has|have|had)?\\s*(killed|shelled|bombed|struck|hit|targeted|attacked|launched|fired|executed|pounded|carried out|stormed|raided|shot|dropped|opened fire)")
            || blamed(prev) || Rx.startsWith(after, "(?s)\\s*(\\w+\\s+)?(claimed|claims|has claimed|have claimed)\\s+(responsibility|the attack|the bombing|the blast)")
            || Rx.startsWith(after, "(?s)\\s*(cells?|suicide bombers?|gunmen|snipers?|militants|fighters)\\s+(\\w+\\s+)?(attacked|killed|stormed|opened|blew|detonated|shot|executed)");
        if (byWeapon) {
          agents.add(a);
        }
      }
      // "Russian and regime warplanes": an actor coordinated with an attacker attacks too.
      for (LexiconMatch a : s.actors()) {
        if (agents.contains(a)) {
          continue;
        }
        for (LexiconMatch b : agents) {
          if (b.span().start() > a.span().end()
              && Rx.matches(text.substring(a.span().end(), b.span().start()), "\\s*(and|or|,|/)\\s*")) {
            agents.add(a);
            break;
          }
        }
      }
      agents.sort((x, y) -> x.span().compareTo(y.span()));
      return agents;
    }

    private void perpetrator(Draft d, Sentence s) {
      List<LexiconMatch> agents = agentsOf(s);
      if (d.clause != null && agents.size() > 1) {
        // "Regime forces killed 129, while Russian forces killed 58": each figure its own attacker.
        int figure = d.killed != null ? d.killed.extent().start() : d.clause.start();
        int from = itemStart(Math.min(d.leadStart == 0 ? d.clause.start() : d.leadStart, d.clause.start()), figure);
        // The attacker named just before the figure ("regime forces killed 31") comes first; then
        // one named after it in its clause ("31 were killed by regime forces").
        List<LexiconMatch> lead = agents.stream()
            .filter(a -> a.span().start() >= from && a.span().end() <= figure).toList();
        List<LexiconMatch> inClause = agents.stream()
            .filter(a -> a.span().start() >= from && a.span().end() <= d.clause.end()).toList();
        if (!lead.isEmpty()) {
          agents = new ArrayList<>(lead);
        } else if (!inClause.isEmpty()) {
          agents = new ArrayList<>(inClause);
        } else if (agents.stream().map(LexiconMatch::label).distinct().count() > 1) {
          return; // several attackers in the sentence, none in this figure's clause: unknown, not all of them
        }
      }
      boolean borrowed = false;
      if (agents.isEmpty()) {
        // Who did it may be said in the sentence before ("Turkish jets pounded towns ... In
        // Qamishli, shelling killed five") or after ("... The group blamed the YPG").
        for (int k : new int[] {s.index() - 1, s.index() + 1}) {
          if (k >= 0 && k < sentences.size() && sentences.get(k).paragraph() == s.paragraph()
              && sentences.get(k).figures().isEmpty()) {
            agents = new ArrayList<>(agentsOf(sentences.get(k)));
            if (!agents.isEmpty()) {
              borrowed = true;
              break;
            }
          }
        }
      }
      if (agents.isEmpty()) {
        return;
      }
      TreeSet<String> names = new TreeSet<>();
      boolean or = false;
      for (int i = 0; i < agents.size(); i++) {
        names.add(agents.get(i).label());
        d.perpetratorSpans.add(agents.get(i).span());
        if (i > 0) {
          String between = text.substring(agents.get(i - 1).span().end(), agents.get(i).span().start()).toLowerCase();
          or |= (" " + between + " ").contains(" or ");
        }
      }
      String actor = String.join(or ? " or " : " and ", names);
      Attribution attribution = Attribution.STATED;
      for (LexiconMatch a : agents) {
        int from = Math.max(0, a.span().start() - 45);
        int to = Math.min(text.length(), a.span().end() + 45);
        String[] prev = PlaceFinder.previousWords(text, Math.max(0, a.span().start() - 40), a.span().start(), 3);
        if (cueIndex.any("suspected", from, to) && !accusedAfter(text, a) || or || blamed(prev)) {
          attribution = Attribution.SUSPECTED;
        }
      }
      for (Sentence other : sentences) {
        if (other.actors().stream().anyMatch(m -> names.contains(m.label())) && deniesTheAct(other)) {
          attribution = Attribution.DISPUTED;
        }
      }
      d.perpetrator = new Perpetrator(actor, attribution);
    }

    /**
     * A denial disputes who did it when it denies the act ("denied responsibility", "denied that
     * its forces used chemical weapons"), not when it denies harming civilians: that disputes who
     * the victims were, not who fired.
     */
    private boolean deniesTheAct(Sentence s) {
      for (Span cue : cueIndex.find("disputed", s.span().start(), s.span().end())) {
        String object = text.substring(cue.end(), Math.min(s.span().end(), cue.end() + 40)).toLowerCase(java.util.Locale.ROOT);
        if (!object.contains("civilian")) {
          return true;
        }
      }
      return false;
    }

    private void sourcesOf(Draft d, Sentence s) {
      for (LexiconMatch m : s.sources()) {
        d.sources.add(m.label());
        d.sourceSpans.add(m.span());
      }
      if (d.sources.isEmpty()) {
        // The nearest source named before, in the same paragraph or the one before.
        for (int k = s.index() - 1; k >= 0 && s.paragraph() - sentences.get(k).paragraph() <= 1; k--) {
          List<LexiconMatch> ms = sentences.get(k).sources();
          if (!ms.isEmpty()) {
            d.sources.add(ms.get(0).label());
            break;
          }
        }
        if (d.sources.isEmpty() && s.index() + 1 < sentences.size()) {
          for (LexiconMatch m : sentences.get(s.index() + 1).sources()) {
            d.sources.add(m.label());
          }
        }
      }
    }

    /** "A previous toll had put the number at 36": an earlier count of a figure the report updates. */
    private void dropSupersededTolls() {
      for (Draft d : drafts) {
        if (d.killed == null) {
          continue;
        }
        Sentence s = sentences.get(d.sentence);
        boolean superseded = cueIndex.any("superseded", s.span().start(), d.killed.extent().start())
            || Rx.startsWith(text.substring(d.killed.extent().end(), Math.min(s.span().end(), d.killed.extent().end() + 12)), "\\W*up from");
        boolean larger = drafts.stream().anyMatch(o -> o != d && o.killed != null && o.killedFigure() > d.killedFigure()
            && !o.scope.isAggregate());
        if (superseded && larger) {
          d.dropped = true;
        }
      }
      drafts.removeIf(d -> d.dropped);
    }

    /**
     * "Nine people died when jets bombed a village in the north. [...] The raid on Kansafra
     * began at dawn": a figure without its town takes the town the next sentence names.
     */
    private void adoptTownsNamedNext() {
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        if (d.killed == null || d.hasTownPlace() || cueIndex.any("period", d.clause.start(), d.clause.end())
            || cueIndex.any("aggregate", d.clause.start(), d.clause.end())) {
          continue;
        }
        int last = i + 1 < drafts.size() ? drafts.get(i + 1).sentence : sentences.size();
        for (int k = d.sentence + 1; k <= d.sentence + 2 && k < last; k++) {
          Sentence s = sentences.get(k);
          if (!s.figures().isEmpty()) {
            break;
          }
          List<PlaceFinder.Candidate> towns = s.places().stream()
              .filter(c -> c.isTown() && c.cue() != PlaceFinder.Cue.BARE).toList();
          if (towns.isEmpty() || towns.size() > 3 || !cueIndex.any("attack", s.span().start(), s.span().end())
              || cueIndex.any("generic", s.span().start(), s.span().end())
              || !d.places.isEmpty() && d.admin1().isPresent() && towns.get(0).mention().admin1().isPresent()
              && !d.admin1().equals(towns.get(0).mention().admin1())) {
            continue;
          }
          d.places = dedupe(towns);
          d.region = regionOf(d, s);
          d.statements.add(s.span());
          if (d.perpetrator == null) {
            perpetrator(d, s);
          }
          for (LexiconMatch w : s.weapons()) {
            d.weapons.add(w.label());
            d.weaponSpans.add(w.span());
          }
          break;
        }
      }
    }

    /**
     * "The group counted 57 dead from shelling last week. Most of them died in Daraa and Quneitra
     * provinces": a figure with no place at all takes the places of the next sentence when that
     * sentence, with no figure of its own, speaks of the same dead.
     */
    private void adoptWhereVictimsDied() {
      for (Draft d : drafts) {
        if (d.killed == null || !d.places.isEmpty() || d.sentence + 1 >= sentences.size()) {
          continue;
        }
        Sentence s = sentences.get(d.sentence + 1);
        if (!s.figures().isEmpty() || drafts.stream().anyMatch(o -> o.sentence == s.index())
            || !Rx.find(text.substring(s.span().start(), s.span().end()),
                "(?i)\\b((most|many|all|some|the majority|the bulk)\\s+of\\s+(the\\s+)?(victims|dead|deaths|casualties|them|those killed)"
                    + "|the\\s+(victims|dead)\\s+(were|fell|died))\\b")) {
          continue;
        }
        List<PlaceFinder.Candidate> places = choosePlaces(s, s.span());
        if (places.isEmpty() || places.stream().anyMatch(c -> c.level() == LocationPrecision.COUNTRY)) {
          continue;
        }
        d.places = places;
        d.region = regionOf(d, s);
        d.statements.add(s.span());
      }
    }

    // ---- claims with no figure: "warplanes struck Douma" ----

    private void figurelessStrikes() {
      for (Sentence s : sentences) {
        if (!s.figures().isEmpty() || drafts.stream().anyMatch(d -> d.statements.contains(s.span()))) {
          continue;
        }
        if (!cueIndex.any("attack", s.span().start(), s.span().end())
            || cueIndex.any("generic", s.span().start(), s.span().end())
            || cueIndex.any("negation", s.span().start(), s.span().end())) {
          continue;
        }
        if (s.weapons().isEmpty()) {
          continue;
        }
        List<PlaceFinder.Candidate> towns = s.places().stream()
            .filter(c -> c.isTown() && c.cue() != PlaceFinder.Cue.BARE).toList();
        if (towns.isEmpty()) {
          towns = struckLocalitiesIn(s);
        }
        if (towns.isEmpty()) {
          continue;
        }
        // A sentence that describes a figure's event again adds its evidence to that claim.
        Draft known = null;
        for (Draft d : drafts) {
          if (!d.figureless && d.killed != null && !d.scope.isAggregate()
              && towns.stream().allMatch(t -> d.places.stream().anyMatch(p -> samePlace(p, t)))
              && weaponsCompatible(d.weapons, s.weapons().stream().map(LexiconMatch::label).toList())) {
            known = d;
          }
        }
        if (known != null) {
          Draft k = known;
          k.statements.add(s.span());
          if (k.perpetrator == null) {
            perpetrator(k, s);
          }
          s.sources().forEach(m -> {
            k.sources.add(m.label());
            k.sourceSpans.add(m.span());
          });
          continue;
        }
        Draft d = new Draft(s.index(), s.span());
        d.figureless = true;
        d.places = dedupe(towns);
        d.region = regionOf(d, s);
        fill(d, s, s.span(), null);
        d.places = dedupe(towns);
        drafts.add(d);
        // "Air strikes hit 19 communities and shelling 10 villages": two kinds of fire, two events.
        Draft shelling = splitGroundFire(d, s);
        if (shelling != null) {
          shelling.places = dedupe(towns);
          drafts.add(shelling);
        }
      }
      drafts.sort(Comparator.comparingInt((Draft d) -> d.statement.start())
          .thenComparingInt(d -> d.killed == null ? Integer.MAX_VALUE : d.killed.extent().start()));
    }

    private static final Set<String> AERIAL = Set.of("air strike", "barrel bomb", "helicopter");
    private static final Set<String> GROUND_FIRE = Set.of("shelling", "rocket", "missile");

    /**
     * A figureless strike whose sentence names both aerial and ground fire is two events (ACLED
     * codes an air strike and shelling apart): the draft keeps the aerial weapons and the returned
     * one, the ground fire. Null when the sentence names one kind only.
     */
    private Draft splitGroundFire(Draft d, Sentence s) {
      if (d.weapons.stream().noneMatch(AERIAL::contains) || d.weapons.stream().noneMatch(GROUND_FIRE::contains)) {
        return null;
      }
      Draft ground = new Draft(s.index(), s.span());
      ground.figureless = true;
      ground.region = d.region;
      fill(ground, s, s.span(), null);
      keepWeapons(ground, s, GROUND_FIRE);
      keepWeapons(d, s, AERIAL);
      return ground;
    }

    private static void keepWeapons(Draft d, Sentence s, Set<String> kind) {
      d.weapons.clear();
      d.weaponSpans.clear();
      for (LexiconMatch w : s.weapons()) {
        if (kind.contains(w.label())) {
          d.weapons.add(w.label());
          d.weaponSpans.add(w.span());
        }
      }
    }

    /**
     * "Air strikes hit 19 communities in Idlib and Hama": a count of struck localities in named
     * governorates is a strike on those governorates (located at governorate precision), though
     * no town is named. The governorates listed together, or none.
     */
    private List<PlaceFinder.Candidate> struckLocalitiesIn(Sentence s) {
      if (!Rx.find(text.substring(s.span().start(), s.span().end()),
          "(?i)\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|many)\\s+"
              + "(villages|towns|communities|localities|neighbou?rhoods|areas)\\b")) {
        return List.of();
      }
      List<PlaceFinder.Candidate> areas = s.places().stream()
          .filter(c -> c.level() == LocationPrecision.ADMIN1 && c.cue() != PlaceFinder.Cue.BARE).toList();
      if (areas.isEmpty()) {
        return List.of();
      }
      int listed = 1;
      while (listed < areas.size() && listedTogether(areas.get(listed - 1), areas.get(listed))) {
        listed++;
      }
      return areas.subList(0, listed);
    }

    // ---- structure across sentences ----

    /** One figure said twice (a lede and its detail) is one claim; a superseded toll gives way. */
    private void mergeRestatements() {
      for (int i = 0; i < drafts.size(); i++) {
        Draft a = drafts.get(i);
        if (a.dropped || a.killed == null) {
          continue;
        }
        for (int j = i + 1; j < drafts.size(); j++) {
          Draft b = drafts.get(j);
          if (b.dropped || b.killed == null || b.sentence == a.sentence) {
            continue;
          }
          boolean sameFigure = a.killedFigure() == b.killedFigure() && !b.killed.another();
          boolean placesAgree = placesCompatible(a, b);
          if (!sameFigure && roundedRestatement(a, b) && placesAgree) {
            absorbRounded(a, b);
          } else if (sameFigure && placesAgree && datesCompatible(a, b) && b.sentence - a.sentence <= 8) {
            absorb(a, b);
          } else if (!sameFigure && conflictingToll(a, b)) {
            absorbConflicting(a, b);
          }
        }
      }
      drafts.removeIf(d -> d.dropped);
    }

    /** Two weapon lists can describe one attack: they share one, or either is empty or only generic ("bombing"). */
    private boolean weaponsCompatible(java.util.Collection<String> a, java.util.Collection<String> b) {
      if (a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains)) {
        return true;
      }
      // Rockets and shelling, barrel bombs and air strikes: one ACLED sub-event type, one kind of attack.
      for (String x : a) {
        for (String y : b) {
          if (WEAPON_TYPES.get(x) != null && WEAPON_TYPES.get(x).equals(WEAPON_TYPES.get(y))) {
            return true;
          }
        }
      }
      return a.stream().allMatch(GENERIC_WEAPONS::contains) || b.stream().allMatch(GENERIC_WEAPONS::contains);
    }

    /**
     * "More than 158,000 civilians" and later "158,218": one war-wide toll, once rounded. Only
     * for tallies and background tolls, where a rounded figure and its exact form stand far apart.
     */
    private boolean roundedRestatement(Draft a, Draft b) {
      if (!(a.scope == Scope.BACKGROUND || a.scope == Scope.TALLY) || a.scope != b.scope
          || !a.killed.siblings().isEmpty() || !b.killed.siblings().isEmpty()) {
        return false;
      }
      Draft rounded = a.killed.count().qualifier() == Qualifier.EXACT ? b : a;
      Draft exact = rounded == a ? b : a;
      Qualifier q = rounded.killed.count().qualifier();
      if (exact.killed.count().qualifier() != Qualifier.EXACT || q == Qualifier.EXACT) {
        return false;
      }
      long r = rounded.killedFigure();
      long e = exact.killedFigure();
      boolean fits = switch (q) {
        case AT_LEAST, MORE_THAN -> e >= r;
        case UP_TO, FEWER_THAN -> e <= r;
        case ABOUT, EXACT -> true;
      };
      return fits && Math.abs(e - r) * 100 <= Math.max(e, r);
    }

    /** Keeps the exact figure of a rounded restatement, with the evidence of both. */
    private void absorbRounded(Draft keep, Draft other) {
      if (keep.killed.count().qualifier() != Qualifier.EXACT) {
        keep.killed = other.killed;
      }
      absorb(keep, other);
    }

    private boolean datesCompatible(Draft a, Draft b) {
      return !(a.when instanceof When.Day x && b.when instanceof When.Day y && !x.equals(y));
    }

    /**
     * Two sources' figures for one event in one report ("SANA said six were killed; the
     * Observatory put the toll at three"): the lead figure stays, the other is kept as evidence.
     */
    private boolean conflictingToll(Draft a, Draft b) {
      if (a.scope != Scope.SINGLE || b.scope != Scope.SINGLE || a.figureless || b.figureless
          || b.killed.another() || b.separate || b.killed.distributed() || a.killed.distributed() || a.sentence == b.sentence
          || !datesCompatible(a, b)) {
        return false;
      }
      if (!weaponsCompatible(a.weapons, b.weapons)) {
        return false;
      }
      if (a.perpetrator != null && b.perpetrator != null && !a.perpetrator.actor().equals(b.perpetrator.actor())) {
        return false;
      }
      boolean sameTown = a.places.stream().filter(PlaceFinder.Candidate::isTown)
          .anyMatch(pa -> b.places.stream().filter(PlaceFinder.Candidate::isTown).anyMatch(pb -> samePlace(pa, pb)));
      if (sameTown) {
        return !b.hasTownPlace() || b.places.stream().filter(PlaceFinder.Candidate::isTown)
            .allMatch(pb -> a.places.stream().anyMatch(pa -> samePlace(pa, pb)));
      }
      // A figure with no place of its own in a report about one event.
      boolean onlyEvent = drafts.stream().filter(d -> !d.dropped && d.killed != null && d.scope == Scope.SINGLE && !d.figureless).count() == 2;
      return onlyEvent && a.hasTownPlace() && b.places.stream().noneMatch(PlaceFinder.Candidate::isTown);
    }

    private void absorbConflicting(Draft keep, Draft other) {
      if (keep.killed.count() instanceof Count.Vague && !(other.killed.count() instanceof Count.Vague)) {
        // "dozens of bodies", then "put the number of dead at more than 200": the figure wins over the word
        Figure vague = keep.killed;
        keep.killed = other.killed;
        other.killed = vague;
      }
      keep.statements.addAll(other.statements);
      keep.sources.addAll(other.sources);
      keep.sourceSpans.addAll(other.sourceSpans);
      if (keep.wounded == null) {
        keep.wounded = other.wounded;
      }
      keep.extra.add(Evidence.of(Evidence.Field.KILLED, other.killed.extent(), text));
      other.dropped = true;
    }

    private boolean placesCompatible(Draft a, Draft b) {
      if (countryOnly(a) || countryOnly(b)) {
        // "in northwestern Syria" and "in Maarat al-Numan" can be one place said twice
        Optional<String> x = a.region.map(Place::countryCode);
        Optional<String> y = b.region.map(Place::countryCode);
        return x.isEmpty() || y.isEmpty() || x.equals(y);
      }
      if (a.places.isEmpty() || b.places.isEmpty()) {
        return a.admin1().isEmpty() || b.admin1().isEmpty() || a.admin1().equals(b.admin1());
      }
      for (PlaceFinder.Candidate pa : a.places) {
        for (PlaceFinder.Candidate pb : b.places) {
          if (samePlace(pa, pb)) {
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
        for (PlaceFinder.Candidate pa : area.places) {
          String key = fold(pa.mention().asWritten().replaceAll("(?i)\\s+(province|governorate|countryside)$", ""));
          if (town.places.stream().anyMatch(t -> fold(t.mention().asWritten()).equals(key))) {
            return true;
          }
        }
        return area.admin1().isPresent() && area.admin1().equals(town.admin1());
      }
      return !aTown && a.admin1().isPresent() && a.admin1().equals(b.admin1());
    }

    private boolean countryOnly(Draft d) {
      return !d.places.isEmpty() && d.places.stream().allMatch(c -> c.level() == LocationPrecision.COUNTRY);
    }

    /** Keeps the richer of two statements of one figure, with the evidence of both. */
    private void absorb(Draft keep, Draft other) {
      Draft rich = other.richness() > keep.richness() ? other : keep;
      Draft poor = rich == keep ? other : keep;
      if (!keep.hasTownPlace() && other.hasTownPlace() || keep.places.isEmpty() && !other.places.isEmpty()
          || !keep.hasTownPlace() && !other.hasTownPlace() && rich == other && !other.places.isEmpty()) {
        keep.places = other.places;
        keep.region = other.region;
      }
      if (keep.killed.count().qualifier() == Qualifier.EXACT && other.killed.count().qualifier() != Qualifier.EXACT) {
        keep.killed = other.killed; // "at least 17" and later "17": the qualified statement is the careful one
      }
      if (rich != keep) {
        keep.perpetrator = rich.perpetrator;
        keep.perpetratorSpans.clear();
        keep.perpetratorSpans.addAll(rich.perpetratorSpans);
        if (rich.killed.components().size() > keep.killed.components().size()) {
          keep.killed = rich.killed;
        }
        if (rich.wounded != null) {
          keep.wounded = rich.wounded;
        }
        if (!(rich.when instanceof When.Unknown)) {
          keep.when = rich.when;
          keep.dateSpan = rich.dateSpan;
        }
      }
      if (keep.wounded == null) {
        keep.wounded = poor.wounded;
      }
      for (Figure c : List.copyOf(other.killed.components())) {
        if (keep.killed != other.killed && keep.killed.components().stream().noneMatch(k -> k.category().equals(c.category()))) {
          keep.killed = keep.killed.withComponent(c); // "The 18 dead included three women"
        }
      }
      if (keep.when instanceof When.Unknown && !(other.when instanceof When.Unknown)) {
        keep.when = other.when;
        keep.dateSpan = other.dateSpan;
      }
      if (keep.perpetrator == null) {
        keep.perpetrator = other.perpetrator;
        keep.perpetratorSpans.addAll(other.perpetratorSpans);
      }
      keep.weapons.addAll(other.weapons);
      keep.weaponSpans.addAll(other.weaponSpans);
      keep.sources.addAll(other.sources);
      keep.sourceSpans.addAll(other.sourceSpans);
      keep.statements.addAll(other.statements);
      other.dropped = true;
    }

    private void classifyScopes() {
      for (Draft d : drafts) {
        Sentence s = sentences.get(d.sentence);
        Span clause = cueWindow(d, s);
        boolean background = cueIndex.any("background", s.span().start(), s.span().end())
            || d.killed != null && d.killedFigure() >= 20_000 && !d.hasSettlement();
        boolean periodWords = cueIndex.any("period", clause.start(), clause.end());
        // "in October 2016" dates one event coarsely; "between 22 October and today" is a period.
        boolean longPeriod = d.when instanceof When.Between b && b.precision() != DatePrecision.MONTH
            && b.precision() != DatePrecision.YEAR && (b.from().isEmpty() || b.to().isEmpty()
            || b.to().get().toEpochDay() - b.from().get().toEpochDay() >= 2);
        boolean aggregateWords = cueIndex.any("aggregate", clause.start(), clause.end())
            || cueIndex.any("place-plural", clause.start(), clause.end())
            && SEVERAL_PLACES.matcher(text).region(clause.start(), clause.end()).find();
        boolean spelledOut = drafts.stream().anyMatch(o -> o.sentence == d.sentence && o.killed != null
            && o.killed.distributed() && d.killed != null && !d.killed.distributed()
            && o.killed.extent().start() > d.killed.extent().start());
        long towns = d.places.stream().filter(c -> c.isTown() && !c.namedArea())
            .map(c -> c.mention().place().map(Place::name).orElse(fold(c.mention().asWritten()))).distinct().count();
        boolean wideArea = !d.hasSettlement() && !d.places.isEmpty()
            && cueIndex.any("plural-attack", s.span().start(), s.span().end());
        if (d.figureless) {
          d.scope = Scope.SINGLE;
        } else if (background) {
          d.scope = Scope.BACKGROUND;
        } else if (longPeriod || periodWords && !(d.when instanceof When.Day)) {
          d.scope = Scope.TALLY;
        } else if (aggregateWords || spelledOut || towns >= 2 && resolvedTowns(d) >= 2 || wideArea) {
          d.scope = Scope.TOTAL;
        }
      }
      // A figure over a wide area followed by figures for its towns is their total.
      for (int i = 0; i < drafts.size(); i++) {
        Draft t = drafts.get(i);
        if (t.scope != Scope.SINGLE || t.hasSettlement() || t.killed == null || t.places.isEmpty()) {
          continue;
        }
        long sum = 0;
        int parts = 0;
        for (int j = i + 1; j < drafts.size() && drafts.get(j).sentence - t.sentence <= 4; j++) {
          Draft p = drafts.get(j);
          if (p.killed != null && p.scope == Scope.SINGLE && p.hasSettlement() && compatible(t, p)) {
            sum += p.killedFigure();
            parts++;
          }
        }
        if (parts >= 2 && sum <= t.killedFigure()) {
          t.scope = Scope.TOTAL;
        }
      }
      // A city's toll followed by the tolls of its districts that add up to it exactly.
      for (int i = 0; i < drafts.size(); i++) {
        Draft t = drafts.get(i);
        if (t.scope != Scope.SINGLE || !t.hasSettlement() || t.killed == null) {
          continue;
        }
        long sum = 0;
        int parts = 0;
        for (int j = i + 1; j < drafts.size() && drafts.get(j).sentence - t.sentence <= 4 && sum < t.killedFigure(); j++) {
          Draft p = drafts.get(j);
          if (p.killed != null && p.scope == Scope.SINGLE && p.sentence > t.sentence && compatible(t, p)
              && (p.killed.another() || parts > 0 || p.places.stream().noneMatch(c -> t.places.stream().anyMatch(q -> samePlace(q, c))))) {
            sum += p.killedFigure();
            parts++;
          }
        }
        if (parts >= 2 && sum == t.killedFigure()) {
          t.scope = Scope.TOTAL;
        }
      }
    }

    /**
     * The words that can say a figure is a total: from the figure before it to the next one, but
     * not a "raising the toll to" that introduces the next figure.
     */
    private Span cueWindow(Draft d, Sentence s) {
      if (d.clause == null) {
        return s.span();
      }
      int start = Math.min(d.leadStart == 0 ? d.clause.start() : d.leadStart, d.clause.start());
      int end = d.clause.end();
      int from = d.killed != null && d.clause.contains(d.killed.extent()) ? d.killed.extent().end() : start;
      List<Span> raises = cueIndex.find("raise-word", Math.min(from, end), end);
      if (!raises.isEmpty()) {
        java.util.regex.Matcher m = NEXT_TOLL.matcher(text).region(Math.min(from, end), end);
        if (m.find()) {
          end = m.start();
        }
      }
      return Span.of(Math.max(s.span().start(), start), Math.max(Math.max(s.span().start(), start), end));
    }

    private long resolvedTowns(Draft d) {
      return d.places.stream().filter(c -> c.mention().place().map(p -> p.kind() == Place.Kind.POPULATED_PLACE).orElse(false))
          .map(c -> c.mention().place().get()).distinct().count();
    }

    private boolean compatible(Draft total, Draft part) {
      if (total.admin1().isPresent() && part.admin1().isPresent() && !total.admin1().equals(part.admin1())) {
        boolean countryWide = total.places.stream().allMatch(c -> c.level() == LocationPrecision.COUNTRY);
        if (!countryWide) {
          return false;
        }
      }
      if (total.perpetrator != null && part.perpetrator != null
          && !total.perpetrator.actor().equals(part.perpetrator.actor())) {
        return false;
      }
      if (!weaponsCompatible(total.weapons, part.weapons)) {
        return false;
      }
      if (total.when instanceof When.Between b && part.when instanceof When.Day day) {
        if (b.from().isPresent() && day.date().isBefore(b.from().get())
            || b.to().isPresent() && day.date().isAfter(b.to().get())) {
          return false;
        }
      }
      return true;
    }

    /** Parts follow their total, or precede a total that says it raises the toll. */
    private void linkParts() {
      for (int i = 0; i < drafts.size(); i++) {
        Draft t = drafts.get(i);
        if (!t.scope.isAggregate() || t.scope == Scope.BACKGROUND || t.killed == null) {
          continue;
        }
        long remaining = t.killedFigure();
        for (int j = i + 1; j < drafts.size(); j++) {
          Draft p = drafts.get(j);
          if (p.sentence - t.sentence > 6 || p.killed != null && p.scope.isAggregate() && p.partOf == null
              && p.killedFigure() >= t.killedFigure()) {
            break;
          }
          if (p.killed == null || p.partOf != null || p.scope == Scope.BACKGROUND || p.separate
              || p.scope.isAggregate() && !narrower(t, p)) {
            continue;
          }
          if (!compatible(t, p)) {
            continue;
          }
          if (p.killedFigure() > remaining) {
            break;
          }
          remaining -= p.killedFigure();
          p.partOf = t;
        }
        Sentence s = sentences.get(t.sentence);
        if (cueIndex.any("aggregate", s.span().start(), s.span().end())
            && cueIndex.any("raise-word", s.span().start(), s.span().end())) {
          long left = t.killedFigure();
          for (int j = i - 1; j >= 0 && t.sentence - lastSentence(drafts.get(j)) <= 3; j--) {
            Draft p = drafts.get(j);
            if (p.killed != null && p.partOf == null && !p.scope.isAggregate() && p.killedFigure() <= left
                && compatible(t, p)) {
              left -= p.killedFigure();
              p.partOf = t;
            }
          }
        }
      }
    }

    private int lastSentence(Draft d) {
      int last = d.sentence;
      for (Span st : d.statements) {
        for (Sentence s : sentences) {
          if (s.span().equals(st)) {
            last = Math.max(last, s.index());
          }
        }
      }
      return last;
    }

    private boolean narrower(Draft total, Draft part) {
      return total.scope == Scope.TALLY && part.scope == Scope.TALLY && part.killedFigure() < total.killedFigure()
          && part.sentence - total.sentence <= 2 && part.perpetrator != null && total.perpetrator != null
          && total.perpetrator.actor().contains(part.perpetrator.actor()) && !total.perpetrator.actor().equals(part.perpetrator.actor());
    }

    /**
     * In a monitor's monthly report, the figures after the lead tally ("498 of them by regime
     * forces, 207 by Russian forces") count over the same period unless they name their own date
     * or town.
     */
    private void inheritTallyPeriods() {
      Draft tally = null;
      for (Draft d : drafts) {
        if (d.scope == Scope.TALLY && d.when instanceof When.Between || d.scope == Scope.BACKGROUND) {
          tally = d;
          continue;
        }
        if (tally == null || d.killed == null || d.figureless || d.hasSettlement() || d.dateSpan != null
            && sentences.get(d.sentence).dates().stream().anyMatch(x -> x.span().equals(d.dateSpan))
            || d.scope == Scope.BACKGROUND || sentences.get(d.sentence).paragraph() - sentences.get(tally.sentence).paragraph() > 2) {
          continue;
        }
        d.when = tally.when;
        d.scope = tally.scope;
      }
    }

    /** A part names no perpetrator or weapon when its total already did: it inherits them. */
    private void inheritFromTotals() {
      for (Draft d : drafts) {
        if (d.partOf == null) {
          continue;
        }
        Draft t = d.partOf;
        if (d.perpetrator == null && t.perpetrator != null) {
          d.perpetrator = t.perpetrator;
        }
        if (d.weapons.isEmpty()) {
          d.weapons.addAll(t.weapons);
        }
        if (d.when instanceof When.Unknown && t.when instanceof When.Day) {
          d.when = t.when;
        }
        for (String src : t.sources) {
          if (d.sources.isEmpty()) {
            d.sources.add(src);
          }
        }
      }
    }

    // ---- building claims ----

    private List<Claim> build() {
      int n = 0;
      for (Draft d : drafts) {
        d.id = "i" + (++n);
      }
      List<Claim> out = new ArrayList<>();
      for (Draft d : drafts) {
        Claim.Builder b = Claim.builder(d.id).when(d.when).scope(d.scope);
        d.places.forEach(c -> b.place(c.mention()));
        d.region.ifPresent(b::region);
        if (d.perpetrator != null) {
          b.perpetrator(d.perpetrator);
        }
        d.weapons.forEach(b::weapon);
        d.sources.forEach(b::source);
        if (d.partOf != null) {
          b.partOf(d.partOf.id);
        }
        b.casualties(casualties(d));
        eventType(d).ifPresent(b::eventType);
        for (Span st : d.statements) {
          b.evidence(Evidence.of(Evidence.Field.STATEMENT, st, text));
        }
        if (d.killed != null) {
          b.evidence(Evidence.of(Evidence.Field.KILLED, d.killed.extent(), text));
          d.killed.category().ifPresent(cat -> b.evidence(Evidence.of(fieldOf(cat), d.killed.extent(), text)));
          for (Figure c : d.killed.components()) {
            b.evidence(Evidence.of(fieldOf(c.category().orElse(Category.CIVILIANS)), c.extent(), text));
          }
          for (Figure c : d.killed.siblings()) {
            // The figure is the sum of its siblings: each one is evidence for it.
            b.evidence(Evidence.of(Evidence.Field.KILLED, c.extent(), text));
            c.category().ifPresent(cat -> b.evidence(Evidence.of(fieldOf(cat), c.extent(), text)));
          }
        }
        if (d.wounded != null) {
          b.evidence(Evidence.of(Evidence.Field.WOUNDED, d.wounded.extent(), text));
        }
        if (d.dateSpan != null) {
          b.evidence(Evidence.of(Evidence.Field.DATE, d.dateSpan, text));
        }
        d.places.forEach(c -> b.evidence(Evidence.of(Evidence.Field.PLACE, c.span(), text)));
        d.perpetratorSpans.forEach(sp -> b.evidence(Evidence.of(Evidence.Field.PERPETRATOR, sp, text)));
        d.weaponSpans.forEach(sp -> b.evidence(Evidence.of(Evidence.Field.WEAPON, sp, text)));
        d.sourceSpans.forEach(sp -> b.evidence(Evidence.of(Evidence.Field.SOURCE, sp, text)));
        d.extra.forEach(b::evidence);
        out.add(b.build());
      }
      return out;
    }

    private Evidence.Field fieldOf(Category c) {
      return switch (c) {
        case CIVILIANS -> Evidence.Field.CIVILIANS;
        case CHILDREN -> Evidence.Field.CHILDREN;
        case WOMEN -> Evidence.Field.WOMEN;
        case COMBATANTS -> Evidence.Field.COMBATANTS;
      };
    }

    private Casualties casualties(Draft d) {
      if (d.killed == null) {
        return d.wounded == null ? Casualties.NONE
            : new Casualties(Optional.empty(), Map.of(), Optional.of(d.wounded.count()));
      }
      Map<Category, Count> by = new EnumMap<>(Category.class);
      Figure k = d.killed;
      Optional<Count> killed;
      if (k.siblings().isEmpty()) {
        killed = Optional.of(k.count());
        k.category().ifPresent(c -> by.put(c, k.count()));
      } else {
        // Disjoint components: the total is their sum when they are qualified alike.
        List<Figure> parts = new ArrayList<>();
        parts.add(k);
        parts.addAll(k.siblings());
        long sum = 0;
        boolean atLeast = false;
        boolean mixed = false;
        for (Figure p : parts) {
          sum += p.count().figure();
          Qualifier q = p.count().qualifier();
          atLeast |= q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN;
          mixed |= q == Qualifier.ABOUT || q == Qualifier.UP_TO || q == Qualifier.FEWER_THAN;
          p.category().ifPresent(c -> by.merge(c, p.count(), (x, y) -> Count.of(x.figure() + y.figure(), x.qualifier())));
        }
        killed = mixed ? Optional.empty() : Optional.of(Count.of(sum, atLeast ? Qualifier.AT_LEAST : Qualifier.EXACT));
      }
      for (Figure c : k.components()) {
        c.category().ifPresent(cat -> by.putIfAbsent(cat, c.count()));
      }
      return new Casualties(killed, by, Optional.ofNullable(d.wounded).map(w -> w.count()));
    }

    private Optional<EventType> eventType(Draft d) {
      for (String w : d.weapons) {
        EventType t = WEAPON_TYPES.get(w);
        if (t != null) {
          return Optional.of(t);
        }
      }
      Span s = d.statement;
      return typer.classify(text, s.start(), s.end());
    }

    private Optional<EventType> documentType(List<Claim> claims) {
      int ledeEnd = sentences.isEmpty() ? text.length() : sentences.get(Math.min(2, sentences.size() - 1)).span().end();
      Optional<EventType> lede = typer.classify(text, 0, ledeEnd);
      if (lede.isPresent()) {
        return lede;
      }
      for (Claim c : claims) {
        if (c.eventType().isPresent() && !c.isAggregate()) {
          return c.eventType();
        }
      }
      return typer.classify(text, 0, text.length());
    }
  }

  private static final java.util.regex.Pattern NEXT_TOLL = java.util.regex.Pattern.compile(
      "(?i)(,\\s*)?\\b(bringing|raising|brings|bring|brought|raised|raises|taking)\\b[^.;]*\\bto\\s*$");

  private static final java.util.regex.Pattern SINCE_BEFORE = java.util.regex.Pattern.compile(
      "(?i)\\bsince\\b(?![^.;]*\\b(?:and|but|while)\\b)[^.;]*$");

  private static final java.util.Set<String> HELD_WORDS = java.util.Set.of("held", "controlled", "run", "besieged",
      "surrounded", "captured", "seized", "retaken", "recaptured", "taken");
  private static final java.util.Set<String> OF_WORDS = java.util.Set.of("of", "within", "from", "in");
  private static final java.util.Set<String> MEMBER_WORDS = java.util.Set.of("members", "fighters", "soldiers", "troops",
      "ranks", "militants", "personnel", "commander", "commanders");

  /** "blamed the YPG", "accusing government warplanes". */
  private static boolean blamed(String[] prev) {
    int k = prev[0].equals("the") ? 1 : 0;
    return k < prev.length && BLAME_WORDS.contains(prev[k]);
  }

  private static final java.util.Set<String> BLAME_WORDS = java.util.Set.of("blamed", "blaming", "blames", "accused",
      "accusing", "accuses", "blame", "accuse");

  /** "... executed eight men accused of spying": the accused are the victims, not the killers. */
  private static boolean accusedAfter(String text, LexiconMatch a) {
    String after = text.substring(a.span().end(), Math.min(text.length(), a.span().end() + 45)).toLowerCase(java.util.Locale.ROOT);
    return after.contains(" accused of ") && !after.contains("suspected") && !after.contains("believed");
  }

  /** "at the hands of the X", "at the hands of the militias of X". */
  private static boolean handsOf(String[] prev) {
    for (int k = 0; k + 1 < prev.length; k++) {
      if (prev[k].equals("of") && prev[k + 1].equals("hands")) {
        return true;
      }
    }
    return false;
  }

  /** Weapon labels that say too little to tell two attacks apart. */
  private static final java.util.Set<String> GENERIC_WEAPONS = java.util.Set.of("bombing");

  private static final java.util.regex.Pattern REPORTING_BEFORE = java.util.regex.Pattern.compile(
      "(?i)\\b(said|says|say|reported|reports|told|announced|stated|added|confirmed|published|released|quoted|citing|statement)(\\s+\\w+)?\\s+(on\\s+)?$");

  /** "in two towns", "on three villages": a figure over several places. Neighbourhoods of one city stay one event. */
  private static final java.util.regex.Pattern SEVERAL_PLACES = java.util.regex.Pattern.compile(
      "(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|many|different|\\d+)\\s+"
          + "(\\w+\\s+)?(towns|villages|parts|areas|places|locations|cities|provinces|governorates|regions|localities|communities)\\b");

  private static final Map<String, EventType> WEAPON_TYPES = new LinkedHashMap<>();

  static {
    EventType air = new EventType("Explosions/Remote violence", "Air/drone strike");
    EventType shelling = new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack");
    WEAPON_TYPES.put("chemical", new EventType("Explosions/Remote violence", "Chemical weapon"));
    WEAPON_TYPES.put("suicide bombing", new EventType("Explosions/Remote violence", "Suicide bomb"));
    WEAPON_TYPES.put("air strike", air);
    WEAPON_TYPES.put("barrel bomb", air);
    WEAPON_TYPES.put("helicopter", air);
    WEAPON_TYPES.put("shelling", shelling);
    WEAPON_TYPES.put("rocket", shelling);
    WEAPON_TYPES.put("missile", shelling);
    WEAPON_TYPES.put("car bomb", new EventType("Explosions/Remote violence", "Remote explosive/landmine/IED"));
    WEAPON_TYPES.put("bombing", new EventType("Explosions/Remote violence", "Remote explosive/landmine/IED"));
    WEAPON_TYPES.put("execution", new EventType("Violence against civilians", "Attack"));
    WEAPON_TYPES.put("sniper", new EventType("Violence against civilians", "Attack"));
    WEAPON_TYPES.put("torture", new EventType("Violence against civilians", "Attack"));
    WEAPON_TYPES.put("ground attack", new EventType("Battles", "Armed clash"));
  }

  /** A loose key for comparing place names as written: letters and digits only, lower case. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    String k = b.toString();
    return k.startsWith("al") && k.length() > 4 ? k.substring(2) : k;
  }

}
