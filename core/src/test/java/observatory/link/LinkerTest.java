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

class LinkerTest {
  static final EventType AIR = new EventType("Explosions/Remote violence", "Air/drone strike");
  static final LocalDate DEC_4 = LocalDate.of(2016, 12, 4);
  static final long KAFR_NABL = 169389;
  static final long HASS = 170000;

  static LinkClaim claim(String report, String id, String origin, When when, OptionalLong placeId, String place,
      String admin1, Scope scope, Optional<String> partOf, Count killed) {
    Map<Measure, Count> figures = new EnumMap<>(Measure.class);
    if (killed != null) {
      figures.put(Measure.KILLED, killed);
    }
    return new LinkClaim(new ClaimRef(report, id), origin, when, placeId, Optional.ofNullable(place),
        Optional.ofNullable(admin1), Optional.of(AIR), List.of("air strike"), Optional.of("Russia"), scope, partOf,
        figures);
  }

  static LinkClaim strike(String report, String origin, LocalDate day, long placeId, String name, Count killed) {
    return claim(report, "c1", origin, new When.Day(day), OptionalLong.of(placeId), name, "Idlib", Scope.SINGLE,
        Optional.empty(), killed);
  }

  @Test
  void threeReportsOfOneStrikeBecomeOneIncidentWithAnHonestRange() {
    // Kafranbel, Kafr Nabl and Kafrnabel: three spellings the gazetteer resolved to one place.
    List<LinkClaim> claims = List.of(
        strike("r-sohr", "Syrian Observatory for Human Rights", DEC_4, KAFR_NABL, "Kafr Nabl", Count.of(26, Qualifier.AT_LEAST)),
        strike("r-afp", "AFP", DEC_4, KAFR_NABL, "Kafr Nabl", Count.exact(24)),
        strike("r-local", "Local Coordination Committees", DEC_4.plusDays(1), KAFR_NABL, "Kafr Nabl", Count.exact(31)));

    List<Incident> incidents = Linker.standard().link(claims);

    assertThat(incidents).hasSize(1);
    Incident i = incidents.get(0);
    assertThat(i.members()).hasSize(3);
    assertThat(i.status()).isEqualTo(Incident.Status.CORROBORATED);
    assertThat(i.sources()).hasSize(3);
    // low: the floor "at least 26" beats the smallest exact figure 24; high: the largest figure, 31;
    // best: the median of 24, 26 and 31.
    assertThat(i.estimate(Measure.KILLED)).contains(new Estimate(26, 26, OptionalLong.of(31)));
    assertThat(i.placeName()).contains("Kafr Nabl");
    assertThat(i.when()).isEqualTo(new When.Day(DEC_4));
    assertThat(i.members().get(1).explanation())
        .contains("same place Kafr Nabl (geonameid 169389)", "same day 2016-12-04", "both air/drone strike", "killed 24 vs 26");
  }

  @Test
  void twoStrikesOnDifferentTownsTheSameDayStayTwo() {
    List<Incident> incidents = Linker.standard().link(List.of(
        strike("r1", "SOHR", DEC_4, KAFR_NABL, "Kafr Nabl", Count.exact(12)),
        strike("r2", "AFP", DEC_4, HASS, "Hass", Count.exact(12))));

    assertThat(incidents).hasSize(2);
    assertThat(incidents).allSatisfy(i -> assertThat(i.status()).isEqualTo(Incident.Status.REPORTED));
  }

  @Test
  void aTotalIsNeverMergedWithItsPartsNorSummedWithThem() {
    LinkClaim total = claim("r1", "c1", "SOHR", new When.Day(DEC_4), OptionalLong.empty(), null, "Idlib", Scope.TOTAL,
        Optional.empty(), Count.of(31, Qualifier.AT_LEAST));
    LinkClaim part = claim("r1", "c2", "SOHR", new When.Day(DEC_4), OptionalLong.of(KAFR_NABL), "Kafr Nabl", "Idlib",
        Scope.SINGLE, Optional.of("c1"), Count.exact(14));
    LinkClaim otherTotal = claim("r2", "c1", "AFP", new When.Day(DEC_4), OptionalLong.empty(), null, "Idlib", Scope.TOTAL,
        Optional.empty(), Count.exact(30));
    LinkClaim otherPart = claim("r2", "c2", "AFP", new When.Day(DEC_4), OptionalLong.of(KAFR_NABL), "Kafr Nabl", "Idlib",
        Scope.SINGLE, Optional.of("c1"), Count.exact(15));

    List<Incident> incidents = Linker.standard().link(List.of(total, part, otherTotal, otherPart));

    assertThat(incidents).hasSize(2);  // the two totals together, the two parts together
    assertThat(incidents).anySatisfy(i -> {
      assertThat(i.aggregate()).isTrue();
      assertThat(i.members()).extracting(m -> m.ref().claimId()).containsOnly("c1");
    });
    Totals totals = Totals.of(incidents);
    assertThat(totals.incidents()).isEqualTo(1);
    assertThat(totals.aggregatesLeftOut()).isEqualTo(1);
    assertThat(totals.sums().get(Measure.KILLED).best()).isEqualTo(14);
  }

