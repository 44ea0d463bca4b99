package observatory.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.Count;
import observatory.claim.EventType;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.When;
import org.junit.jupiter.api.Test;

/**
 * How reports of one event differ in the field, and what the linker makes of it: tolls that grow
 * and differ by source, blame that differs by source, weapons named differently, dates given or
 * not, names spelled several ways. And the other side of each: a second attack on the same town
 * the next day stays apart.
 */
class ReportsOfOneEventTest {
  static final LocalDate TUESDAY = LocalDate.of(2020, 1, 14);
  static final long BINNISH = 171000;
  static final EventType AIR = new EventType("Explosions/Remote violence", "Air/drone strike");
  static final EventType SHELLING = new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack");
  static final EventType CAR_BOMB = new EventType("Explosions/Remote violence", "Remote explosive/landmine/IED");

  /** A claim as one report states it; every field but the report is optional. */
  static final class Told {
    private final String report;
    private When when = When.UNKNOWN;
    private LocalDate published;
    private OptionalLong town = OptionalLong.empty();
    private String townName;
    private String named;
    private String admin1 = "Idlib";
    private EventType type;
    private List<String> weapons = List.of();
    private String actor;
    private Count killed;
    private Scope scope = Scope.SINGLE;

    Told(String report) {
      this.report = report;
    }

    Told on(LocalDate day) {
      when = new When.Day(day);
      published = published == null ? day : published;
      return this;
    }

    /** States no date of its own; the report came out on {@code day}. */
    Told undatedPublished(LocalDate day) {
      when = When.UNKNOWN;
      published = day;
      return this;
    }

    Told inTown(long id, String asWritten) {
      town = OptionalLong.of(id);
      townName = "Town " + id;
      named = asWritten;
      return this;
    }

    /** A village the gazetteer does not hold, as written. */
    Told inVillage(String asWritten) {
      named = asWritten;
      return this;
    }

    Told governorate(String name) {
      admin1 = name;
      return this;
    }

    Told by(EventType type, String weapon) {
      this.type = type;
      this.weapons = List.of(weapon);
      return this;
    }

    Told blaming(String actor) {
      this.actor = actor;
      return this;
    }

    Told killed(Count killed) {
      this.killed = killed;
      return this;
    }

    Told scope(Scope scope) {
      this.scope = scope;
      return this;
    }

    LinkClaim claim() {
      Map<Measure, Count> figures = new EnumMap<>(Measure.class);
      if (killed != null) {
        figures.put(Measure.KILLED, killed);
      }
      return new LinkClaim(new ClaimRef(report, "c1"), report, when, town, Optional.ofNullable(townName),
          Optional.ofNullable(admin1), Optional.ofNullable(type), weapons, Optional.ofNullable(actor), scope,
          Optional.empty(), figures, Optional.ofNullable(published), Optional.ofNullable(named).map(PlaceName::of));
    }
  }

  static Told told(String report) {
    return new Told(report);
  }

  static List<Incident> link(Told... told) {
    return Linker.standard().link(java.util.Arrays.stream(told).map(Told::claim).toList());
  }

  static Count atLeast(long n) {
    return Count.of(n, Qualifier.AT_LEAST);
  }

  // ---- dates --------------------------------------------------------------------------------

