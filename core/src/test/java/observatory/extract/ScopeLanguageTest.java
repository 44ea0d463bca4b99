package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import observatory.claim.Claim;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.Scope;
import observatory.claim.When;
import observatory.report.Report;
import org.junit.jupiter.api.Test;

/**
 * Whether a figure is one event, a total, or a monitor's tally, in the wordings of the field that
 * the first rules missed. Every report was written for these tests in the styles of monitors'
 * periodic reports, wire copy and rescue services; the events are invented, the places real.
 */
class ScopeLanguageTest {
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY_12_MAY_2021 = LocalDate.of(2021, 5, 12);

  private static final Extractor EXTRACTOR = Extractor.standard();

  private static List<Claim> claims(String text) {
    return EXTRACTOR.extract(Report.builder(text).published(WEDNESDAY_12_MAY_2021).build()).claims();
  }

  private static Optional<Long> killed(Claim c) {
    return c.casualties().killed().map(Count::figure);
  }

  private static Claim withKilled(List<Claim> claims, long n) {
    List<Claim> found = claims.stream().filter(c -> killed(c).equals(Optional.of(n))).toList();
    assertThat(found).as("one claim with %s killed among %s", n, claims).hasSize(1);
    return found.get(0);
  }

  private static final When APRIL_2021 = new When.Between(Optional.of(LocalDate.of(2021, 4, 1)),
      Optional.of(LocalDate.of(2021, 4, 30)), DatePrecision.MONTH);

  @Test
  void aCountOverAWholeMonthAtNoTownIsATally() {
    Claim c = withKilled(claims("In a new report released on Monday, the group said that 276 civilians were killed "
        + "by government forces in April, including 58 children."), 276);
    assertThat(c.scope()).isEqualTo(Scope.TALLY);
    assertThat(c.when()).isEqualTo(APRIL_2021);
  }

  @Test
  void oneAttackDatedOnlyToAMonthStaysOneEventButIsMarkedForReview() {
    Claim c = withKilled(claims("In April, a strike on a wedding party killed 23 people, the rights group recalled."), 23);
    assertThat(c.scope()).isEqualTo(Scope.SINGLE);
    assertThat(c.confidence().needsReview()).isTrue();
  }

  @Test
  void aTownsEventDatedOnlyToAMonthIsOneEvent() {
    Claim c = withKilled(claims("In April, an air strike on the market of Maarat al-Numan killed 19 people."), 19);
    assertThat(c.scope()).isEqualTo(Scope.SINGLE);
  }

  @Test
  void aPeriodicReportsCountsKeepItsPeriodFarDownTheReport() {
    List<Claim> claims = claims("The rights network said it had documented the deaths of 640 civilians at the hands "
        + "of the parties to the conflict during the month of April.\n\n"
        + "The network said government forces killed 402 of them, including 90 children.\n\n"
        + "Russian forces were responsible for the deaths of 118 civilians, mostly in Idlib province, it said.\n\n"
        + "The report indicated that 61 civilians were killed in air strikes by the international coalition "
        + "in the province of Deir ez-Zor.");
    Claim coalition = withKilled(claims, 61);
    assertThat(coalition.scope()).isEqualTo(Scope.TALLY);
    assertThat(coalition.when()).isEqualTo(APRIL_2021);
  }

  @Test
  void oneFigureForTwoNamedVillagesIsATotalEvenWhenTheGazetteerKnowsNeither() {
    Claim c = withKilled(claims("Strikes on the Hama villages of Tell Khanzir and Birat al-Sharqiya on Monday killed 9 "
        + "civilians, including four children."), 9);
    assertThat(c.scope()).isEqualTo(Scope.TOTAL);
  }

  @Test
  void twoNeighbourhoodsOfOneCityAreOneEvent() {
    Claim c = withKilled(claims("Shells fired by rebels hit the neighbourhoods of Bab Touma and Shaalan in Damascus on "
        + "Monday, killing 4 civilians."), 4);
    assertThat(c.scope()).isEqualTo(Scope.SINGLE);
  }

