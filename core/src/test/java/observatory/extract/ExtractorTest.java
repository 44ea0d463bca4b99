package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import observatory.claim.Attribution;
import observatory.claim.Category;
import observatory.claim.Claim;
import observatory.claim.Count;
import observatory.claim.Evidence;
import observatory.claim.PlaceMention;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.When;
import observatory.geo.Gazetteer;
import observatory.geo.Place;
import observatory.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a casualty monitor would publish for a report, checked claim by claim (counting rules of
 * {@code shared/eval/README.md}).
 *
 * <p>Every report here was written for these tests in the manner of wire copy, monitor bulletins
 * and rescue-service statements; none is taken from a real article or from the evaluation corpus.
 * Place names are real; the events are not.
 */
class ExtractorTest {
  /** A Wednesday: "on Monday" is 6 May, "on Sunday" 5 May. */
  private static final LocalDate WEDNESDAY_8_MAY_2019 = LocalDate.of(2019, 5, 8);

  private static final Extractor EXTRACTOR = Extractor.standard();

  // ---- helpers ---------------------------------------------------------------------------

  private static Extraction extract(String text, LocalDate published) {
    return EXTRACTOR.extract(Report.builder(text).published(published).build());
  }

  private static List<Claim> claims(String text) {
    return extract(text, WEDNESDAY_8_MAY_2019).claims();
  }

  /** The claims a scorer counts: everything but war-wide background tolls. */
  private static List<Claim> incidents(String text) {
    return claims(text).stream().filter(c -> c.scope() != Scope.BACKGROUND).toList();
  }

  private static Optional<Long> killed(Claim c) {
    return c.casualties().killed().map(Count::figure);
  }

  private static Optional<Long> killed(Claim c, Category category) {
    return c.casualties().killed(category).map(Count::figure);
  }

  private static Optional<Long> wounded(Claim c) {
    return c.casualties().wounded().map(Count::figure);
  }

  private static Claim only(List<Claim> claims) {
    assertThat(claims).as("claims: %s", describe(claims)).hasSize(1);
    return claims.get(0);
  }

  private static Claim withKilled(List<Claim> claims, long figure) {
    List<Claim> found = claims.stream().filter(c -> killed(c).equals(Optional.of(figure))).toList();
    assertThat(found).as("one claim with %s killed among %s", figure, describe(claims)).hasSize(1);
    return found.get(0);
  }

  private static boolean names(Claim c, String written) {
    return c.places().stream().map(PlaceMention::asWritten).anyMatch(w -> w.contains(written));
  }

  private static Optional<String> governorate(Claim c) {
    Optional<String> fromPlaces = c.places().stream().map(PlaceMention::admin1).flatMap(Optional::stream).findFirst();
    if (fromPlaces.isPresent()) {
      return fromPlaces;
    }
    return c.region().map(p -> p.kind() == Place.Kind.ADMIN1 ? p.name() : p.admin1().orElse(p.name()));
  }

  /** A one-line picture of the claims, so that a failure shows what the extractor found. */
  static String describe(List<Claim> claims) {
    return claims.stream().map(c -> c.id() + "[" + c.scope()
        + " killed=" + c.casualties().killed().map(k -> k.qualifier().label() + " " + k.figure()).orElse("-")
        + " by=" + c.casualties().killedBy().entrySet().stream()
            .map(e -> e.getKey().label() + ":" + e.getValue().figure()).collect(Collectors.joining(","))
        + " wounded=" + wounded(c).map(String::valueOf).orElse("-")
        + " places=" + c.places().stream().map(PlaceMention::asWritten).toList()
        + " region=" + c.region().map(Place::name).orElse("-")
        + " when=" + c.when()
        + " perp=" + c.perpetrator().map(p -> p.actor() + "/" + p.attribution().label()).orElse("-")
        + " weapons=" + c.weapons()
        + " partOf=" + c.partOf().orElse("-") + "]").collect(Collectors.joining("; ", "{", "}"));
  }

