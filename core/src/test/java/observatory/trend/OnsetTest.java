package observatory.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnsetTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final OnsetParameters P = OnsetParameters.defaults();

  /** The first escalation announced from day {@code from} on, with the verdict of that day. */
  private static Verdict.Yes firstEscalation(DailySeries s, int from) {
    OnsetMonitor m = Onset.monitor(s, P);
    for (int i = 0; i < s.length(); i++) {
      m.add(s.count(i));
      if (i >= from && m.announced().filter(Change::escalation).isPresent()) {
        return (Verdict.Yes) m.verdict();
      }
    }
    return null;
  }

  /** The changes announced over the whole series. */
  private static List<Change> history(DailySeries s) {
    OnsetMonitor m = Onset.monitor(s, P);
    for (int i = 0; i < s.length(); i++) {
      m.add(s.count(i));
    }
    return m.changes();
  }

  private static long escalations(DailySeries s) {
    return history(s).stream().filter(Change::escalation).count();
  }

  private static int day(LocalDate d) {
    return (int) ChronoUnit.DAYS.between(START, d);
  }

  @Test
  void findsAPoissonTriplingWithinAWeekAndDatesItsOnset() {
    for (long seed = 4; seed <= 8; seed++) {
      DailySeries s = new Draws(seed).step("A", START, 300, 200, 3, 9, Double.POSITIVE_INFINITY);
      // From three days before the change, as onset eval counts.
      Verdict.Yes yes = firstEscalation(s, 197);
      LocalDate change = START.plusDays(200);
      assertThat(yes).as("seed %d", seed).isNotNull();
      assertThat(ChronoUnit.DAYS.between(change, yes.asOf())).as("delay, seed %d", seed).isBetween(-3L, 7L);
      assertThat(yes.detected()).isEqualTo(yes.asOf());
      assertThat(yes.isNew()).isTrue();
      assertThat(Math.abs(ChronoUnit.DAYS.between(change, yes.onset()))).as("onset error, seed %d", seed).isLessThanOrEqualTo(7);
      assertThat(yes.intervalFrom()).isBeforeOrEqualTo(yes.onset());
      assertThat(yes.ratio()).isGreaterThan(2);
    }
  }

  @Test
  void findsAnOverDispersedTriplingWithinThreeWeeks() {
    for (long seed = 11; seed <= 15; seed++) {
      // Negative binomial, size 2: a day's count varies as much as a monitor's daily deaths do.
      DailySeries s = new Draws(seed).step("A", START, 300, 200, 10, 30, 2);
      Verdict.Yes yes = firstEscalation(s, 197);
      LocalDate change = START.plusDays(200);
      assertThat(yes).as("seed %d", seed).isNotNull();
      assertThat(ChronoUnit.DAYS.between(change, yes.asOf())).as("delay, seed %d", seed).isBetween(0L, 21L);
      assertThat(Math.abs(ChronoUnit.DAYS.between(change, yes.onset()))).as("onset error, seed %d", seed).isLessThanOrEqualTo(10);
    }
  }

  @Test
  void quietOverDispersedSeriesRaiseFewAlarms() {
    long escalations = 0;
    int days = 0;
    for (long seed = 21; seed <= 30; seed++) {
      DailySeries s = new Draws(seed).step("Q", START, 3 * 365, 0, 10, 10, 1.5);
      escalations += escalations(s);
      days += s.length() - P.warmUpDays();
    }
    // The design target: at most one escalation announced per 180 days on a series with no change,
    // over about 27 quiet series-years here (OnsetCalibration measures about 0.5 at this mean and size).
    assertThat(escalations).as("escalations in %d quiet days", days).isLessThanOrEqualTo(days / 180);
  }

  @Test
  void sparseOverDispersedNullSeriesRaiseFewAlarms() {
    long escalations = 0;
    int days = 0;
    for (long seed = 51; seed <= 60; seed++) {
      DailySeries s = new Draws(seed).step("Q", START, 3 * 365, 0, 0.5, 0.5, 0.5);
      escalations += escalations(s);
      days += s.length() - P.warmUpDays();
    }
    assertThat(escalations).as("escalations in %d quiet days", days).isLessThanOrEqualTo(days / 180);
  }

  @Test
  void aSecondEscalationWhileTheFirstIsStillOnIsANewChange() {
    // 200 days at 2 a day, 80 at 6 (an offensive), then 15 (a larger one): a detector whose baseline
    // stayed frozen at the first level would still be "in alarm" and never announce the second.
    for (long seed = 61; seed <= 65; seed++) {
      DailySeries s = new Draws(seed).levels("A", START, 3, 200, 2, 80, 6, 60, 15);
      List<Change> changes = history(s);
      Change second = changes.stream().filter(c -> c.escalation() && day(c.detected()) >= 280).findFirst().orElse(null);
      assertThat(second).as("seed %d: %s", seed, changes).isNotNull();
      assertThat(day(second.detected()) - 280).as("delay, seed %d", seed).isBetween(0, 21);
      assertThat(Math.abs(day(second.onset()) - 280)).as("onset error, seed %d", seed).isLessThanOrEqualTo(10);
      assertThat(second.rateBefore()).as("the level before is the first escalation's").isBetween(4.0, 8.0);
    }
  }

  @Test
  void aPauseIsADeEscalationAndTheOffensiveAfterItANewEscalation() {
    // A busy spell, a ceasefire at a tenth of it, then the offensive resumes: against a trailing
    // eight-week baseline still holding the busy weeks, the resumption looked like no rise at all.
    for (long seed = 71; seed <= 75; seed++) {
      DailySeries s = new Draws(seed).levels("A", START, 3, 200, 1, 90, 8, 45, 0.8, 60, 6);
      Verdict atCeasefire = Onset.assess(s, START.plusDays(200 + 90 + 44), P);
      assertThat(atCeasefire).as("seed %d", seed).isInstanceOf(Verdict.Pause.class);
      Verdict.Pause pause = (Verdict.Pause) atCeasefire;
      assertThat(Math.abs(day(pause.onset()) - 290)).as("pause onset, seed %d", seed).isLessThanOrEqualTo(7);
      assertThat(pause.rateAfter()).isLessThan(pause.rateBefore() / 3);
      Verdict.Yes resumed = firstEscalation(s, 290 + 45 - 3);
      assertThat(resumed).as("seed %d", seed).isNotNull();
      assertThat(day(resumed.detected()) - 335).as("delay, seed %d", seed).isBetween(0, 14);
      assertThat(resumed.history()).extracting(Change::direction).endsWith(Change.Direction.ESCALATION,
          Change.Direction.DEESCALATION, Change.Direction.ESCALATION);
    }
  }

  @Test
  void aRiseAgainstTheViolentMonthBeforeAQuietOneIsFound() {
    // National deaths: a violent month (60 a day), a quiet one (15), then a doubling of the quiet
    // one (30): against eight weeks holding both months, 30 a day is about the average.
    int found = 0;
    for (long seed = 81; seed <= 90; seed++) {
      DailySeries s = new Draws(seed).levels("S", START, 4, 300, 30, 45, 60, 40, 15, 60, 30);
      Verdict.Yes yes = firstEscalation(s, 385 - 3);
      if (yes != null && day(yes.detected()) - 385 <= 14) {
        found++;
      }
    }
    assertThat(found).as("rises found within 14 days, of 10").isGreaterThanOrEqualTo(8);
  }

  @Test
  void aSingleMassacreAmongQuietDaysIsNotAnEscalation() {
    // One day of 400 dead among days of about 20: deaths come in lumps; no day alone is a new level.
    DailySeries quiet = new Draws(91).step("A", START, 400, 0, 20, 20, 4);
    long[] counts = quiet.counts();
    counts[300] = 400;
    List<Change> changes = history(new DailySeries("A", "killed", START, counts));
    assertThat(changes).noneMatch(c -> c.escalation() && day(c.onset()) >= 295 && day(c.onset()) <= 305);
  }

  @Test
  void eachChangeCarriesItsIntervalAndEvidenceAndStaysNewForFourWeeks() {
    DailySeries s = new Draws(3).step("A", START, 330, 200, 3, 9, Double.POSITIVE_INFINITY);
    Verdict.Yes yes = firstEscalation(s, 150);
    Change c = yes.change();
    assertThat(c.evidence()).extracting(Finding::detector).contains("nb_cusum", "change_point", "acled_weekly", "bocpd");
    Finding point = c.evidence().stream().filter(f -> f.detector().equals("change_point")).findFirst().orElseThrow();
    assertThat(point.values()).containsEntry("onset", c.onset().toString()).containsKey("rate_before");
    Verdict later = Onset.assess(s, c.detected().plusDays(Verdict.NEW_DAYS - 1), P);
    Verdict muchLater = Onset.assess(s, c.detected().plusDays(Verdict.NEW_DAYS), P);
    assertThat(((Verdict.Latest) later).isNew()).isTrue();
    assertThat(muchLater).isInstanceOf(Verdict.Yes.class);
    assertThat(((Verdict.Yes) muchLater).isNew()).isFalse();
    assertThat(((Verdict.Yes) muchLater).change()).isEqualTo(c);
  }

  @Test
  void asOfNeverReadsPastTheDay() {
    DailySeries quiet = new Draws(3).step("A", START, 400, 400, 5, 5, 2);
    long[] counts = quiet.counts();
    long[] burst = counts.clone();
    for (int i = 301; i < burst.length; i++) {
      burst[i] = 500;  // a huge escalation right after the as-of day
    }
    DailySeries withBurst = new DailySeries("A", "killed", START, burst);
    LocalDate asOf = START.plusDays(300);
    Verdict a = Onset.assess(quiet, asOf, P);
    Verdict b = Onset.assess(withBurst, asOf, P);
    assertThat(b).isEqualTo(a);
    assertThat(b.asOf()).isEqualTo(asOf);
    assertThat(Onset.assess(withBurst, START.plusDays(330), P)).isInstanceOf(Verdict.Yes.class);
  }

  @Test
  void aShortSeriesIsNotEnoughData() {
    DailySeries s = new Draws(4).step("A", START, 30, 10, 1, 50, Double.POSITIVE_INFINITY);
    assertThat(Onset.assess(s, P)).isInstanceOf(Verdict.NotEnoughData.class);
  }

  @Test
  void aFewEventsInAnEmptyRegionStayBelowTheLowActivityFloor() {
    long[] counts = new long[200];
    counts[150] = 3;
    counts[152] = 2;
    counts[155] = 2;
    Verdict v = Onset.assess(new DailySeries("A", "killed", START, counts), P);
    assertThat(v).isInstanceOf(Verdict.No.class);
  }

  @Test
  void aCreepOfAFewEventsAMonthAfterAnEmptySpellIsNotAnEscalation() {
    // Nothing for 200 days, then one event every four days: 12 in 48 days, never 10 within four weeks.
    long[] counts = new long[250];
    for (int i = 202; i < counts.length; i += 4) {
      counts[i] = 1;
    }
    assertThat(Onset.assess(new DailySeries("A", "killed", START, counts), P)).isInstanceOf(Verdict.No.class);
  }

  @Test
  void acledWeeklyRuleFiresOnADoublingAboveTheFloor() {
    long[] counts = new long[150];
    java.util.Arrays.fill(counts, 2);
    for (int i = 143; i < 150; i++) {
      counts[i] = 5;  // 35 this week against 14 a week before: +150%
    }
    Verdict v = Onset.assess(new DailySeries("A", "killed", START, counts), P);
    Finding weekly = finding(v, "acled_weekly");
    assertThat(weekly.fired()).isTrue();
    assertThat(weekly.values()).containsEntry("week", 35.0).containsEntry("previous_4_weeks_mean", 14.0);
  }

  @Test
  void logGammaRatioMatchesFactorials() {
    org.assertj.core.data.Offset<Double> close = org.assertj.core.data.Offset.offset(1e-9);
    assertThat(OnsetMonitor.lnGammaRatio(1, 10)).isCloseTo(Math.log(3628800), close);           // 10!
    assertThat(OnsetMonitor.lnGammaRatio(0.5, 1)).isCloseTo(Math.log(0.5), close);              // Gamma(1.5) / Gamma(0.5)
    assertThat(OnsetMonitor.lnGammaRatio(20, 3)).isCloseTo(Math.log(20.0 * 21 * 22), close);
    assertThat(OnsetMonitor.lnGammaRatio(2.5, 0.75)).isCloseTo(
        OnsetMonitor.lnGammaRatio(1, 2.25) - OnsetMonitor.lnGammaRatio(1, 1.5), close);
  }

  @Test
  void alertsRankNewEscalationsAndSkipSeriesThatEndedBeforeTheDay() {
    Draws draws = new Draws(9);
    DailySeries strong = draws.step("Strong", START, 200, 150, 2, 12, Double.POSITIVE_INFINITY);
    DailySeries weak = draws.step("Weak", START, 200, 150, 2, 6, Double.POSITIVE_INFINITY);
    DailySeries quiet = draws.step("Quiet", START, 200, 0, 2, 2, Double.POSITIVE_INFINITY);
    DailySeries ended = strong.upTo(START.plusDays(180));
    SeriesSource source = new SeriesSource() {
      @Override
      public List<String> regions() {
        return List.of("Ended", "Quiet", "Strong", "Weak");
      }

      @Override
      public DailySeries daily(String region) {
        return switch (region) {
          case "Strong" -> strong;
          case "Weak" -> weak;
          case "Quiet" -> quiet;
          default -> new DailySeries("Ended", "killed", START, ended.counts());
        };
      }
    };
    List<Verdict.Yes> alerts = Onset.alerts(source, START.plusDays(160), P);
    assertThat(alerts).extracting(Verdict::region).containsExactlyInAnyOrder("Ended", "Strong", "Weak");
    assertThat(alerts).allMatch(Verdict.Yes::isNew);
    // Seven weeks on, Strong's escalation is holding, no longer new; Weak rose again (a further change), new.
    List<Verdict.Yes> later = Onset.alerts(source, START.plusDays(199), P);
    assertThat(later).extracting(Verdict::region).containsExactlyInAnyOrder("Strong", "Weak");
    assertThat(later.get(later.size() - 1).isNew()).isFalse();
    assertThat(Onset.assess(ended, START.plusDays(180), P)).isInstanceOf(Verdict.Yes.class);
  }

  @Test
  void bayesianDetectorGivesAChangeItsProbabilityOnlyAfterIt() {
    DailySeries s = new Draws(5).step("A", START, 230, 200, 3, 12, Double.POSITIVE_INFINITY);
    OnsetMonitor m = Onset.monitor(s, P);
    double before = 0;
    for (int i = 0; i < s.length(); i++) {
      m.add(s.count(i));
      if (i == 199) {
        before = m.changeProbabilityWithin(P.recentDays());
      }
    }
    assertThat(before).as("probability of a change in the last 28 days, the day before it").isLessThan(0.2);
    assertThat(m.changeProbabilityWithin(40)).as("a change in the last 40 days, 30 days after it").isGreaterThan(0.95);
    assertThat(m.changeProbabilityWithin(20)).as("a change in the last 20 days, 30 days after it").isLessThan(0.2);
  }

  @Test
  void cusumLikelihoodRatioIsPoissonsWithoutOverDispersion() {
    // Poisson: x log(mu1/mu0) - (mu1 - mu0); the negative binomial tends to it as the size grows.
    assertThat(OnsetMonitor.llr(6, 2, 4, Double.POSITIVE_INFINITY)).isCloseTo(6 * Math.log(2) - 2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(OnsetMonitor.llr(6, 2, 4, 1e7)).isCloseTo(6 * Math.log(2) - 2, org.assertj.core.data.Offset.offset(1e-4));
    // Over-dispersion makes one big day weigh less.
    assertThat(OnsetMonitor.llr(30, 2, 4, 1.0)).isLessThan(OnsetMonitor.llr(30, 2, 4, Double.POSITIVE_INFINITY));
  }

  private static Finding finding(Verdict v, String detector) {
    return v.evidence().stream().filter(f -> f.detector().equals(detector)).findFirst().orElseThrow();
  }

  @Test
  void aBurstAfterASparseQuietSpellIsFound() {
    // A busy, scattered year, a quiet spell (a truce) of six weeks, then a burst of strikes over two
    // days and twice the truce's rate after: the pattern of an offensive resuming. With the dispersion taken from an
    // 8-week window, the truce's empty weeks beside the busy weeks before looked like extreme scatter
    // and the CUSUM shrank the burst's evidence below its threshold (regression).
    Draws d = new Draws(41);
    int quietFrom = 365;
    int burst = quietFrom + 42;
    long[] counts = new long[burst + 30];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = i < quietFrom ? d.negativeBinomial(1.5, 1) : d.poisson(i < burst ? 0.3 : 0.6);
    }
    counts[burst] = 8;
    counts[burst + 1] = 4;
    DailySeries s = new DailySeries("A", "incidents", START, counts);
    Verdict.Yes yes = firstEscalation(s, burst - 3);
    assertThat(yes).isNotNull();
    assertThat(ChronoUnit.DAYS.between(START.plusDays(burst), yes.asOf())).as("delay").isBetween(0L, 3L);
    assertThat(Math.abs(ChronoUnit.DAYS.between(START.plusDays(burst), yes.onset()))).as("onset error").isLessThanOrEqualTo(2);
  }

  @Test
  void dispersionIsEstimatedWithinLevelsSoAChangeOfLevelIsNotScatter() {
    // Poisson counts whose level alternates every half year between 3 and 0.3 a day (offensives
    // and truces): within each level there is no over-dispersion, but the year's plain variance
    // (mean 1.65, variance about 3.5) would give a negative-binomial size of about 1.5.
    Draws d = new Draws(43);
    long[] counts = new long[730 + P.guardDays()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = d.poisson((i / 182) % 2 == 0 ? 3 : 0.3);
    }
    Verdict v = Onset.assess(new DailySeries("A", "killed", START, counts), P);
    Object size = finding(v, "nb_cusum").values().get("dispersion_size");
    // null: Poisson; else the negative-binomial size, large when scatter is small.
    assertThat(size == null || (Double) size > 3).as("dispersion size %s", size).isTrue();
    // Negative binomial with size 2 at a steady mean of 5: the estimate is near 2.
    DailySeries nb = new Draws(44).step("B", START, 730, 0, 5, 5, 2);
    Object nbSize = finding(Onset.assess(nb, P), "nb_cusum").values().get("dispersion_size");
    assertThat((Double) nbSize).isBetween(1.3, 3.0);
  }

  @Test
  void aFallIsAChangeButNotARiseSoTheBayesianFindingDoesNotFireForIt() {
    // 200 busy days at 12 a day, then a truce at 3 a day: the Bayesian detector sees the change.
    DailySeries s = new Draws(7).step("A", START, 220, 200, 12, 3, Double.POSITIVE_INFINITY);
    OnsetMonitor m = Onset.monitor(s, P);
    for (int i = 0; i < s.length(); i++) {
      m.add(s.count(i));
    }
    assertThat(m.changeProbabilityWithin(P.recentDays())).as("a change in the last 28 days").isGreaterThan(0.9);
    assertThat(m.riseProbabilityWithin(P.recentDays())).as("a rise in the last 28 days").isLessThan(0.05);
    assertThat(m.bayesFires()).isFalse();
    assertThat(finding(m.verdict(), "bocpd").summary()).contains("probability 0.0").contains("of a rise");
  }

  @Test
  void aRiseIsCountedByTheBayesianDetectorAsSoonAsAChange() {
    DailySeries s = new Draws(5).step("A", START, 230, 200, 3, 12, Double.POSITIVE_INFINITY);
    OnsetMonitor m = Onset.monitor(s, P);
    for (int i = 0; i < s.length(); i++) {
      m.add(s.count(i));
    }
    assertThat(m.riseProbabilityWithin(40)).isCloseTo(m.changeProbabilityWithin(40), org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void parametersOutOfRangeAreRefusedByName() {
    assertThatThrownBy(() -> P.withMinBaselineDays(P.baselineDays() + 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minBaselineDays");
    List<Integer> ok = new ArrayList<>();
    for (int days : new int[] {28, 56, 112}) {
      ok.add(P.withBaselineDays(days).baselineDays());
    }
    assertThat(ok).containsExactly(28, 56, 112);
  }
}
