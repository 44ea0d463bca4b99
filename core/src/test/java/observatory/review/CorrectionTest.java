package observatory.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.When;
import observatory.link.ClaimRef;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.Measure;
import org.junit.jupiter.api.Test;

/** Corrections parse once, store as field and value, and read back the same. */
class CorrectionTest {
  static final Incident STRIKE = new Incident("inc-1", List.of(new Incident.Member(new ClaimRef("r1", "c1"), "first")),
      Map.of(Measure.KILLED, new Estimate(14, 14, OptionalLong.of(15))), List.of("SOHR"), Incident.Status.REPORTED,
      new When.Day(LocalDate.of(2019, 11, 4)), OptionalLong.of(169389), Optional.of("Kafr Nabl"), Optional.of("Idlib"),
      Optional.empty(), Optional.of(new EventType("Explosions/Remote violence", "Air/drone strike")), false);

  @Test
  void oneEndOfAFigureIsStoredAsTheWholeFigure() {
    Correction c = Correction.parse("killed.high", "open", STRIKE);

    assertThat(c.field()).isEqualTo("killed");
    assertThat(c.value()).isEqualTo("14/14/open");
    assertThat(Correction.stored(c.field(), c.value())).isEqualTo(c);
  }

  @Test
  void everyFieldReadsBackAsStored() {
    for (String[] fv : new String[][] {{"date", "2019-11-03"}, {"date", "2019-11-01..2019-11-03"}, {"place", "Hish"},
        {"admin1", "Hama"}, {"actor", "Russia"}, {"event_type", "Battles | Armed clash"}, {"children", "1/2/3"}}) {
      Correction c = Correction.parse(fv[0], fv[1], STRIKE);
      assertThat(Correction.stored(c.field(), c.value())).as(fv[0]).isEqualTo(c);
    }
    assertThat(Correction.parse("date", "2019-11-01..2019-11-03", STRIKE).applyTo(STRIKE).when())
        .isEqualTo(new When.Between(Optional.of(LocalDate.of(2019, 11, 1)), Optional.of(LocalDate.of(2019, 11, 3)),
            DatePrecision.PERIOD));
  }

  @Test
  void badInputNamesTheFieldAndTheFault() {
    assertThatThrownBy(() -> Correction.parse("killed.worst", "3", STRIKE)).hasMessageContaining("unknown field 'killed.worst'");
    assertThatThrownBy(() -> Correction.parse("children.best", "3", STRIKE))
        .hasMessageContaining("has no children figure; set it whole with --field children --value LOW/BEST/HIGH");
    assertThatThrownBy(() -> Correction.parse("killed", "5/4/3", STRIKE)).hasMessageContaining("low <= best <= high");
    assertThatThrownBy(() -> Correction.parse("killed", "-3", STRIKE)).hasMessageContaining("is negative");
    assertThatThrownBy(() -> Correction.parse("date", "2019-11-05..2019-11-01", STRIKE)).hasMessageContaining("cannot end");
  }
}
