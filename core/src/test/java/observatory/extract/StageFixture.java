package observatory.extract;

import java.time.LocalDate;
import java.util.List;
import observatory.geo.Gazetteer;
import observatory.lexicon.EventTyper;
import observatory.lexicon.Lexicons;
import observatory.report.Report;

/**
 * Runs the chain of stages up to the one a test looks at, on a small report the test wrote, so
 * that each stage is tested on what the stages before it really give (no hand-made drafts).
 */
final class StageFixture {
  /** A Wednesday: "on Monday" is 6 May. */
  static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 8);

  final Report report;
  final Faults faults;
  final List<Sentence> sentences;
  final Reading reading;

  private StageFixture(String text) {
    report = Report.builder(text).published(PUBLISHED).build();
    faults = new Faults(report, Faults.Probe.NONE);
    Cues.Index cues = Cues.standard().index(text);
    List<Sentence> read = new SentenceReader(Lexicons.weapons(), Lexicons.actors(), Lexicons.sources())
        .read(text, report.published(), faults);
    FigureFinder finder = new FigureFinder();
    read = read.stream().map(s -> s.withFigures(finder.find(text, s.span(), s.tokens(), cues))).toList();
    sentences = new PlaceReader(Gazetteer.bundled(), List.of()).read(text, read, faults);
    reading = new Reading(report, text, cues, sentences, new PlaceChoice(text, Gazetteer.bundled(), sentences));
  }

  static StageFixture of(String text) {
    return new StageFixture(text);
  }

  List<Draft> drafts() {
    return new DraftMaker().make(reading, faults);
  }

  List<Draft> adopted() {
    return new Adoptions().adopt(reading, drafts(), faults);
  }

  List<Draft> attributed() {
    return new Attribution().attribute(reading, adopted(), faults);
  }

  List<Draft> scoped() {
    return new Scopes(Cues.standard()).classify(reading, attributed(), faults);
  }

  List<Draft> merged() {
    Scopes scopes = new Scopes(Cues.standard());
    return scopes.classify(reading, new Restatements().merge(reading, scopes.classify(reading, attributed(), faults),
        faults), faults);
  }

  List<Draft> linked() {
    return new Totals().link(reading, merged(), faults);
  }

  Extraction claims() {
    return new ClaimMaker(EventTyper.standard()).make(reading, linked(), faults);
  }
}
