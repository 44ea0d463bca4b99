package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import observatory.claim.Claim;
import observatory.claim.Count;
import observatory.claim.Perpetrator;
import observatory.claim.PlaceMention;
import observatory.claim.Scope;
import observatory.report.Report;
import org.junit.jupiter.api.Test;

/** Bugs found while measuring, each with a report written for the test. */
class ExtractorRegressionTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static List<Claim> claims(String text) {
    return EXTRACTOR.extract(Report.builder(text).published(LocalDate.of(2019, 5, 8)).build()).claims();
  }

  private static Optional<Long> killed(Claim c) {
    return c.casualties().killed().map(Count::figure);
  }

  @Test
  void protestersShotDeadAreCounted() {
    // "protesters" was a word of people who were not hurt, so the two dead were lost.
    List<Claim> claims = claims("Police opened fire on protesters in Sweida on Monday, killing two demonstrators, "
        + "a local news network said.");
    assertThat(claims).extracting(ExtractorRegressionTest::killed).containsExactly(Optional.of(2L));
  }

  @Test
  void oneOfTheWorstMassacresCountsNoOne() {
    // "one of the militants' worst massacres" was read as one militant killed.
    List<Claim> claims = claims("Islamic State gunmen killed 40 civilians in the village of Qabasin, in what "
        + "a monitor called one of the militants' worst massacres in the province.");
    assertThat(claims).extracting(ExtractorRegressionTest::killed).containsExactly(Optional.of(40L));
  }

  @Test
  void anotherFigureInTheSameSentenceIsItsOwnEvent() {
    // "and another 23 people ... in the town of X" was dropped: no casualty word after it.
    List<Claim> claims = claims("Regime air raids on Sunday killed 11 people in the town of Sarmin, and another "
        + "nine people, among them four children, in the town of Binnish, the monitor said.");
    assertThat(claims).extracting(ExtractorRegressionTest::killed)
        .containsExactlyInAnyOrder(Optional.of(11L), Optional.of(9L));
    Claim binnish = claims.stream().filter(c -> killed(c).equals(Optional.of(9L))).findFirst().orElseThrow();
    assertThat(binnish.places()).extracting(PlaceMention::asWritten).containsExactly("Binnish");
  }

  @Test
  void roundedWarTollAndItsExactFigureAreOneBackgroundClaim() {
    // "more than 312,000" and later "312,467" were two background claims; the rounded one was
    // then counted as an incident.
    List<Claim> claims = claims("More than 312,000 civilians have been killed in Syria since 2011, a rights "
        + "group said. In its annual report the group documented the deaths of 312,467 civilians in Syria "
        + "since the start of the conflict.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).scope()).isEqualTo(Scope.BACKGROUND);
    assertThat(killed(claims.get(0))).contains(312_467L);
  }

  @Test
  void theGroupHoldingATownIsNotTheOneThatStruckIt() {
    // "a town held by the Islamic State" made IS the perpetrator of strikes on it.
    List<Claim> claims = claims("Air strikes killed 15 civilians on Tuesday in a town held by the Islamic State "
        + "group in Deir ez-Zor province, the Observatory said.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).perpetrator().map(Perpetrator::actor)).isEmpty();
  }

  @Test
  void aCapitalisedWordThatNamesAHamletIsNotThePlace() {
    // "Air strikes killed ..." resolved "Air" to a hamlet far from the town the report names.
    List<Claim> claims = claims("Air strikes killed ten people in Douma on Monday, a rescue worker said.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).places()).extracting(PlaceMention::asWritten).containsExactly("Douma");
  }

  @Test
  void elidedFiguresByPlaceAreEventsOfTheirOwn() {
    List<Claim> claims = claims("The monitor said 14 people were killed in Kafranbel, 11 in Maarat al-Numan and "
        + "six in the village of Hass.");
    assertThat(claims).extracting(ExtractorRegressionTest::killed)
        .containsExactlyInAnyOrder(Optional.of(14L), Optional.of(11L), Optional.of(6L));
    assertThat(claims).allMatch(c -> c.scope() == Scope.SINGLE);
  }

  @Test
  void aFigureSaidNotToBeInTheTollIsNotItsPart() {
    List<Claim> claims = claims("Air strikes killed at least 20 civilians in towns across the southern Idlib "
        + "countryside on Sunday, the Observatory said. It said 12 were killed in Kafranbel and eight in Hass.\n\n"
        + "A barrel bomb killed four people in Khan Sheikhoun, rescuers said. The monitor said the figure was not "
        + "included in its toll.");
    Claim khan = claims.stream().filter(c -> killed(c).equals(Optional.of(4L))).findFirst().orElseThrow();
    assertThat(khan.partOf()).isEmpty();
  }

  private static Optional<String> perpetrator(String text) {
    List<Claim> claims = claims(text);
    assertThat(claims).hasSize(1);
    return claims.get(0).perpetrator().map(p -> p.actor() + "/" + p.attribution().label());
  }

  @Test
  void killedAtTheHandsOfAGroupNamesTheGroup() {
    assertThat(perpetrator("The network said nine civilians were killed at the hands of Hayat Tahrir al-Sham "
        + "in the town of Sarmada in September.")).contains("HTS/stated");
  }

  @Test
  void anAntiIsisCoalitionIsNotIsis() {
    assertThat(perpetrator("Air strikes by the international anti-ISIS coalition killed 12 civilians in the town "
        + "of Hajin on Friday, the monitor said.")).hasValueSatisfying(p -> assertThat(p).doesNotContain("ISIS"));
  }

  @Test
  void twoAttackersJoinedByAndAreBothNamed() {
    assertThat(perpetrator("Russian and regime warplanes killed seven civilians in the town of Kafr Zita on "
        + "Sunday, the Observatory said.")).contains("Russia and Syrian government/stated");
  }

  @Test
  void denyingHarmToCiviliansDoesNotDisputeWhoFired() {
    // Regression: any denial made the attribution "disputed".
    assertThat(perpetrator("Turkish shelling killed five civilians in the town of Tal Rifaat on Monday, the "
        + "monitor said. Turkey has denied harming civilians in its offensive.")).contains("Turkey/stated");
  }

  @Test
  void denyingTheAttackDisputesIt() {
    assertThat(perpetrator("Turkish shelling killed five civilians in the town of Tal Rifaat on Monday, the "
        + "monitor said. Turkey denied responsibility for the attack.")).contains("Turkey/disputed");
  }

  @Test
  void eachFigureTakesTheAttackerOfItsOwnClause() {
    // Regression: every party named in the sentence went into every figure's perpetrator.
    List<Claim> claims = claims("In April the network documented 40 civilian deaths in Idlib province: regime "
        + "forces killed 31 civilians, while Russian forces killed nine.");
    Claim regime = claims.stream().filter(c -> killed(c).equals(Optional.of(31L))).findFirst().orElseThrow();
    assertThat(regime.perpetrator().map(Perpetrator::actor)).contains("Syrian government");
  }

  @Test
  void aGroupBlamedInTheNextSentenceIsTheSuspect() {
    assertThat(perpetrator("A car bomb killed six people in the town of Azaz on Saturday, the civil defence said. "
        + "Local officials blamed the Islamic State group.")).contains("ISIS/suspected");
  }

  @Test
  void aWomanAndHerThreeChildrenAreFour() {
    List<Claim> claims = claims("Regime shelling killed a woman and her three children in the town of Kansafra "
        + "on Tuesday, rescuers said.");
    assertThat(claims).extracting(ExtractorRegressionTest::killed).containsExactly(Optional.of(4L));
  }

  @Test
  void twoSidesLeftDeadAreSummed() {
    // Regression: "22 soldiers and 17 militants dead" kept only the 17.
    List<Claim> claims = claims("Clashes near the town of Tal Tamr on Monday left 22 government soldiers and "
        + "17 militants dead, the monitor said.");
    assertThat(claims).extracting(ExtractorRegressionTest::killed).containsExactly(Optional.of(39L));
  }

  @Test
  void aStatedTollWinsOverAVagueOneForTheSameTown() {
    List<Claim> claims = claims("Rescuers pulled dozens of bodies from the rubble in the town of Douma on Sunday. "
        + "A local council later put the number of dead in Douma at more than 120.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).casualties().killed()).contains(Count.of(120, observatory.claim.Qualifier.MORE_THAN));
  }

  @Test
  void aNamedRegionKeepsItsDirectionWord() {
    List<Claim> claims = claims("Government bombardment of the rebel-held eastern Ghouta killed 31 people on "
        + "Tuesday, a monitor said.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).places()).extracting(PlaceMention::asWritten).containsExactly("eastern Ghouta");
  }

  @Test
  void aListAfterAColonGivesOneClaimPerItemWithItsOwnAttackerAndWeapon() {
    List<Claim> claims = claims("The monitor documented the death of 17 civilians across Syria on Sunday. They "
        + "are distributed as follows: eight civilians in regime air strikes on Kafr Nabudah; five civilians in "
        + "Russian air strikes on Khan Shaykhun; and four civilians in a landmine explosion near Mayadin.");
    Claim khan = claims.stream().filter(c -> killed(c).equals(Optional.of(5L))).findFirst().orElseThrow();
    assertThat(khan.perpetrator().map(Perpetrator::actor)).contains("Russia");
    assertThat(khan.weapons()).containsExactly("air strike");
    Claim mine = claims.stream().filter(c -> killed(c).equals(Optional.of(4L))).findFirst().orElseThrow();
    assertThat(mine.perpetrator()).isEmpty();
    Claim total = claims.stream().filter(c -> killed(c).equals(Optional.of(17L))).findFirst().orElseThrow();
    assertThat(claims).filteredOn(c -> c != total).allMatch(c -> c.partOf().equals(Optional.of(total.id())));
  }

  @Test
  void aTollThatReachedAFigureIsTheDead() {
    // Found by the corpus generator: "the death toll ... reached about 40" gave no figure.
    List<Claim> claims = claims("The death toll from air strikes by Russian jets on Saraqib on Friday reached "
        + "about 40, the Observatory said.");
    assertThat(claims).extracting(c -> c.casualties().killed()).containsExactly(Optional.of(Count.of(40,
        observatory.claim.Qualifier.ABOUT)));
  }

  @Test
  void aTownNamedBeforeItsProvinceResolvesInTheProvincesCountry() {
    // Found by the corpus generator: "Ariha in Idlib province" resolved to Jericho (Ariha in Arabic).
    List<Claim> claims = claims("Government air strikes killed nine civilians in the town of Ariha in Idlib "
        + "province on Monday, the monitor said.");
    assertThat(claims).singleElement().satisfies(c -> assertThat(c.places().get(0).admin1()).contains("Idlib"));
  }

  @Test
  void theCountrysideAroundDamascusIsRifDimashqSoItsTownsArePartsOfTheTotal() {
    // Found by score-links: "the countryside around Damascus" resolved to the city, in another
    // governorate than its towns, so the parts were not linked to their total and went undated.
    List<Claim> claims = claims("A monitor said 40 people were killed in the countryside around Damascus on "
        + "Friday in barrel bombs on several towns. The attack on Zabadani killed 15 civilians. Twenty-five "
        + "people died in Douma.");
    Claim total = claims.stream().filter(c -> killed(c).equals(Optional.of(40L))).findFirst().orElseThrow();
    assertThat(total.region().flatMap(observatory.geo.Place::admin1)).contains("Rif Dimashq");
    assertThat(claims).filteredOn(c -> c != total)
        .allSatisfy(c -> {
          assertThat(c.partOf()).contains(total.id());
          assertThat(c.when()).isEqualTo(total.when());
        });
  }
  private static java.util.Set<String> admin1s(Claim c) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    c.places().forEach(p -> p.admin1().ifPresent(out::add));
    if (out.isEmpty()) {
      c.region().flatMap(observatory.geo.Place::admin1).ifPresent(out::add);
    }
    return out;
  }

  @Test
  void provincesListedBeforeAPluralAreAllProvinces() {
    // "mostly in Raqqa and Deir Ezzor provinces" kept Raqqa only, and read "Deir Ezzor provinces"
    // as a name the gazetteer lacks.
    List<Claim> claims = claims("Landmines killed 31 civilians last month, chiefly in Raqqa and Deir Ezzor "
        + "provinces, the group said.");
    assertThat(claims).hasSize(1);
    assertThat(admin1s(claims.get(0))).containsExactly("Raqqa", "Deir ez-Zor");
    assertThat(claims.get(0).places()).extracting(PlaceMention::asWritten).containsExactly("Raqqa", "Deir Ezzor");
  }

  @Test
  void whereMostVictimsDiedLocatesAFigureWithoutPlace() {
    // The places came in the next sentence, which names no figure of its own; the claim had none.
    List<Claim> claims = claims("The network recorded 64 civilian deaths from air raids last month. "
        + "The majority of the dead fell in the provinces of Idlib and Hama, it said.");
    assertThat(claims).hasSize(1);
    assertThat(admin1s(claims.get(0))).containsExactly("Idlib", "Hama");
  }

  @Test
  void airStrikesAndShellingOnCountedVillagesAreTwoEvents() {
    // One sentence of two kinds of fire on governorates, with no town named, gave no claim.
    List<Claim> claims = claims("Air raids hit 14 villages and artillery shelled 6 towns in Idlib and Aleppo "
        + "on Monday, the UN said.");
    assertThat(claims).hasSize(2);
    assertThat(claims).extracting(Claim::weapons)
        .containsExactlyInAnyOrder(List.of("air strike"), List.of("shelling"));
    assertThat(claims).allSatisfy(c -> assertThat(admin1s(c)).containsExactly("Idlib", "Aleppo"));
  }

  @Test
  void aNamedAreaIsAPlaceAStrikeHits() {
    // Once Wadi Barada was known as an area of Rif Dimashq, the strike on it merged into a figure
    // elsewhere, as if it had no place of its own.
    List<Claim> claims = claims("Nine civilians died on Sunday when barrel bombs fell on opposition districts "
        + "close to Hama. On Monday warplanes hit the town of Wadi Barada and wounded dozens, local activists "
        + "reported.");
    Claim wadi = claims.stream().filter(c -> c.places().stream().anyMatch(p -> p.asWritten().equals("Wadi Barada")))
        .findFirst().orElseThrow();
    assertThat(admin1s(wadi)).containsExactly("Rif Dimashq");
    assertThat(killed(wadi)).isEmpty();
  }

  @Test
  void aTownStaysFoundWhenTheReportNamesOnlyTheNeighbouringCountry() {
    // "the Turkish border" made Turkey the report's only country, so the Syrian town of Azaz,
    // spelt otherwise than GeoNames' I'zaz, was not found; "Syrian Observatory" says Syria too.
    List<Claim> claims = claims("A car bomb exploded in the market of the rebel-held town of Azaz, close to the "
        + "Turkish border, killing 12 people, the Syrian Observatory for Human Rights said.");
    assertThat(claims).hasSize(1);
    assertThat(admin1s(claims.get(0))).containsExactly("Aleppo");
  }

  @Test
  void aDistrictSeatResolvesOutsideTheGovernoratesTheReportNames() {
    // Naming Ankara put a Turkish province in the context, and Qamishli (a district seat with no
    // population in GeoNames) was then refused as outside it.
    List<Claim> claims = claims("Turkish warplanes pounded border towns as Ankara pressed its offensive in "
        + "northeast Syria. In Qamishli, shelling killed five civilians, the Kurdish Red Crescent said.");
    assertThat(claims).hasSize(1);
    assertThat(admin1s(claims.get(0))).containsExactly("Al-Hasakah");
  }
  @Test
  void aNeighbourInAdjectiveDoesNotMakeTheReportAboutIt() {
    // "the Turkish border" once made Turkey the report's country, for a monitor watching Syria:
    // Mayadin was then not found and the Syrian Tafas became ambiguous with the Turkish Talas.
    Extractor watchingSyria = Extractor.with(observatory.geo.Gazetteer.bundled(), List.of("SY"));
    for (String town : List.of("Mayadin", "Tafas")) {
      List<Claim> claims = watchingSyria.extract(Report.builder("Artillery shelling killed 7 people in " + town
          + " on Monday. Residents said many families had fled towards the Turkish border.")
          .published(LocalDate.of(2019, 10, 29)).build()).claims();
      assertThat(claims).hasSize(1);
      assertThat(claims.get(0).places()).singleElement()
          .satisfies(p -> assertThat(p.place()).as(town).isPresent());
    }
  }

  @Test
  void aCountryBeforeAPossessiveIsTheReportsCountryAndTheGovernorateAfterItIsAPlace() {
    // "Yemen's Hajjah" was read as one name: neither Yemen nor Hajjah reached the context, the
    // report was taken to be about the watched country, and al-Raqah became the Syrian Raqqa.
    List<Claim> claims = claims("An air strike hit a wedding party in the village of al-Raqah in Yemen's Hajjah "
        + "province on Sunday night, killing 20 people, medics said.");
    assertThat(claims).hasSize(1);
    assertThat(admin1s(claims.get(0))).containsExactly("Hajjah");
    assertThat(claims.get(0).places()).noneSatisfy(p -> assertThat(p.place().map(x -> x.countryCode())).contains("SY"));
  }

  @Test
  void theApostropheOfRasAlAynStaysInsideTheName() {
    List<Claim> claims = claims("Shelling killed four civilians in Ra's al-Ayn in northeast Syria on Tuesday, a monitor said.");
    assertThat(claims).hasSize(1);
    assertThat(admin1s(claims.get(0))).containsExactly("Al-Hasakah");
  }

  @Test
  void aCountOfStrikesBeforeACountOfDeadIsNotReadAsTheDead() {
    // The words after "Four" ran past "three" to "combatants dead": the figure's span ended after
    // the next figure began and the whole report failed to extract.
    List<Claim> claims = claims("The monitor documented the raids of the week by province.\n\n"
        + "* Deir ez-Zor: Six airstrikes left two combatants dead.\n\n"
        + "* Homs: Four airstrikes left three combatants dead.\n\n"
        + "* Hama: 12 airstrikes left one civilian dead.");
    assertThat(claims).extracting(ExtractorRegressionTest::killed)
        .containsExactlyInAnyOrder(Optional.of(2L), Optional.of(3L), Optional.of(1L));
  }
}