  @Test
  void aClaimWithNoDateIsNotLinkedToAStrikeOnTheSameTown() {
    // Regression: an undated "38 killed in Maarat al-Numan" of one year joined a dated strike on the
    // town from another year.
    LinkClaim undated = claim("r2", "c1", "AFP", When.UNKNOWN, OptionalLong.of(KAFR_NABL), "Kafranbel", "Idlib",
        Scope.SINGLE, Optional.empty(), Count.exact(12));
    List<Incident> incidents = Linker.standard().link(List.of(
        strike("r1", "SOHR", DEC_4, KAFR_NABL, "Kafr Nabl", Count.exact(12)), undated));

    assertThat(incidents).hasSize(2);
  }

  @Test
  void aClaimThatFitsNothingStartsItsOwnIncident() {
    LinkClaim lone = claim("r3", "c1", "witness", new When.Day(DEC_4.plusDays(20)), OptionalLong.empty(), null, null,
        Scope.SINGLE, Optional.empty(), Count.exact(3));
    List<Incident> incidents = Linker.standard().link(List.of(
        strike("r1", "SOHR", DEC_4, KAFR_NABL, "Kafr Nabl", Count.exact(12)), lone));

    assertThat(incidents).hasSize(2);
    assertThat(incidents.get(1).members()).extracting(Incident.Member::ref).containsExactly(new ClaimRef("r3", "c1"));
    assertThat(incidents.get(1).members().get(0).explanation()).isEqualTo("first claim of the incident");
  }

  @Test
  void aClaimWithOnlyItsGovernorateLinksToATownThereWhenTheRestAgrees() {
    LinkClaim vague = claim("r2", "c1", "AFP", new When.Day(DEC_4), OptionalLong.empty(), null, "Idlib", Scope.SINGLE,
        Optional.empty(), Count.exact(25));

    List<Incident> incidents = Linker.standard().link(List.of(
        strike("r1", "SOHR", DEC_4, KAFR_NABL, "Kafr Nabl", Count.exact(26)), vague));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).admin1()).contains("Idlib");
  }

  @Test
  void claimsWithNoPlaceNeedStrongEvidence() {
    LinkClaim a = claim("r1", "c1", "SOHR", new When.Day(DEC_4), OptionalLong.empty(), null, null, Scope.SINGLE,
        Optional.empty(), Count.exact(5));
    LinkClaim b = claim("r2", "c1", "AFP", new When.Day(DEC_4.plusDays(1)), OptionalLong.empty(), null, null,
        Scope.SINGLE, Optional.empty(), Count.exact(5));

    assertThat(Linker.standard().link(List.of(a, b))).hasSize(2);  // a day apart is not strong enough
  }

  @Test
  void twoClaimsOfOneReportAreNeverOneIncident() {
    LinkClaim a = strike("r1", "SOHR", DEC_4, KAFR_NABL, "Kafr Nabl", Count.exact(5));
    LinkClaim b = claim("r1", "c2", "SOHR", new When.Day(DEC_4), OptionalLong.of(KAFR_NABL), "Kafr Nabl", "Idlib",
        Scope.SINGLE, Optional.empty(), Count.exact(5));

    assertThat(Linker.standard().link(List.of(a, b))).hasSize(2);
  }

  @Test
  void linkingIsDeterministicWhateverTheInputOrder() {
    List<LinkClaim> claims = List.of(
        strike("r-a", "SOHR", DEC_4, KAFR_NABL, "Kafr Nabl", Count.exact(26)),
        strike("r-b", "AFP", DEC_4, KAFR_NABL, "Kafr Nabl", Count.exact(24)),
        strike("r-c", "LCC", DEC_4, HASS, "Hass", Count.exact(3)));

    assertThat(Linker.standard().link(claims)).isEqualTo(Linker.standard().link(List.of(claims.get(2), claims.get(1), claims.get(0))));
  }
}