  @Test
  void aTownNamedParagraphsLaterWhereTheAttackOccurredIsTheLeadsPlace() {
    List<Claim> claims = claims("Six rescue workers were shot dead on Monday by unidentified gunmen who stormed "
        + "their centre in northwestern Syria, the group said.\n\nThe gunmen also took two ambulances.\n\n"
        + "Activists posted pictures of the funeral.\n\nThe attack occurred in the town of Kafr Takharim in Idlib "
        + "province, which is controlled by rebel factions.");
    assertThat(withKilled(claims, 6).places()).extracting(p -> p.asWritten()).containsExactly("Kafr Takharim");
  }

  @Test
  void aLaterSentenceSaysWhereTheAttackOccurredOnlyForALeadWithoutATown() {
    List<Claim> claims = claims("Air strikes killed nine people in the town of Saraqib on Monday, rescuers said."
        + "\n\nThe strike hit a market in the town of Sarmin the day before, wounding several.");
    assertThat(withKilled(claims, 9).places()).extracting(p -> p.asWritten()).containsExactly("Saraqib");
  }

  @Test
  void aNeighbourhoodOfANamedCityIsOneEventInThatCitysGovernorate() {
    // Hamdaniyah is also a town in Iraq's Nineveh; here it is a quarter of Aleppo
    Claim c = withKilled(claims("On 9 May, three civilians were killed by rocket fire on the Hamdaniyah "
        + "neighbourhood in the western part of the city of Aleppo, the UN rights office said. On 10 May, air "
        + "strikes on Idlib killed 11 people."), 3);
    assertThat(c.scope()).isEqualTo(Scope.SINGLE);
    assertThat(c.region().flatMap(p -> p.admin1())).contains("Aleppo");
  }

  @Test
  void aNationwideDailyCountAndItsProvincesAreATotalAndItsParts() {
    List<Claim> claims = claims("The Local Coordination Committees said 64 people were killed across Syria on "
        + "Tuesday: 22 in Idlib, 17 in Aleppo, 15 in Daraa and 10 in Homs.");
    Claim total = withKilled(claims, 64);
    assertThat(total.isAggregate()).isTrue();
    for (long n : List.of(22L, 17L, 15L, 10L)) {
      Claim share = withKilled(claims, n);
      assertThat(share.partOf()).as("%s", n).contains(total.id());
      assertThat(share.scope()).as("%s", n).isEqualTo(Scope.TOTAL);
    }
    assertThat(withKilled(claims, 22).region().map(p -> p.kind())).contains(observatory.geo.Place.Kind.ADMIN1);
  }

  @Test
  void aTownsShareOfANationwideCountStaysOneEvent() {
    List<Claim> claims = claims("Activists said 30 people were killed across Syria on Tuesday: 12 in the town of "
        + "Saraqib and 18 in the city of Douma.");
    assertThat(withKilled(claims, 12).scope()).isEqualTo(Scope.SINGLE);
    assertThat(withKilled(claims, 12).partOf()).contains(withKilled(claims, 30).id());
  }

  @Test
  void strikesOnTwoCountriesAreTwoIncidentsEachInItsCountry() {
    List<Claim> claims = claims("Turkish jets struck Kurdish militant positions early on Wednesday. The Turkish "
        + "military said the air strikes hit Derik in northern Syria, and Makhmour and Sinjar in northern Iraq.");
    assertThat(claims).hasSize(2);
    // Derik is also a district of Turkey's Mardin: "in northern Syria" says which
    assertThat(claims.get(0).region().map(p -> p.countryCode())).contains("SY");
    assertThat(claims.get(1).region().map(p -> p.countryCode())).contains("IQ");
  }

  @Test
  void aMonthlyTallysBreakdownByPerpetratorIsItsParts() {
    List<Claim> claims = claims("The network documented the killing of 180 civilians in Syria in April 2021, "
        + "according to its monthly report.\n\nGovernment forces killed 97 civilians, while Russian forces killed "
        + "41 civilians. ISIS killed six civilians, and other parties were responsible for the deaths of 36 civilians.");
    Claim total = withKilled(claims, 180);
    for (long n : List.of(97L, 41L, 6L, 36L)) {
      assertThat(withKilled(claims, n).partOf()).as("%s", n).contains(total.id());
    }
  }