  // ---- reports used by several tests (and by the property-style checks) ---------------------

  private static final String TOTAL_THEN_PARTS = """
      Air strikes killed 23 civilians in the province of Idlib on Monday, the Syrian Observatory for \
      Human Rights said. Eleven of them died in Saraqib and the other 12 in the town of Ariha, the \
      monitor said.""";

  private static final String COLON_SPLIT = """
      Syrian and Russian warplanes on Tuesday killed 31 civilians in southern Idlib: 12 in Khan \
      Shaykhun and 19 in Kafranbel, the Britain-based monitor said.""";

  private static final String CHILDREN_INCLUDED = """
      A Russian air strike killed 12 civilians, including four children, in Maarat al-Numan on \
      Sunday, the Syrian Observatory for Human Rights said.""";

  private static final String TALLY = """
      The Syrian Network for Human Rights said in its monthly report that it had documented the \
      deaths of 212 civilians, among them 61 children, in Idlib and Hama between 1 April and 30 April.""";

  private static final String BACKGROUND = """
      BEIRUT (AFP) - A barrel bomb dropped by a government helicopter killed seven people in the town \
      of Kafr Zita in Hama province on Monday, the Syrian Observatory for Human Rights said.

      Syria's war has killed more than 370,000 people since it began in 2011 with the brutal \
      repression of anti-government protests.""";

  private static final String DATELINE = """
      BEIRUT (Reuters) - Air strikes killed ten people in Douma on Monday, a rescue worker and a \
      monitor said, as government forces pressed their assault on the besieged enclave.""";

  private static final String ROUNDUP = """
      Rebel rockets killed four people in a government-held district of Aleppo on Saturday, state \
      news agency SANA said. Elsewhere, an air strike on the town of Binnish killed seven civilians, \
      including two women, on the same day, the Observatory said.""";

  private static final String DIPLOMACY = """
      The foreign ministers of Russia, Turkey and Iran met in Astana on Thursday to discuss the \
      future of Idlib province, where a truce agreed last year remains fragile. \
      The three countries said in a joint statement that they would keep working towards a political \
      settlement and would meet again in the summer. Opposition delegates did not attend.""";

  static Stream<String> reports() {
    return Stream.of(TOTAL_THEN_PARTS, COLON_SPLIT, CHILDREN_INCLUDED, TALLY, BACKGROUND, DATELINE, ROUNDUP,
        DIPLOMACY,
        """
        Regime artillery pounded the town of Al Atarib in western Aleppo on Saturday, killing six \
        civilians and wounding eight others, the Observatory said.""",
        """
        At least 14 people were killed when a barrel bomb struck a crowded market in Douma on Sunday, \
        the Syrian Civil Defence said. Rescuers were still searching the rubble.""",
        """
        Air strikes on Binnish killed three militants and 13 civilians on Thursday, the Syrian \
        Observatory for Human Rights said.""");
  }

  // ---- totals and parts ------------------------------------------------------------------

  @Test
  void totalIsNotAddedToItsParts() {
    List<Claim> claims = incidents(TOTAL_THEN_PARTS);

    Claim total = withKilled(claims, 23);
    assertThat(total.isAggregate()).as(describe(claims)).isTrue();
    Claim saraqib = withKilled(claims, 11);
    Claim ariha = withKilled(claims, 12);
    assertThat(names(saraqib, "Saraqib")).as(describe(claims)).isTrue();
    assertThat(names(ariha, "Ariha")).as(describe(claims)).isTrue();
    assertThat(saraqib.partOf()).as(describe(claims)).contains(total.id());
    assertThat(ariha.partOf()).as(describe(claims)).contains(total.id());
  }

