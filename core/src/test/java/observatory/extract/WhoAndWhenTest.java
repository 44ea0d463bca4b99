package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import observatory.claim.Attribution;
import observatory.claim.Claim;
import observatory.claim.Count;
import observatory.claim.Evidence;
import observatory.claim.When;
import observatory.report.Report;
import org.junit.jupiter.api.Test;

/**
 * Who did it and when, as the field writes it: state media's "terrorists", Kurdish outlets'
 * "occupation" and "mercenaries", the army of the country a report is about, the side whose
 * fighters died, hedges; dates said relative to the event just dated. Every report was written
 * for these tests in the styles of wire copy, monitors, state media and rescue services; the
 * events are invented, the places real.
 */
class WhoAndWhenTest {
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY_12_MAY_2021 = LocalDate.of(2021, 5, 12);

  private static final Extractor EXTRACTOR = Extractor.standard();

  private static List<Claim> claims(String text) {
    return EXTRACTOR.extract(Report.builder(text).published(WEDNESDAY_12_MAY_2021).build()).claims();
  }

  private static List<Claim> undated(String text) {
    return EXTRACTOR.extract(Report.builder(text).build()).claims();
  }

  private static Optional<Long> killed(Claim c) {
    return c.casualties().killed().map(Count::figure);
  }

  private static String actor(Claim c) {
    return c.perpetrator().map(p -> p.actor()).orElse("unknown");
  }

  private static Attribution attribution(Claim c) {
    return c.perpetrator().map(p -> p.attribution()).orElseThrow();
  }

  private static List<String> perpetratorEvidence(Claim c) {
    return c.evidence().stream().filter(e -> e.field() == Evidence.Field.PERPETRATOR).map(Evidence::text).toList();
  }

  private static Claim withKilled(List<Claim> claims, long n) {
    List<Claim> found = claims.stream().filter(c -> killed(c).equals(Optional.of(n))).toList();
    assertThat(found).as("one claim with %s killed among %s", n, claims).hasSize(1);
    return found.get(0);
  }

  // ---- who: the names a report gives the attacker ---------------------------------------

  @Test
  void stateMediasTerroristsInSyriaAreTheOpposition() {
    Claim c = withKilled(claims("Damascus, (SANA) - Two citizens were martyred and five others injured when "
        + "terrorist organizations fired rocket shells on residential neighborhoods in Mhardeh city on Tuesday."), 2);
    assertThat(actor(c)).isEqualTo("opposition");
    assertThat(perpetratorEvidence(c)).as("the words that made it the opposition").contains("terrorist organizations", "SANA");
  }

  @Test
  void anIraqiReportsTerroristsAreTheIslamicState() {
    Claim c = withKilled(claims("Iraqi security forces said terrorists blew up a car bomb at a market in Tarmiyah "
        + "on Monday, killing five people and wounding 12."), 5);
    assertThat(actor(c)).isEqualTo("ISIS");
  }

  @Test
  void aTurkishOfficialsTerroristsAreThePkkYpgTheReportNames() {
    Claim c = withKilled(claims("Terrorists fired rockets from northern Syria at the town of Karkamis on Monday, "
        + "killing two civilians, the Turkish Defence Ministry said. It said the fire came from areas held by the "
        + "PKK/YPG."), 2);
    assertThat(actor(c)).isEqualTo("YPG");
  }

  @Test
  void aNamedGroupCalledTerroristsIsThatGroup() {
    Claim c = withKilled(claims("ISIS terrorists attacked an army checkpoint near Palmyra on Monday, killing four "
        + "soldiers, SANA reported."), 4);
    assertThat(actor(c)).isEqualTo("ISIS");
  }

  @Test
  void kurdishMediasOccupationAndMercenariesAreTurkeyAndTheOpposition() {
    Claim c = withKilled(undated("Yesterday the Turkish occupation army and its mercenaries shelled the village of "
        + "Tal Rifaat, killing two civilians."), 2);
    assertThat(actor(c)).isEqualTo("opposition and Turkey");
  }

  @Test
  void theCapitalNamedAsAPlaceIsNotTheGovernment() {
    Claim c = withKilled(claims("Mortar shells fired by insurgents hit several neighbourhoods in Damascus on "
        + "Tuesday and killed three people, a source at the Damascus police command said."), 3);
    assertThat(actor(c)).isEqualTo("opposition");
    Claim dateline = withKilled(claims("DAMASCUS (AFP) - Rockets slammed into two neighbourhoods of Aleppo on Sunday, "
        + "killing six civilians, state news agency SANA reported."), 6);
    assertThat(actor(dateline)).isEqualTo("unknown");
  }

