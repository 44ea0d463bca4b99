package observatory.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import observatory.claim.Span;
import observatory.lexicon.Lexicon;
import observatory.lexicon.LexiconMatch;
import observatory.text.Sentences;

/**
 * The first stage: where the report's sentences and paragraphs are, the words of each, and the
 * weapons, actors and sources the lexicons find in it. Dates are read later, when a stage first
 * asks for a sentence's. Figures and places are left to the stages after it.
 */
final class SentenceReader {
  private final Lexicon weapons;
  private final Lexicon actors;
  private final Lexicon sources;

  SentenceReader(Lexicon weapons, Lexicon actors, Lexicon sources) {
    this.weapons = weapons;
    this.actors = actors;
    this.sources = sources;
  }

  /** The sentences of the text, in order; a sentence whose reading fails is kept, as saying nothing. */
  List<Sentence> read(String text, Optional<LocalDate> published, Faults faults) {
    List<Span> spans = Sentences.split(text);
    List<LexiconMatch> allWeapons = weapons.find(text, 0, text.length());
    List<LexiconMatch> allActors = actors.find(text, 0, text.length());
    List<LexiconMatch> allSources = sources.find(text, 0, text.length());
    List<Sentence> out = new ArrayList<>(spans.size());
    int paragraph = 0;
    int prevEnd = 0;
    for (int i = 0; i < spans.size(); i++) {
      Span sp = spans.get(i);
      if (text.substring(prevEnd, sp.start()).indexOf('\n') >= 0) {
        paragraph++;
      }
      prevEnd = sp.end();
      int index = i;
      int para = paragraph;
      Sentence.DatesOf dates = new Sentence.DatesOf(text, sp, published);
      out.add(faults.guard("sentences", sp.start(),
          () -> new Sentence(index, para, sp, Token.of(text, sp.start(), sp.end()), List.of(), List.of(), dates,
              within(allWeapons, sp), within(allActors, sp), within(allSources, sp)),
          new Sentence(index, para, sp, List.of(), List.of(), List.of(), Sentence.DatesOf.NONE, List.of(), List.of(),
              List.of())));
    }
    return out;
  }

  private static List<LexiconMatch> within(List<LexiconMatch> all, Span sentence) {
    List<LexiconMatch> out = new ArrayList<>(2);
    for (LexiconMatch m : all) {
      if (sentence.contains(m.span())) {
        out.add(m);
      }
    }
    return out;
  }
}
