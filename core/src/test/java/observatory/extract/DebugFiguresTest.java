package observatory.extract;

import org.junit.jupiter.api.Test;
import observatory.claim.Span;

class DebugFiguresTest {
  @Test
  void print() {
    String s = System.getProperty("sentence", "Monitors documented the death of 288 civilians including 93 children and 55 women in the period between 22nd of October until today, by aerial bombardment by Russian and Syrian warplanes, while 1000 others were wounded and seriously wounded.");
    System.out.println("HEAD numbers " + observatory.text.Numbers.find(s, 0, s.length()));
    FigureFinder ff = new FigureFinder(Cues.standard());
    for (Figure f : ff.find(s, Span.of(0, s.length()), Token.of(s, 0, s.length()), Cues.standard().index(s))) {
      System.out.println("HEAD " + f + " comps=" + f.components + " sibs=" + f.siblings);
    }
  }
}