  @Test
  void aReportWithoutADatePublishedTheNextDayJoinsTheDatedReports() {
    List<Incident> incidents = link(
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike").killed(atLeast(15)),
        told("local outlet").undatedPublished(TUESDAY.plusDays(1)).inTown(BINNISH, "Benish").by(AIR, "air strike")
            .killed(Count.exact(21)));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).when()).isEqualTo(new When.Day(TUESDAY));
    assertThat(incidents.get(0).members().get(1).explanation()).contains("undated, published 2020-01-15");
  }

  @Test
  void aReportWithoutADateDoesNotReachTwoDaysBeforeItsPublication() {
    assertThat(link(
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike").killed(atLeast(15)),
        told("local outlet").undatedPublished(TUESDAY.plusDays(2)).inTown(BINNISH, "Binnish").by(AIR, "air strike")
            .killed(Count.exact(17)))).hasSize(2);
  }

  @Test
  void anUndatedLookBackDoesNotJoinAnotherAttackOnTheTownTheDayItIsPublished() {
    // An NGO's report on an old strike, undated, out the day the town is shelled again: only the town agrees.
    assertThat(link(
        told("ngo").undatedPublished(TUESDAY).inTown(BINNISH, "Binnish").killed(Count.exact(19)),
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").by(SHELLING, "shelling").blaming("Syrian government")
            .killed(Count.exact(12)))).hasSize(2);
  }

  @Test
  void aClaimWithNeitherDateNorPublicationDayIsNotLinked() {
    Told undated = told("bulletin").inTown(BINNISH, "Binnish").by(AIR, "air strike").killed(Count.exact(15));

    assertThat(link(told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike").killed(atLeast(15)),
        undated)).hasSize(2);
  }

  @Test
  void aTotalWithoutDatesIsNotPlacedByItsPublicationDay() {
    // "The toll of the offensive has reached 300": a total of unknown period, whatever day it came out.
    assertThat(link(
        told("monitor").on(TUESDAY).by(AIR, "air strike").killed(atLeast(40)).scope(Scope.TOTAL),
        told("agency").undatedPublished(TUESDAY).by(AIR, "air strike").killed(atLeast(40)).scope(Scope.TOTAL)))
        .hasSize(2);
  }

  // ---- tolls --------------------------------------------------------------------------------

  @Test
  void anEarlyFloorIsNotContradictedByTheLaterFullToll() {
    // "at least two children were among the dead" the first hour; 11 killed in the evening report.
    List<Incident> incidents = link(
        told("monitor").undatedPublished(TUESDAY).inTown(BINNISH, "Binnish").by(SHELLING, "rocket").killed(atLeast(2)),
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").by(SHELLING, "shelling").killed(Count.exact(11)));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).members().get(1).explanation()).contains("a floor");
  }

  @Test
  void whereOnlyTheGovernorateIsSharedAFloorDoesNotExcuseFarFigures() {
    // "At least one killed in shelling in the Daraa countryside" is not the 22 killed in a town there.
    assertThat(link(
        told("monitor").on(TUESDAY).governorate("Daraa").by(SHELLING, "shelling").killed(atLeast(1)),
        told("agency").on(TUESDAY).inTown(BINNISH, "Tafas").governorate("Daraa").by(SHELLING, "rocket")
            .killed(Count.exact(22)))).hasSize(2);
  }

  @Test
  void theSmallerAttackOnTheTownTheNextDayIsNotTheStrike() {
    // A strike that killed 26, told by three sources; "two civilians were killed" there the next day.
    List<Incident> incidents = link(
        told("monitor").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike").blaming("Russia").killed(atLeast(26)),
        told("activists").on(TUESDAY).inTown(BINNISH, "Kafr Binnish").by(AIR, "air strike").blaming("Russia")
            .killed(atLeast(26)),
        told("agency").on(TUESDAY.plusDays(1)).inTown(BINNISH, "Binnish").by(AIR, "air strike").blaming("Russia")
            .killed(atLeast(2)));

    assertThat(incidents).hasSize(2);
    assertThat(Totals.of(incidents).sums().get(Measure.KILLED).low()).isEqualTo(28);
  }

  @Test
  void aTollThatGrowsOvernightInAReportDatedTheNextDayIsTheSameStrike() {
    assertThat(link(
        told("monitor").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike").killed(Count.exact(24)),
        told("agency").on(TUESDAY.plusDays(1)).inTown(BINNISH, "Binnish").by(AIR, "air strike").killed(Count.exact(27))))
        .hasSize(1);
  }

  @Test
  void aReportWithoutADateAndAFarSmallerTollIsAnotherAttack() {
    assertThat(link(
        told("local outlet").undatedPublished(TUESDAY.plusDays(1)).inTown(BINNISH, "Binnish").by(AIR, "air strike")
            .killed(Count.exact(21)),
        told("agency").on(TUESDAY.plusDays(1)).inTown(BINNISH, "Binnish").by(AIR, "drone strike").killed(Count.exact(2))))
        .hasSize(2);
  }

  // ---- a day apart ----------------------------------------------------------------------------

  @Test
  void aDayApartAndAnotherWeaponIsAnotherAttack() {
    // A drone strike one day, shelling the next, both blamed on the regime: an offensive, two attacks.
    assertThat(link(
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "drone strike").blaming("Syrian government")
            .killed(Count.exact(2)),
        told("monitor").on(TUESDAY.plusDays(1)).inTown(BINNISH, "Binnish").by(SHELLING, "shelling")
            .blaming("Syrian government").killed(Count.exact(3)))).hasSize(2);
  }

  @Test
  void aDayApartAndTheOtherSideBlamedIsAnotherAttack() {
    assertThat(link(
        told("monitor").on(TUESDAY).inTown(BINNISH, "Binnish").by(SHELLING, "shelling").blaming("pro-government militia")
            .killed(Count.exact(11)),
        told("agency").on(TUESDAY.plusDays(1)).inTown(BINNISH, "Binnish").by(SHELLING, "shelling").blaming("Turkey")
            .killed(Count.exact(13)))).hasSize(2);
  }

  // ---- who and how ----------------------------------------------------------------------------

  @Test
  void blameWithinOneSideDoesNotCountAgainstALink() {
    // From the ground Russian and Syrian jets cannot be told apart; an agency says one, a monitor the other.
    List<Incident> incidents = link(
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").blaming("Russia").killed(Count.exact(15)),
        told("monitor").on(TUESDAY).inTown(BINNISH, "Binnish").blaming("Syrian government").killed(Count.exact(22)));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).members().get(1).explanation()).contains("blame within one side, pro-government");
  }

  @Test
  void whereOnlyTheGovernorateIsSharedBlameWithinOneSideStillCountsAgainst() {
    assertThat(link(
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike").blaming("Russia")
            .killed(Count.exact(15)),
        told("monitor").on(TUESDAY).by(AIR, "air strike").blaming("Syrian government").killed(Count.exact(22))))
        .hasSize(2);
  }

  @Test
  void blameOfOpposingSidesStillCountsAgainstALink() {
    assertThat(link(
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").blaming("Russia").killed(Count.exact(15)),
        told("state agency").on(TUESDAY).inTown(BINNISH, "Binnish").blaming("opposition").killed(Count.exact(22))))
        .hasSize(2);
  }

  @Test
  void anAirStrikeAndARocketAttackOnTheTownThatDayAreOneAttackToldTwoWays() {
    assertThat(link(
        told("monitor").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike"),
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").by(SHELLING, "rocket").killed(Count.exact(6))))
        .hasSize(1);
  }

  @Test
  void aCarBombAndAnAirStrikeOnTheTownThatDayStayTwo() {
    assertThat(link(
        told("monitor").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike"),
        told("agency").on(TUESDAY).inTown(BINNISH, "Binnish").by(CAR_BOMB, "car bomb").killed(Count.exact(6))))
        .hasSize(2);
  }

  // ---- where ----------------------------------------------------------------------------------

  @Test
  void aVillageOutsideTheGazetteerWrittenTwoWaysIsOnePlace() {
    // The agency's report names no governorate: only the village's name ties it to the monitor's.
    List<Incident> incidents = link(
        told("monitor").on(TUESDAY).inVillage("Kansafra").by(SHELLING, "shelling").killed(Count.exact(6)),
        told("agency").on(TUESDAY).inVillage("Kinsafra").governorate(null).by(SHELLING, "shelling")
            .killed(Count.exact(10)));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).members().get(1).explanation()).contains("both name", "Kansafra", "Kinsafra");
  }

  @Test
  void twoVillagesOutsideTheGazetteerAreTwoPlacesEvenInOneGovernorate() {
    assertThat(link(
        told("monitor").on(TUESDAY).inVillage("Kansafra").by(SHELLING, "shelling").blaming("Syrian government")
            .killed(Count.exact(6)),
        told("activists").on(TUESDAY).inVillage("Hazano").by(SHELLING, "shelling").blaming("Syrian government")
            .killed(Count.exact(6)))).hasSize(2);
  }

  @Test
  void aTownAndAnotherPlaceNamedInItsGovernorateDoNotShareThePlace() {
    // "Warplanes also struck the villages of X and Y", no toll: not the market strike in the town.
    assertThat(link(
        told("monitor").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike").killed(Count.exact(17)),
        told("agency").on(TUESDAY).inVillage("Hazano").by(AIR, "air strike"))).hasSize(2);
  }

  @Test
  void aTownAndOnlyItsGovernorateStillShareThePlace() {
    assertThat(link(
        told("monitor").on(TUESDAY).inTown(BINNISH, "Binnish").by(AIR, "air strike").killed(Count.exact(17)),
        told("agency").on(TUESDAY).by(AIR, "air strike").killed(Count.exact(19)))).hasSize(1);
  }
}