  @Test
  void aCapitalThatAccusesIsTheGovernmentSpeakingNotTheAttacker() {
    Claim c = withKilled(claims("Damascus accused Ankara of shelling the village of Tal Tamr on Monday, killing three "
        + "civilians."), 3);
    assertThat(actor(c)).isEqualTo("Turkey");
    assertThat(attribution(c)).isEqualTo(Attribution.SUSPECTED);
  }

  @Test
  void theArmyInAReportAboutSyriaIsTheSyrianGovernment() {
    List<Claim> claims = claims("The army has escalated its shelling of southern Idlib since Saturday.\n\n"
        + "Shelling on the villages of Sarja and Kansafra that day killed 8 civilians.");
    assertThat(actor(withKilled(claims, 8))).isEqualTo("Syrian government");
  }

  @Test
  void theCoalitionOverYemenIsTheSaudiLedOne() {
    Claim c = withKilled(claims("A coalition air strike hit a wedding in Hajjah province in Yemen on Monday, killing "
        + "20 people, Houthi officials said."), 20);
    assertThat(actor(c)).isEqualTo("Saudi-led coalition");
  }

  @Test
  void theGroupIsTheArmedGroupNamedBefore() {
    Claim c = withKilled(claims("The Islamic State group still holds pockets of the desert east of Palmyra. On "
        + "Monday the group executed five shepherds near al-Sukhnah, the Observatory said."), 5);
    assertThat(actor(c)).isEqualTo("ISIS");
  }

  @Test
  void theGroupIsTheOneLastNamedAttackingNotTheOneItsVictimsWereAccusedOfHelping() {
    Claim c = withKilled(claims("Islamic State militants executed eight men accused of collaborating with Kurdish "
        + "forces in the town of al-Shadadi on Tuesday, the Observatory said.\n\nDays earlier, the group beheaded "
        + "two women in the town of Markada."), 2);
    assertThat(actor(c)).isEqualTo("ISIS");
  }