  @Test
  void colonSplitsATotalIntoParts() {
    List<Claim> claims = incidents(COLON_SPLIT);

    assertThat(claims).as(describe(claims)).hasSize(3);
    Claim total = withKilled(claims, 31);
    assertThat(total.isAggregate()).isTrue();
    Claim khanShaykhun = withKilled(claims, 12);
    Claim kafranbel = withKilled(claims, 19);
    assertThat(names(khanShaykhun, "Khan Shaykhun")).as(describe(claims)).isTrue();
    assertThat(names(kafranbel, "Kafranbel")).as(describe(claims)).isTrue();
    assertThat(khanShaykhun.partOf()).as(describe(claims)).contains(total.id());
    assertThat(kafranbel.partOf()).as(describe(claims)).contains(total.id());
    assertThat(khanShaykhun.isAggregate()).isFalse();
  }

  @Test
  void figureOverSeveralDaysIsATotal() {
    List<Claim> claims = incidents("""
        Russian and government air strikes have killed 44 civilians in Idlib province over the past \
        three days, the Syrian Observatory for Human Rights said on Wednesday.""");

    Claim c = only(claims);
    assertThat(killed(c)).contains(44L);
    assertThat(c.isAggregate()).as(describe(claims)).isTrue();
  }

  @Test
  void raisingTheTollDoesNotAddANewEvent() {
    // "raising the toll to 15" restates Monday's event: the two later deaths belong to it.
    List<Claim> claims = incidents("""
        A government air strike on a bakery in Ariha killed 13 people on Monday, the Observatory \
        said. Two of the wounded died in hospital on Tuesday, raising the toll to 15, the monitor said.""");

    Claim toll = withKilled(claims, 15);
    assertThat(claims.stream().filter(c -> killed(c).equals(Optional.of(13L)))
        .allMatch(c -> c.id().equals(toll.id()) || c.partOf().isPresent() || c.isAggregate()))
        .as("13 is not a second event beside 15: %s", describe(claims)).isTrue();
    assertThat(claims.stream().filter(c -> killed(c).equals(Optional.of(2L)))
        .allMatch(c -> c.partOf().equals(Optional.of(toll.id()))))
        .as("the two later deaths are part of the raised toll: %s", describe(claims)).isTrue();
  }

  // ---- qualifiers ------------------------------------------------------------------------

