package observatory.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/**
 * A coarse guard against accidental slowness (a regex compiled per call, a quadratic scan); the
 * real measurement belongs in the bench module. The bound is far below the 2,000 documents per
 * second per core that extraction needs, and it counts this thread's CPU time, so that a busy
 * machine does not fail it. (On a quiet core all four take about 180 microseconds for 3,000 characters.)
 */
class ThroughputTest {
  private static final String PARAGRAPH = "Russian warplanes carried out air strikes on the town on Tuesday, "
      + "killing at least 12 civilians, the Britain-based Syrian Observatory for Human Rights said. "
      + "Government forces and rebels clashed on the southern edge of the province, while "
      + "regime helicopters dropped barrel bombs on two villages, the monitor said.\n\n";

  @Test
  void allFourMatchersTogetherHandleNewsLengthDocumentsQuickly() {
    String doc = PARAGRAPH.repeat(8); // about 3,000 characters
    EventTyper typer = EventTyper.standard();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long found = 0;
    for (int i = 0; i < 300; i++) { // warm-up
      found += runAll(doc, typer);
    }
    int docs = 500;
    long cpu = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < docs; i++) {
      found += runAll(doc, typer);
    }
    double perSecond = docs / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    assertThat(found).isPositive();
    assertThat(perSecond).as("documents per second").isGreaterThan(200);
    System.out.printf("lexicon throughput: %.0f documents/s (weapons+actors+sources+event type)%n", perSecond);
  }

  private static long runAll(String doc, EventTyper typer) {
    return Lexicons.weapons().find(doc, 0, doc.length()).size()
        + Lexicons.actors().find(doc, 0, doc.length()).size()
        + Lexicons.sources().find(doc, 0, doc.length()).size()
        + (typer.classify(doc, 0, doc.length()).isPresent() ? 1 : 0);
  }
}
