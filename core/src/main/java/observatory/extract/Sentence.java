package observatory.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import observatory.claim.Span;
import observatory.lexicon.LexiconMatch;
import observatory.text.DateMention;
import observatory.text.Dates;

/**
 * What one sentence of a report says: its words, its casualty figures ({@link FigureFinder}), its
 * places ({@link PlaceReader}), its dates, and the weapons, actors and sources the lexicons find
 * in it. Made by {@link SentenceReader}; the figure and place stages return copies with theirs.
 *
 * @param index its position in the report, from 0
 * @param paragraph the paragraph it lies in, from 0
 */
record Sentence(int index, int paragraph, Span span, List<Token> tokens, List<Figure> figures,
    List<PlaceFinder.Candidate> places, DatesOf datesOf, List<LexiconMatch> weapons, List<LexiconMatch> actors,
    List<LexiconMatch> sources) {

  Sentence {
    tokens = List.copyOf(tokens);
    figures = List.copyOf(figures);
    places = List.copyOf(places);
    weapons = List.copyOf(weapons);
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
  }

  /** The sentence's dates, read the first time they are asked for: most sentences never are. */
  List<DateMention> dates() {
    return datesOf.get();
  }

  Sentence withFigures(List<Figure> f) {
    return new Sentence(index, paragraph, span, tokens, f, places, datesOf, weapons, actors, sources);
  }

  Sentence withPlaces(List<PlaceFinder.Candidate> p) {
    return new Sentence(index, paragraph, span, tokens, figures, p, datesOf, weapons, actors, sources);
  }

  /**
   * The sentence as if it said nothing: what a fault while reading it leaves (see
   * {@link Faults}). It keeps its place, so that the sentences around it keep their neighbours.
   */
  Sentence lost() {
    return new Sentence(index, paragraph, span, List.of(), List.of(), List.of(), DatesOf.NONE, List.of(), List.of(),
        List.of());
  }

  /**
   * A sentence's dates, read once when first asked for. It is the one mutable thing in a
   * sentence: a cache, only ever filled with the same value, and a reading is confined to one
   * thread.
   */
  static final class DatesOf {
    static final DatesOf NONE = new DatesOf(List.of());

    private final String text;
    private final Span span;
    private final Optional<LocalDate> published;
    private List<DateMention> dates;

    DatesOf(String text, Span span, Optional<LocalDate> published) {
      this.text = text;
      this.span = span;
      this.published = published;
    }

    private DatesOf(List<DateMention> dates) {
      this(null, null, Optional.empty());
      this.dates = dates;
    }

    List<DateMention> get() {
      if (dates == null) {
        dates = List.copyOf(Dates.find(text, span.start(), span.end(), published));
      }
      return dates;
    }
  }
}