  @Test
  void atLeastGivesALowerBound() {
    Claim c = only(incidents("""
        At least 14 people were killed when a barrel bomb struck a crowded market in Douma on Sunday, \
        the Syrian Civil Defence said. Rescuers were still searching the rubble."""));

    Count k = c.casualties().killed().orElseThrow();
    assertThat(k.figure()).isEqualTo(14);
    assertThat(k.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(k.low()).hasValue(14);
    assertThat(k.high()).isEmpty();
  }

  @Test
  void moreThanExcludesTheStatedNumber() {
    Claim c = only(incidents("""
        More than 20 people were killed in shelling on the town of Saraqib on Monday, \
        the White Helmets rescue service said."""));

    Count k = c.casualties().killed().orElseThrow();
    assertThat(k.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(k.figure()).isEqualTo(20);
    assertThat(k.low()).hasValue(21);
  }

  @Test
  void nearlyIsAbout() {
    Claim c = only(incidents("""
        Nearly 40 people were killed when warplanes bombed a crowded market in Maarat al-Numan on \
        Sunday, medics and the Observatory said."""));

    assertThat(c.casualties().killed().map(Count::qualifier)).contains(Qualifier.ABOUT);
    assertThat(killed(c)).contains(40L);
  }

  @Test
  void underIsFewerThan() {
    Claim c = only(incidents("""
        Under 10 people were killed in the shelling of Jisr al-Shughur on Friday, a local council \
        official said, fewer than first feared."""));

    assertThat(c.casualties().killed().map(Count::qualifier)).contains(Qualifier.FEWER_THAN);
    assertThat(killed(c)).contains(10L);
    assertThat(c.casualties().killed().orElseThrow().high()).hasValue(9);
  }

  @Test
  void rangeGivesBothBounds() {
    Claim c = only(incidents("""
        Between 10 and 12 people were killed when a car bomb exploded near a checkpoint in Manbij on \
        Tuesday, local sources said."""));

    Count k = c.casualties().killed().orElseThrow();
    assertThat(k.low()).hasValue(10);
    assertThat(k.high()).hasValue(12);
  }

  @Test
  void dozensIsAVagueLowerBound() {
    Claim c = only(incidents("""
        Dozens of people were killed on Monday when regime barrel bombs fell on the town of Harasta, \
        rescue workers said."""));

    assertThat(c.casualties().killed()).as(describe(List.of(c))).isPresent();
    Count k = c.casualties().killed().orElseThrow();
    assertThat(k.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(k.low()).hasValue(24);
    assertThat(k.high()).isEmpty();
  }

  @Test
  void numbersInWordsBecomeDigits() {
    Claim c = only(incidents("""
        Seventeen civilians were killed in regime shelling on the town of Sarmin on Sunday, the \
        Syrian Observatory for Human Rights said."""));

    assertThat(killed(c)).contains(17L);
    assertThat(c.casualties().killed().map(Count::qualifier)).contains(Qualifier.EXACT);
    assertThat(killed(c, Category.CIVILIANS)).contains(17L);
  }

  // ---- categories ------------------------------------------------------------------------

  @Test
  void childrenIncludedInTheFigureAreACategoryNotAnotherClaim() {
    List<Claim> claims = incidents(CHILDREN_INCLUDED);

    Claim c = only(claims);
    assertThat(killed(c)).contains(12L);
    assertThat(killed(c, Category.CIVILIANS)).contains(12L);
    assertThat(killed(c, Category.CHILDREN)).contains(4L);
  }

  @Test
  void fiveOfThemChildrenIsAComponent() {
    List<Claim> claims = incidents("""
        Government shelling on the town of Ariha killed nine people, five of them children, on Friday, \
        a war monitor said.""");

    Claim c = only(claims);
    assertThat(killed(c)).contains(9L);
    assertThat(killed(c, Category.CHILDREN)).contains(5L);
  }

  @Test
  void militantsAndCiviliansAreSummedWhenQualifiedAlike() {
    List<Claim> claims = incidents("""
        Air strikes on Binnish killed three militants and 13 civilians on Thursday, the Syrian \
        Observatory for Human Rights said.""");

    Claim c = only(claims);
    assertThat(killed(c)).contains(16L);
    assertThat(killed(c, Category.COMBATANTS)).contains(3L);
    assertThat(killed(c, Category.CIVILIANS)).contains(13L);
  }

  @Test
  void componentsWithDifferentQualifiersLeaveTheTotalUnstated() {
    // "at least 15" and "about 10" cannot be summed honestly: killed stays empty, categories are filled.
    List<Claim> claims = incidents("""
        Fighting around the village of Kafr Zita on Sunday killed at least 15 civilians and about 10 \
        rebel fighters, the Observatory said.""");

    Claim c = only(claims);
    assertThat(c.casualties().killed()).as(describe(claims)).isEmpty();
    assertThat(c.casualties().killed(Category.CIVILIANS)).contains(Count.of(15, Qualifier.AT_LEAST));
    assertThat(c.casualties().killed(Category.COMBATANTS)).contains(Count.of(10, Qualifier.ABOUT));
  }

  @Test
  void activeVoiceKillingThenWounding() {
    List<Claim> claims = incidents("""
        Regime artillery pounded the town of Al Atarib in western Aleppo on Saturday, killing six \
        civilians and wounding eight others, the Observatory said.""");

    Claim c = only(claims);
    assertThat(killed(c)).contains(6L);
    assertThat(killed(c, Category.CIVILIANS)).contains(6L);
    assertThat(wounded(c)).contains(8L);
  }

  @Test
  void woundedOnlyLeavesKilledEmpty() {
    List<Claim> claims = incidents("""
        A mortar shell fired by rebels wounded 11 people in the Bab Touma district of Damascus on \
        Tuesday, the state news agency SANA reported.""");

    Claim c = only(claims);
    assertThat(c.casualties().killed()).as(describe(claims)).isEmpty();
    assertThat(wounded(c)).contains(11L);
  }

  // ---- one event, one claim --------------------------------------------------------------

  @Test
  void restatedFigureIsOneClaim() {
    List<Claim> claims = incidents("""
        Government air strikes killed 18 civilians in the town of Saraqib on Sunday, the Syrian \
        Observatory for Human Rights said.

        The 18 dead included three women, Observatory director Rami Abdel Rahman told AFP, adding \
        that the strikes hit a residential street near the market.""");

    Claim c = only(claims);
    assertThat(killed(c)).contains(18L);
    assertThat(killed(c, Category.WOMEN)).as(describe(claims)).contains(3L);
  }

  @Test
  void conflictingTollsForOneEventStayOneClaim() {
    // The monitor's figure leads; the other source's lower figure is the same event, not a second one.
    List<Claim> claims = incidents("""
        A car bomb ripped through a market in the town of Manbij on Saturday, killing 19 people, the \
        Syrian Observatory for Human Rights said. A local official put the death toll at 13.""");

    Claim c = only(claims);
    assertThat(killed(c)).contains(19L);
  }

  @Test
  void distributedFigureBecomesTwoClaims() {
    List<Claim> claims = incidents("""
        Regime shelling killed five civilians in Binnish on Monday, the Observatory said. The monitor \
        later reported two more civilian deaths, one in Sarmin and another in Taftanaz.""");

    Claim binnish = withKilled(claims, 5);
    assertThat(names(binnish, "Binnish")).as(describe(claims)).isTrue();
    List<Claim> ones = claims.stream().filter(c -> killed(c).equals(Optional.of(1L))).toList();
    assertThat(ones).as(describe(claims)).hasSize(2);
    assertThat(ones.stream().anyMatch(c -> names(c, "Sarmin"))).as(describe(claims)).isTrue();
    assertThat(ones.stream().anyMatch(c -> names(c, "Taftanaz"))).as(describe(claims)).isTrue();
    assertThat(claims.stream().filter(c -> !c.isAggregate()).noneMatch(c -> killed(c).equals(Optional.of(2L))))
        .as("two deaths in two towns is not one event: %s", describe(claims)).isTrue();
  }

  @Test
  void twoEventsInARoundupAreTwoClaims() {
    List<Claim> claims = incidents(ROUNDUP);

    assertThat(claims).as(describe(claims)).hasSize(2);
    Claim aleppo = withKilled(claims, 4);
    Claim binnish = withKilled(claims, 7);
    assertThat(aleppo.isAggregate()).isFalse();
    assertThat(binnish.isAggregate()).isFalse();
    assertThat(names(binnish, "Binnish")).as(describe(claims)).isTrue();
    assertThat(killed(binnish, Category.WOMEN)).contains(2L);
    assertThat(binnish.when()).isEqualTo(new When.Day(LocalDate.of(2019, 5, 4)));
  }

  @Test
  void strikeOnANamedPlaceWithoutAFigureIsAClaim() {
    List<Claim> claims = incidents("""
        Russian warplanes struck the town of Kafr Zita in northern Hama on Thursday, activists said. \
        There was no immediate word on casualties.""");

    Claim c = only(claims);
    assertThat(c.casualties().killed()).isEmpty();
    assertThat(names(c, "Kafr Zita")).as(describe(claims)).isTrue();
    assertThat(c.perpetrator().map(p -> p.actor())).contains("Russia");
  }

  // ---- tallies and background ------------------------------------------------------------

  @Test
  void monitorTallyOverAPeriodIsATally() {
    List<Claim> claims = extract(TALLY, LocalDate.of(2019, 5, 2)).claims();

    Claim c = only(claims);
    assertThat(c.scope()).isEqualTo(Scope.TALLY);
    assertThat(killed(c)).contains(212L);
    assertThat(killed(c, Category.CHILDREN)).contains(61L);
    assertThat(c.when()).isInstanceOfSatisfying(When.Between.class, b -> {
      assertThat(b.from()).contains(LocalDate.of(2019, 4, 1));
      assertThat(b.to()).contains(LocalDate.of(2019, 4, 30));
    });
    assertThat(c.sources()).contains("Syrian Network for Human Rights");
  }

  @Test
  void tallyOverTheSamePeriodIsNotLinkedToTheIncident() {
    // Only the text's own words ("12 of them in ...", "raising the toll to ...") link a part to a total.
    List<Claim> claims = extract("""
        An air strike killed six civilians in Saraqib on Monday, the Syrian Network for Human Rights \
        said. The group said it had documented the deaths of 150 civilians in Idlib province since the \
        start of April.""", WEDNESDAY_8_MAY_2019).claims();

    Claim strike = withKilled(claims, 6);
    Claim tally = withKilled(claims, 150);
    assertThat(strike.scope()).as(describe(claims)).isEqualTo(Scope.SINGLE);
    assertThat(strike.partOf()).as(describe(claims)).isEmpty();
    assertThat(tally.scope()).as(describe(claims)).isEqualTo(Scope.TALLY);
    assertThat(tally.when()).as(describe(claims)).isInstanceOfSatisfying(When.Between.class,
        b -> assertThat(b.from()).contains(LocalDate.of(2019, 4, 1)));
  }

  @Test
  void warWideTollIsBackground() {
    List<Claim> claims = claims(BACKGROUND);

    Claim war = withKilled(claims, 370_000);
    assertThat(war.scope()).isEqualTo(Scope.BACKGROUND);
    assertThat(war.casualties().killed().map(Count::qualifier)).contains(Qualifier.MORE_THAN);
    Claim strike = withKilled(claims, 7);
    assertThat(strike.scope()).isEqualTo(Scope.SINGLE);
    assertThat(strike.partOf()).isEmpty();
    assertThat(incidents(BACKGROUND)).hasSize(1);
  }

  // ---- nothing to count ------------------------------------------------------------------

  @Test
  void negativeReportHasNoClaims() {
    assertThat(claims(DIPLOMACY)).as(describe(claims(DIPLOMACY))).isEmpty();
  }

  @Test
  void campaignStatementWithoutPlaceOrFigureIsNotAClaim() {
    List<Claim> claims = claims("""
        Government forces resumed their bombing campaign on Saturday after a lull of several weeks, \
        opposition activists said, and warned that a wider offensive could follow.""");

    assertThat(claims).as(describe(claims)).isEmpty();
  }

  // ---- dates -----------------------------------------------------------------------------

  @Test
  void weekdayResolvesAgainstPublication() {
    Claim c = only(incidents("""
        An air strike killed eight civilians in the village of Hass in southern Idlib on Monday, the \
        Observatory said."""));

    assertThat(c.when()).isEqualTo(new When.Day(LocalDate.of(2019, 5, 6)));
  }

  @Test
  void weekdayWithoutPublicationDateStaysUnresolved() {
    Claim c = only(EXTRACTOR.extract(Report.builder("""
        An air strike killed eight civilians in the village of Hass in southern Idlib on Monday, the \
        Observatory said.""").build()).claims());

    assertThat(c.when()).isEqualTo(When.UNKNOWN);
  }

  @Test
  void reportingDateIsNotTheEventDate() {
    Claim c = only(incidents("""
        Air strikes killed seven civilians in Kafranbel on Sunday, the monitor said on Tuesday, \
        updating an earlier toll."""));

    assertThat(c.when()).isEqualTo(new When.Day(LocalDate.of(2019, 5, 5)));
  }

  @Test
  void dayAndMonthTakeTheYearOfPublication() {
    Claim c = only(incidents("""
        On 3 May, a barrel bomb killed nine members of one family in the town of Al Atarib, the \
        Syrian Network for Human Rights said in a statement."""));

    assertThat(c.when()).isEqualTo(new When.Day(LocalDate.of(2019, 5, 3)));
  }

  // ---- who and how -----------------------------------------------------------------------

  @Test
  void suspectedAttribution() {
    Claim c = only(incidents("""
        Suspected Russian air strikes killed eight people in Maarat al-Numan on Friday, the Syrian \
        Observatory for Human Rights said."""));

    assertThat(c.perpetrator()).hasValueSatisfying(p -> {
      assertThat(p.actor()).isEqualTo("Russia");
      assertThat(p.attribution()).isEqualTo(Attribution.SUSPECTED);
    });
    assertThat(c.weapons()).contains("air strike");
  }

  @Test
  void disputedAttributionWhenTheAccusedDenies() {
    Claim c = only(incidents("""
        Activists accused government forces of dropping chlorine on the town of Kafr Zita on Tuesday, \
        killing four people. The army denied using chemical weapons and blamed "terrorists"."""));

    assertThat(c.perpetrator()).hasValueSatisfying(p -> {
      assertThat(p.actor()).isEqualTo("Syrian government");
      assertThat(p.attribution()).isEqualTo(Attribution.DISPUTED);
    });
    assertThat(c.weapons()).contains("chemical");
    assertThat(killed(c)).contains(4L);
  }

  @Test
  void statedAttributionAndWeaponsFromTheSentence() {
    Claim c = only(incidents(BACKGROUND));

    assertThat(c.perpetrator()).hasValueSatisfying(p -> {
      assertThat(p.actor()).isEqualTo("Syrian government");
      assertThat(p.attribution()).isEqualTo(Attribution.STATED);
    });
    assertThat(c.weapons()).contains("barrel bomb");
    assertThat(c.sources()).contains("Syrian Observatory for Human Rights");
  }

  // ---- where -----------------------------------------------------------------------------

  @Test
  void villageNotInGazetteerStillGetsGovernorateFromContext() {
    // Kansafra is not among the GeoNames places; "southern Idlib countryside" says where it lies.
    List<Claim> claims = incidents("""
        An air strike killed five civilians in the village of Kansafra in the southern Idlib \
        countryside on Monday, the Syrian Observatory for Human Rights said.""");

    Claim c = only(claims);
    assertThat(names(c, "Kansafra")).as(describe(claims)).isTrue();
    assertThat(governorate(c)).as(describe(claims)).contains("Idlib");
  }

  @Test
  void datelineIsNotAPlace() {
    List<Claim> claims = incidents(DATELINE);

    Claim c = only(claims);
    assertThat(c.places()).extracting(PlaceMention::asWritten).noneMatch(w -> w.equalsIgnoreCase("Beirut"));
    assertThat(names(c, "Douma")).as(describe(claims)).isTrue();
    assertThat(governorate(c)).contains("Rif Dimashq");
  }

  @Test
  void governorateAfterATownIsNotASecondPlace() {
    List<Claim> claims = incidents("""
        Regime shelling killed four civilians in Kafr Batna, Rif Dimashq, on Sunday, the Syrian Civil \
        Defence said.""");

    Claim c = only(claims);
    assertThat(names(c, "Kafr Batna")).as(describe(claims)).isTrue();
    assertThat(c.places()).as(describe(claims)).extracting(PlaceMention::asWritten).doesNotContain("Rif Dimashq");
    assertThat(governorate(c)).contains("Rif Dimashq");
  }

  @Test
  void spellingVariantResolvesToTheGazetteerPlace() {
    // GeoNames writes it Kafranbel; reports write Kafr Nabl, Kafranbel, Kafr Nubl.
    List<Claim> claims = incidents("""
        Government rockets killed three civilians in Kafr Nabl on Sunday, the Observatory said.""");

    Claim c = only(claims);
    assertThat(c.places()).as(describe(claims))
        .anySatisfy(p -> assertThat(p.place().map(Place::name)).contains("Kafranbel"));
    assertThat(governorate(c)).contains("Idlib");
  }

  // ---- evidence and determinism ----------------------------------------------------------

  private static final Map<Long, String> WORDS = Map.ofEntries(Map.entry(1L, "one"), Map.entry(2L, "two"),
      Map.entry(3L, "three"), Map.entry(4L, "four"), Map.entry(5L, "five"), Map.entry(6L, "six"),
      Map.entry(7L, "seven"), Map.entry(8L, "eight"), Map.entry(9L, "nine"), Map.entry(10L, "ten"),
      Map.entry(11L, "eleven"), Map.entry(12L, "twelve"), Map.entry(17L, "seventeen"));

  private static boolean states(String evidence, long figure) {
    String t = evidence.toLowerCase();
    return t.matches("(?s).*\\b" + figure + "\\b.*")
        || t.contains(String.format("%,d", figure))
        || (WORDS.containsKey(figure) && t.matches("(?s).*\\b" + WORDS.get(figure) + "\\b.*"));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void everyFigureHasEvidenceThatIsItsOwnWords(String text) {
    for (Claim c : claims(text)) {
      if (c.casualties().killed().isEmpty()) {
        continue;
      }
      long figure = c.casualties().killed().get().figure();
      List<Evidence> killed = c.evidence(Evidence.Field.KILLED);
      assertThat(killed).as("KILLED evidence of %s", describe(List.of(c))).isNotEmpty();
      for (Evidence e : killed) {
        assertThat(e.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(e.text()).isEqualTo(text.substring(e.span().start(), e.span().end()));
      }
      boolean statesTheNumber = killed.stream().anyMatch(e -> states(e.text(), figure));
      if (!statesTheNumber) {
        // A sum of disjoint components ("three militants and 13 civilians") states no number of its
        // own: then its KILLED evidence must state every component it adds up.
        List<Count> components = c.casualties().killedBy().entrySet().stream()
            .filter(e -> e.getKey() == Category.CIVILIANS || e.getKey() == Category.COMBATANTS)
            .map(Map.Entry::getValue).toList();
        assertThat(components.stream().mapToLong(Count::figure).sum())
            .as("KILLED evidence %s of %s states the number", killed, describe(List.of(c))).isEqualTo(figure);
        for (Count component : components) {
          assertThat(killed.stream().anyMatch(e -> states(e.text(), component.figure())))
              .as("KILLED evidence %s of the sum %s states its component %s", killed, describe(List.of(c)),
                  component.figure())
              .isTrue();
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void partsPointToAnAggregateInTheSameReportAndDoNotExceedIt(String text) {
    List<Claim> claims = claims(text);
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      assertThat(ids.add(c.id())).as("ids are unique: %s", describe(claims)).isTrue();
    }
    for (Claim part : claims) {
      if (part.partOf().isEmpty()) {
        continue;
      }
      Claim total = claims.stream().filter(c -> c.id().equals(part.partOf().get())).findFirst().orElseThrow(
          () -> new AssertionError(part.id() + " is part of a missing claim: " + describe(claims)));
      assertThat(total.isAggregate()).as(describe(claims)).isTrue();
      if (killed(part).isPresent() && killed(total).isPresent()) {
        assertThat(killed(part).get()).as(describe(claims)).isLessThanOrEqualTo(killed(total).get());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void extractionIsDeterministic(String text) {
    Report report = Report.builder(text).published(WEDNESDAY_8_MAY_2019).build();

    Extraction first = EXTRACTOR.extract(report);
    Extraction again = EXTRACTOR.extract(report);
    Extraction fresh = Extractor.with(Gazetteer.bundled()).extract(report);

    assertThat(again.claims()).isEqualTo(first.claims());
    assertThat(fresh.claims()).isEqualTo(first.claims());
    assertThat(fresh.eventType()).isEqualTo(first.eventType());
  }
}
