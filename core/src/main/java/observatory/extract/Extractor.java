package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import observatory.geo.Gazetteer;
import observatory.lexicon.EventTyper;
import observatory.lexicon.Lexicons;
import observatory.report.Report;

/**
 * The front door of extraction: report text in, claims with evidence out. Deterministic and
 * thread-safe; create once and share.
 *
 * <p>It runs a chain of named stages (see {@code package-info.java}), each a pure function of
 * immutable records: the report's sentences, their figures and places, then drafts of claims
 * that later stages adopt places for, attribute, merge when restated, scope as single events,
 * totals or tallies, link as parts of their totals, and finally build into claims. A fault
 * inside one sentence or one draft loses that sentence or draft only, with a warning in the
 * {@link Extraction}.
 */
public final class Extractor {
  private final Gazetteer gazetteer;
  private final Cues cues;
  private final SentenceReader sentenceReader;
  private final FigureFinder figures;
  private final PlaceReader places;
  private final DraftMaker drafts;
  private final Adoptions adoptions;
  private final Attribution attribution;
  private final Scopes scopes;
  private final Restatements restatements;
  private final Totals totals;
  private final ClaimMaker claims;
  private final Faults.Probe probe;

  private Extractor(Gazetteer gazetteer, List<String> countries, Faults.Probe probe) {
    this.gazetteer = gazetteer;
    this.cues = Cues.standard();
    this.sentenceReader = new SentenceReader(Lexicons.weapons(), Lexicons.actors(), Lexicons.sources());
    this.figures = new FigureFinder();
    this.places = new PlaceReader(gazetteer, countries);
    this.drafts = new DraftMaker();
    this.adoptions = new Adoptions();
    this.attribution = new Attribution();
    this.scopes = new Scopes(cues);
    this.restatements = new Restatements();
    this.totals = new Totals();
    this.claims = new ClaimMaker(EventTyper.standard());
    this.probe = probe;
  }

  /** An extractor over the bundled gazetteer and lexicons. */
  public static Extractor standard() {
    return Holder.STANDARD;
  }

  public static Extractor with(Gazetteer gazetteer) {
    return new Extractor(gazetteer, List.of(), Faults.Probe.NONE);
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
    return new Extractor(gazetteer, countries, Faults.Probe.NONE);
  }

  /**
   * The standard extractor with a probe called before every guarded step (stage name, offset):
   * a test hook, to make a stage fail on purpose and see that the fault loses only its sentence
   * or draft. Not for production use.
   */
  static Extractor withProbe(Faults.Probe probe) {
    return new Extractor(Gazetteer.bundled(), List.of(), probe);
  }

  private static final class Holder {
    static final Extractor STANDARD = new Extractor(Gazetteer.bundled(), List.of(), Faults.Probe.NONE);
  }

  /**
   * The claims of a report. A report in another language than English yields none (the lexicons
   * and patterns are English; the report itself is still kept where the caller keeps it), see
   * {@link Report#inReadableLanguage()}. It never throws for a fault of its own: what it could
   * not read is named in {@link Extraction#warnings()}.
   */
  public Extraction extract(Report report) {
    if (!report.inReadableLanguage()) {
      return new Extraction(report, List.of(), Optional.empty());
    }
    Faults faults = new Faults(report, probe);
    try {
      return run(report, faults);
    } catch (RuntimeException | StackOverflowError e) {
      // A fault outside any one sentence or draft (splitting the text, indexing its cues): the report is lost.
      faults.warn("report", 0, e);
      return new Extraction(report, List.of(), Optional.empty(), faults.warnings());
    }
  }

  /** The chain. The order matters where a stage reads what another decided; see package-info. */
  private Extraction run(Report report, Faults faults) {
    String text = report.text();
    Cues.Index cueIndex = cues.index(text);
    List<Sentence> sentences = sentenceReader.read(text, report.published(), faults);
    sentences = findFigures(text, sentences, cueIndex, faults);
    sentences = places.read(text, sentences, faults);
    Reading reading = new Reading(report, text, cueIndex, sentences, new PlaceChoice(text, gazetteer, sentences));
    List<Draft> ds = drafts.make(reading, faults);
    ds = adoptions.adopt(reading, ds, faults);
    ds = attribution.attribute(reading, ds, faults);
    ds = scopes.classify(reading, ds, faults);
    ds = restatements.merge(reading, ds, faults);
    ds = scopes.classify(reading, ds, faults); // a merged draft may read as a total now
    ds = totals.link(reading, ds, faults);
    ds = attribution.fromLead(reading, ds, faults); // strikes listed after a lead that names their attackers
    ds = DraftMaker.implied(reading, ds, faults); // a single event with no date words continues the day last dated
    return claims.make(reading, ds, faults);
  }

  private List<Sentence> findFigures(String text, List<Sentence> sentences, Cues.Index cueIndex, Faults faults) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(faults.guard("figures", s.span().start(),
          () -> s.withFigures(figures.find(text, s.span(), s.tokens(), cueIndex)), s.lost()));
    }
    return out;
  }
}