  @Test
  void aLongReportSayingTheGroupInEverySentenceIsReadInLinearTime() {
    StringBuilder text = new StringBuilder("Islamic State militants stormed the village of Markada on Monday.");
    for (int i = 0; i < 60; i++) {
      text.append(" Then the group shelled a farm near Markada, and the group executed ").append(i + 2).append(" men.");
    }
    List<Claim> claims = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> claims(text.toString()));
    assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(actor(c)).isEqualTo("ISIS"));
  }

  @Test
  void theSideWhoseFightersDiedIsNotTheAttacker() {
    List<Claim> claims = claims("A Turkish drone strike hit a checkpoint near Amuda on Monday. The SDF said four "
        + "of its fighters died in the attack.");
    assertThat(actor(withKilled(claims, 4))).isEqualTo("Turkey");
    Claim c = withKilled(claims("Turkish drones struck oil and power stations across northeastern Syria on Monday. "
        + "The strikes killed six people in Amuda, including five civilians and one fighter from the SDF."), 6);
    assertThat(actor(c)).isEqualTo("Turkey");
  }

  @Test
  void fightersKilledInFightingWithAForceWereKilledByIt() {
    Claim c = withKilled(claims("Three Turkish-backed rebels were killed in fighting with the SDF near Tal Tamr on "
        + "Monday, the monitor said."), 3);
    assertThat(actor(c)).isEqualTo("SDF");
  }

  @Test
  void attackersJoinedByAndAreJointWhicheverComesFirst() {
    Claim c = withKilled(claims("Russian and regime warplanes also carried out raids on the town of Bidama on Monday, "
        + "killing four civilians."), 4);
    assertThat(actor(c)).isEqualTo("Russia and Syrian government");
  }

  @Test
  void aClauseBreakPartsTheAttackerOfOneFigureFromTheNext() {
    List<Claim> claims = claims("Eighteen civilians were killed on Wednesday in Idlib city when regime warplanes "
        + "struck a market, while four more died in Russian raids on Binnish.");
    assertThat(actor(withKilled(claims, 18))).isEqualTo("Syrian government");
    assertThat(actor(withKilled(claims, 4))).isEqualTo("Russia");
  }

  @Test
  void aBombBlamedOnAGroupIsSuspectedToBeTheGroups() {
    Claim c = withKilled(claims("Rescuers recovered 17 bodies in Jasim on Saturday after a car bomb blamed on Islamic "
        + "State militants tore through the market."), 17);
    assertThat(actor(c)).isEqualTo("ISIS");
    assertThat(attribution(c)).isEqualTo(Attribution.SUSPECTED);
  }

  @Test
  void fireFromAreasHeldByAForceIsSuspectedToBeItsOwn() {
    Claim c = withKilled(claims("Shells fired from areas held by government forces landed in a school in the town of "
        + "Atarib on Sunday, killing two pupils, according to local rescuers."), 2);
    assertThat(actor(c)).isEqualTo("Syrian government");
    assertThat(attribution(c)).isEqualTo(Attribution.SUSPECTED);
  }

  @Test
  void strikesListedAfterALeadThatNamesTheirAttackersAreTheirs() {
    List<Claim> claims = claims("Warplanes of the Russian and regime air forces continued their bombardment of the "
        + "Idlib countryside on Monday, the Observatory said.\n\nAir strikes on Kafranbel killed four civilians, "
        + "including two children.\n\nA landmine killed a shepherd near Sinjar.");
    Claim kafranbel = withKilled(claims, 4);
    assertThat(actor(kafranbel)).isEqualTo("Russia and Syrian government");
    assertThat(attribution(kafranbel)).as("the lead says it of the bombardment, not of this strike")
        .isEqualTo(Attribution.SUSPECTED);
    assertThat(actor(withKilled(claims, 1))).as("a landmine is not the lead's air strikes").isEqualTo("unknown");
  }

  @Test
  void aMonitorsTheFactionsAreTheOpposition() {
    Claim c = withKilled(claims("The Observatory documented the death of five civilians in a shell fired by the "
        + "factions on Suqaylabiyah on Sunday."), 5);
    assertThat(actor(c)).isEqualTo("opposition");
  }

  @Test
  void groupsPositionedSomewhereThatFireAreTheAttackers() {
    Claim c = withKilled(claims("Two citizens were martyred when terrorist groups positioned in the Idleb "
        + "countryside fired rocket shells on Mhardeh city on Monday, a source at the police command told SANA."), 2);
    assertThat(actor(c)).isEqualTo("opposition");
  }

  @Test
  void fightingBetweenTwoSidesIsBothSidesDoing() {
    Claim c = withKilled(claims("Fierce fighting between regime forces and Hayat Tahrir al-Sham near Kabani on "
        + "Monday left 17 dead, the Observatory said."), 17);
    assertThat(actor(c)).isEqualTo("HTS and Syrian government");
  }

  @Test
  void theNextParagraphsDoubtAboutWhoCarriedOutTheStrikesNamesThemAsSuspects() {
    Claim c = withKilled(claims("Jets bombed a crowded street of Mayadin on Monday, leaving twelve civilians dead, "
        + "residents reached by phone said.\n\nActivists could not say whether regime or Russian jets were behind the "
        + "raids, which came at midday."), 12);
    assertThat(actor(c)).isEqualTo("Russia or Syrian government");
    assertThat(attribution(c)).isEqualTo(Attribution.SUSPECTED);
  }

  @Test
  void theSideAPlaceIsTakenFromIsNotTheAttacker() {
    Claim c = withKilled(claims("The regime's offensive, backed by Russian jets, to recapture the town of Maadan "
        + "from ISIS killed 23 civilians last week, the Network said."), 23);
    assertThat(actor(c)).isEqualTo("Russia and Syrian government");
  }

  @Test
  void aSeparateStrikeDoesNotTakeTheLeadsAttackers() {
    List<Claim> claims = claims("Russian jets bombed the market of Maarat al-Numan on Monday, the Observatory said."
        + "\n\nElsewhere, an air strike on a house in Hass killed three children.");
    assertThat(actor(withKilled(claims, 3))).isEqualTo("unknown");
  }

  @Test
  void aTotalWhosePartsNameSeveralAttackersIsByMultiple() {
    List<Claim> claims = claims("The Observatory documented the death of 21 civilians across Syria on Monday. They "
        + "are distributed as follows: nine civilians in regime air strikes on Kafranbel; seven civilians in Russian "
        + "air strikes on Ariha; and five civilians in a shell fired by the factions on Mhardeh.");
    Claim total = withKilled(claims, 21);
    assertThat(actor(total)).isEqualTo("multiple");
    assertThat(perpetratorEvidence(total)).contains("regime", "Russian", "the factions");
    assertThat(actor(withKilled(claims, 7))).isEqualTo("Russia");
  }

  // ---- when: days said relative to the event just dated ---------------------------------

  @Test
  void aDayEarlierIsTheDayBeforeTheEventJustDated() {
    List<Claim> claims = claims("On Monday, shelling killed four people in Ariha. A day earlier, an air strike "
        + "on Sarmin killed six civilians.");
    assertThat(withKilled(claims, 6).when()).isEqualTo(new When.Day(LocalDate.of(2021, 5, 9)));
  }

  @Test
  void thatDayIsTheDayJustNamed() {
    List<Claim> claims = claims("The bombing intensified on Saturday, when the president vowed to retake the "
        + "province. Strikes on the village of Maarat Harma that day killed seven civilians.");
    assertThat(withKilled(claims, 7).when()).isEqualTo(new When.Day(LocalDate.of(2021, 5, 8)));
  }

  @Test
  void onTheSameDayIsTheDayOfTheStrikeJustReported() {
    List<Claim> claims = claims("Rescuers said a strike on a market in Ariha killed nine people on Sunday. In a "
        + "separate statement they said a strike on a house in Hass on the same day killed three people.");
    Claim c = withKilled(claims, 3);
    assertThat(c.when()).isEqualTo(new When.Day(LocalDate.of(2021, 5, 9)));
    assertThat(c.evidence()).anySatisfy(e -> {
      assertThat(e.field()).isEqualTo(Evidence.Field.DATE);
      assertThat(e.text()).isEqualTo("on the same day");
    });
  }

  @Test
  void relativeDaysCountOnFromOneAnother() {
    List<Claim> claims = claims("Warplanes struck Ariha on Sunday, killing nine people. The following day, "
        + "shelling on Hass killed three people. Two days later a drone killed five men in Binnish.");
    assertThat(withKilled(claims, 3).when()).isEqualTo(new When.Day(LocalDate.of(2021, 5, 10)));
    assertThat(withKilled(claims, 5).when()).isEqualTo(new When.Day(LocalDate.of(2021, 5, 12)));
  }

  @Test
  void daysEarlierSaysNoDayAndTakesNoneFromTheSentenceBefore() {
    List<Claim> claims = claims("The Islamic State group seized the town in 2015. Days earlier, the group "
        + "beheaded two women in the city of al-Mayadeen.");
    Claim c = withKilled(claims, 2);
    assertThat(c.when()).isEqualTo(When.UNKNOWN);
    assertThat(c.evidence()).anySatisfy(e -> assertThat(e.text()).isEqualTo("Days earlier"));
  }

  @Test
  void aWeekdayWithNoPublicationDateStaysUnresolvedWithItsWords() {
    Claim c = withKilled(undated("Shelling killed four civilians in Ariha on Monday, rescuers said."), 4);
    assertThat(c.when()).isEqualTo(When.UNKNOWN);
    assertThat(c.evidence()).anySatisfy(e -> assertThat(e.text()).isEqualTo("on Monday"));
  }

  @Test
  void aStrikeWithNoDateWordsContinuingTheLeadTakesItsDay() {
    List<Claim> claims = claims("Mortar shells fired by terrorists hit several neighbourhoods of Homs on Sunday, "
        + "causing the martyrdom of eight citizens, SANA reported.\n\nA source at the police command said a mortar "
        + "shell that landed in the Akrama neighbourhood killed three citizens and injured 11 others.");
    Claim c = withKilled(claims, 3);
    assertThat(c.when()).isEqualTo(new When.Day(LocalDate.of(2021, 5, 9)));
    assertThat(c.evidence()).anySatisfy(e -> {
      assertThat(e.field()).isEqualTo(Evidence.Field.DATE);
      assertThat(e.text()).isEqualTo("on Sunday");
    });
  }

  @Test
  void anEarlierIncidentRecalledKeepsItsOwnDate() {
    List<Claim> claims = claims("An air strike killed six civilians in Sarmin on Monday, the Observatory said.\n\n"
        + "Last month, a strike on a market in Ariha killed 14 people.");
    Claim c = withKilled(claims, 14);
    assertThat(c.when()).isInstanceOf(When.Between.class);
  }
}