  @Test
  void countsDuringAnOperationAreTalliesAndSoAreTheMonitorsNextOnes() {
    List<Claim> claims = claims("Two weeks into the offensive on Ras al-Ain, the monitor reported on Tuesday.\n\n"
        + "During the operation, the Observatory has documented the deaths of 121 SDF fighters.\n\n"
        + "The monitor also documented at least 46 civilian deaths.");
    assertThat(withKilled(claims, 121).scope()).isEqualTo(Scope.TALLY);
    Claim civilians = withKilled(claims, 46);
    assertThat(civilians.scope()).isEqualTo(Scope.TALLY);
    assertThat(civilians.partOf()).isEmpty();
  }

  @Test
  void aWarWideCountsUnidentifiedDeadFarDownTheReportAreNotOneEvent() {
    List<Claim> claims = claims("More than 12,000 people have been killed since the outbreak of the conflict in "
        + "March 2011, the monitor said on Wednesday.\n\nCivilians made up most of the dead, it said.\n\n"
        + "The rest were soldiers and rebels.\n\n\"We have also documented the deaths of 310 other people whose "
        + "identities we could not verify,\" its director said.");
    assertThat(withKilled(claims, 310).scope()).isNotEqualTo(Scope.SINGLE);
  }

  @Test
  void aBulletedBreakdownOfATallyByProvinceIsTheProvincesShares() {
    List<Claim> claims = claims("Since the beginning of 2021, the Observatory has documented 412 airstrikes by "
        + "Russian jets, which left 96 people dead, distributed as follows:\n\n* Idlib: 200 airstrikes left 40 "
        + "civilians dead.\n\n* Hama: 120 airstrikes left 30 combatants dead.\n\n* Aleppo: 92 airstrikes left 26 "
        + "people dead.");
    Claim tally = withKilled(claims, 96);
    for (long n : List.of(40L, 30L, 26L)) {
      Claim share = withKilled(claims, n);
      assertThat(share.scope()).as("%s", n).isEqualTo(Scope.TALLY);
      assertThat(share.when()).as("%s", n).isEqualTo(tally.when());
      assertThat(share.partOf()).as("%s", n).contains(tally.id());
      assertThat(share.region().map(p -> p.kind())).as("%s", n).contains(observatory.geo.Place.Kind.ADMIN1);
    }
  }

  @Test
  void severalLocationsInOneVillageAreOneEvent() {
    Claim c = withKilled(claims("Warplanes struck several locations in the village of Kansafra on Monday, killing "
        + "at least 4 civilians, the civil defence said."), 4);
    assertThat(c.scope()).isEqualTo(Scope.SINGLE);
  }

  @Test
  void strikesOnOneMarketAreOneEventThoughNoTownIsNamedInTheirSentence() {
    Claim c = withKilled(claims("Airstrikes that targeted a marketplace in southern Idlib on Monday killed 11 "
        + "people, rescuers said."), 11);
    assertThat(c.scope()).isEqualTo(Scope.SINGLE);
  }

  @Test
  void aBombardmentIsNotAPlantedBomb() {
    Claim c = withKilled(claims("The bombardment of the town of Ariha on Monday killed 5 civilians."), 5);
    assertThat(c.weapons()).doesNotContain("bombing");
  }

  @Test
  void aLargeTollAtNoTownReadAsOneEventIsMarkedForReview() {
    Claim c = withKilled(claims("Government forces killed 84 people in Daraa province, activists said on Tuesday."), 84);
    assertThat(c.scope()).isEqualTo(Scope.SINGLE);
    assertThat(c.confidence().needsReview()).isTrue();
    assertThat(c.confidence().reasons()).anyMatch(r -> r.contains("84 at no town"));
  }

  @Test
  void aLargeTollOfOneNamedAttackIsNotMarked() {
    Claim c = withKilled(claims("A car bomb killed 61 people in Azaz on Tuesday, activists said."), 61);
    assertThat(c.confidence().needsReview()).isFalse();
  }
}
