package observatory.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class OnsetTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final OnsetParameters P = OnsetParameters.defaults();

  /** The first day from {@code from} on which the verdict is Yes, with that verdict. */
  private static Verdict.Yes firstYes(DailySeries s, int from) {
    OnsetMonitor m = Onset.monitor(s, P);
    for (int i = 0; i < s.length(); i++) {
      m.add(s.count(i));
      if (i >= from && m.escalating()) {
        return (Verdict.Yes) m.verdict();
      }
    }
    return null;
  }

  @Test
  void findsAPoissonTriplingWithinAWeekAndDatesItsOnset() {
    for (long seed = 1; seed <= 5; seed++) {
      DailySeries s = new Draws(seed).step("A", START, 300, 200, 3, 9, Double.POSITIVE_INFINITY);
      Verdict.Yes yes = firstYes(s, 150);
      LocalDate change = START.plusDays(200);
      assertThat(yes).as("seed %d", seed).isNotNull();
      assertThat(ChronoUnit.DAYS.between(change, yes.asOf())).as("delay, seed %d", seed).isBetween(0L, 7L);
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
      Verdict.Yes yes = firstYes(s, 150);
      LocalDate change = START.plusDays(200);
      assertThat(yes).as("seed %d", seed).isNotNull();
      assertThat(ChronoUnit.DAYS.between(change, yes.asOf())).as("delay, seed %d", seed).isBetween(0L, 21L);
      assertThat(Math.abs(ChronoUnit.DAYS.between(change, yes.onset()))).as("onset error, seed %d", seed).isLessThanOrEqualTo(10);
      assertThat(yes.probability()).isGreaterThanOrEqualTo(P.probability());
    }
  }

  @Test
  void quietOverDispersedSeriesRaiseFewAlarms() {
    int episodes = 0;
    int days = 0;
    for (long seed = 21; seed <= 30; seed++) {
      DailySeries s = new Draws(seed).step("Q", START, 3 * 365, 0, 10, 10, 1.5);
      episodes += episodes(s);
      days += s.length() - P.warmUpDays();
    }
    // The design target: at most one false alarm episode a year per series, over about 28 quiet
    // series-years here (OnsetCalibration measures about 1.2 a year for the CUSUM alone at this mean
    // and size, and well under one for the verdict, which needs all three detectors).
    assertThat(episodes).as("alarm episodes in %d quiet days", days).isLessThanOrEqualTo(days / 365);
  }

  /** The alarm episodes (runs of Yes days) of a series stepped day by day. */
  private static int episodes(DailySeries s) {
    OnsetMonitor m = Onset.monitor(s, P);
    int episodes = 0;
    boolean before = false;
    for (int i = 0; i < s.length(); i++) {
      m.add(s.count(i));
      boolean now = m.escalating();
      if (now && !before) {
        episodes++;
      }
      before = now;
    }
    return episodes;
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
  void acledWeeklyRuleFiresOnADoublingAboveTheFloor() {
    long[] counts = new long[100];
    java.util.Arrays.fill(counts, 2);
    for (int i = 93; i < 100; i++) {
      counts[i] = 5;  // 35 this week against 14 a week before: +150%
    }
    Verdict v = Onset.assess(new DailySeries("A", "killed", START, counts), P);
    Finding weekly = v.evidence().stream().filter(f -> f.detector().equals("acled_weekly")).findFirst().orElseThrow();
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
  void alertsRankEscalatingRegionsAndSkipSeriesThatEndedBeforeTheDay() {
    Draws draws = new Draws(9);
    DailySeries strong = draws.step("Strong", START, 200, 150, 2, 12, Double.POSITIVE_INFINITY);
    DailySeries weak = draws.step("Weak", START, 200, 150, 2, 6, Double.POSITIVE_INFINITY);
    DailySeries quiet = draws.step("Quiet", START, 200, 0, 2, 2, Double.POSITIVE_INFINITY);
    DailySeries ended = strong.upTo(START.plusDays(180));
    SeriesSource source = new SeriesSource() {
      @Override
      public java.util.List<String> regions() {
        return java.util.List.of("Ended", "Quiet", "Strong", "Weak");
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
    java.util.List<Verdict.Yes> alerts = Onset.alerts(source, START.plusDays(199), P);
    assertThat(alerts).extracting(Verdict::region).containsExactly("Strong", "Weak");
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
    // days and twice the truce's rate after: the pattern of an offensive resuming. With the dispersion taken from the
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
    Verdict.Yes yes = firstYes(s, burst - 3);
    assertThat(yes).isNotNull();
    assertThat(ChronoUnit.DAYS.between(START.plusDays(burst), yes.asOf())).as("delay").isBetween(0L, 3L);
    assertThat(Math.abs(ChronoUnit.DAYS.between(START.plusDays(burst), yes.onset()))).as("onset error").isLessThanOrEqualTo(2);
  }

  @Test
  void dispersionIsEstimatedAroundTheLocalLevelSoAChangeOfLevelIsNotScatter() {
    // Poisson counts whose level alternates every half year between 3 and 0.3 a day (offensives
    // and truces): within each level there is no over-dispersion, but the year's plain variance
    // (mean 1.65, variance about 3.5) would give a negative-binomial size of about 1.5. The residuals
    // around the trailing baseline count only the weeks while the baseline catches up.
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
  void sparseOverDispersedNullSeriesRaiseFewAlarms() {
    int episodes = 0;
    int days = 0;
    for (long seed = 51; seed <= 60; seed++) {
      DailySeries s = new Draws(seed).step("Q", START, 3 * 365, 0, 0.5, 0.5, 0.5);
      episodes += episodes(s);
      days += s.length() - P.warmUpDays();
    }
    // The design target: at most one false alarm episode a year per series, whatever the rate and scatter.
    assertThat(episodes).as("alarm episodes in %d quiet days", days).isLessThanOrEqualTo(days / 365);
  }

  @Test
  void anEpisodeStartsOnlyWhenAllThreeDetectorsAgree() {
    DailySeries s = new Draws(12).step("A", START, 300, 200, 10, 30, 2);
    Verdict.Yes yes = firstYes(s, 150);
    assertThat(yes).isNotNull();
    for (String detector : java.util.List.of("acled_weekly", "nb_cusum", "bocpd")) {
      assertThat(finding(yes, detector).fired()).as(detector).isTrue();
    }
    // With two votes of three, the same series turns Yes no later.
    OnsetMonitor two = Onset.monitor(s, P.withVotes(2));
    int firstTwo = -1;
    for (int i = 0; i < s.length() && firstTwo < 0; i++) {
      two.add(s.count(i));
      if (i >= 150 && two.escalating()) {
        firstTwo = i;
      }
    }
    assertThat(START.plusDays(firstTwo)).isBeforeOrEqualTo(yes.asOf());
  }

  @Test
  void aFallIsAChangeButNotARiseSoTheBayesianDetectorDoesNotVoteForIt() {
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
  void votesThatStandForAWeekStartAnEpisodeNoLaterThanSameDayVotes() {
    for (long seed = 1; seed <= 20; seed++) {
      DailySeries s = new Draws(seed).step("A", START, 300, 200, 4, 8, 1.5);
      int sameDay = firstEpisodeDay(s, P);
      int week = firstEpisodeDay(s, P.withAgreeDays(7));
      if (sameDay >= 0) {
        assertThat(week).as("seed %d", seed).isBetween(0, sameDay);
      }
    }
    assertThatThrownBy(() -> P.withAgreeDays(P.recentDays() + 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agreeDays");
  }

  private static int firstEpisodeDay(DailySeries s, OnsetParameters p) {
    OnsetMonitor m = Onset.monitor(s, p);
    for (int i = 0; i < s.length(); i++) {
      m.add(s.count(i));
      if (i >= 150 && m.escalating()) {
        return i;
      }
    }
    return -1;
  }
}
