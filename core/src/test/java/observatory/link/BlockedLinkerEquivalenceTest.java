package observatory.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.When;
import org.junit.jupiter.api.Test;

/**
 * The blocked, streaming linker gives exactly the incidents (members, explanations, figures, ids)
 * that comparing every pair gives, on random claim sets dense enough that blocks, merges refused
 * for a shared report or a blocked pair, periods open at one end, undated claims placed by their
 * report's publication day (or not at all), villages named two ways and blame within one side all occur.
 */
class BlockedLinkerEquivalenceTest {
  static final LocalDate DAY0 = LocalDate.of(2019, 3, 1);
  static final List<String> GOVERNORATES = List.of("Idlib", "Hama", "Aleppo", " idlib");  // a spelling differing in case
  static final List<EventType> TYPES = List.of(
      new EventType("Explosions/Remote violence", "Air/drone strike"),
      new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
      new EventType("Battles", "Armed clash"));
  static final List<String> WEAPONS = List.of("air strike", "barrel bomb", "shelling", "missile");
  static final List<String> ACTORS = List.of("Russia", "Syrian government", "Russia or Syrian government", "HTS",
      "opposition", "Turkey");
  static final List<String> VILLAGES = List.of("Kansafra", "Kinsafra", "Hazano", "Haas", "Hass");
  static final List<String> ORIGINS = List.of("SOHR", "AFP", "SNHR", "White Helmets", "SANA");

  static List<LinkClaim> randomClaims(Random random, int n, int days, int towns) {
    List<LinkClaim> claims = new ArrayList<>();
    int reports = Math.max(1, n * 2 / 3);
    for (int i = 0; i < n; i++) {
      String report = "r" + random.nextInt(reports);
      String id = "c" + i;
      LocalDate day = DAY0.plusDays(random.nextInt(days));
      int w = random.nextInt(100);
      When when;
      if (w < 72) {
        when = new When.Day(day);
      } else if (w < 82) {
        when = new When.Between(Optional.of(day), Optional.of(day.plusDays(random.nextInt(4))), DatePrecision.PERIOD);
      } else if (w < 86) {
        when = new When.Between(Optional.of(day), Optional.empty(), DatePrecision.PERIOD);
      } else if (w < 89) {
        when = new When.Between(Optional.empty(), Optional.of(day), DatePrecision.PERIOD);
      } else {
        when = When.UNKNOWN;
      }
      // Published the day of its events or up to two days later; now and then the day is not known.
      Optional<LocalDate> published = random.nextInt(20) == 0 ? Optional.empty()
          : Optional.of(day.plusDays(random.nextInt(3)));
      boolean hasTown = random.nextInt(10) < 6;
      int town = random.nextInt(towns);
      String admin1 = hasTown ? GOVERNORATES.get(town % 3)
          : random.nextInt(10) < 7 ? GOVERNORATES.get(random.nextInt(GOVERNORATES.size())) : null;
      int s = random.nextInt(20);
      Scope scope = s < 16 ? Scope.SINGLE : s < 18 ? Scope.TOTAL : s < 19 ? Scope.TALLY : Scope.BACKGROUND;
      Map<Measure, Count> figures = new EnumMap<>(Measure.class);
      if (random.nextInt(10) < 8) {
        long k = 1 + random.nextInt(30);
        Qualifier q = Qualifier.values()[random.nextInt(Qualifier.values().length)];
        figures.put(Measure.KILLED, random.nextInt(10) == 0 ? new Count.Range(k, k + 5) : Count.of(k, q));
      }
      if (random.nextBoolean()) {
        figures.put(Measure.CHILDREN, Count.of(random.nextInt(5), Qualifier.AT_LEAST));
      }
      claims.add(new LinkClaim(new ClaimRef(report, id), ORIGINS.get(random.nextInt(ORIGINS.size())), when,
          hasTown ? OptionalLong.of(1000 + town) : OptionalLong.empty(),
          hasTown ? Optional.of("Town " + town) : Optional.empty(),
          Optional.ofNullable(admin1),
          random.nextInt(10) < 8 ? Optional.of(TYPES.get(random.nextInt(TYPES.size()))) : Optional.empty(),
          random.nextInt(10) < 7 ? List.of(WEAPONS.get(random.nextInt(WEAPONS.size()))) : List.of(),
          random.nextInt(10) < 7 ? Optional.of(ACTORS.get(random.nextInt(ACTORS.size()))) : Optional.empty(),
          scope, Optional.empty(), figures, published,
          hasTown ? Optional.of(PlaceName.of("Town " + town))
              : random.nextBoolean() ? Optional.of(PlaceName.of(VILLAGES.get(random.nextInt(VILLAGES.size()))))
              : Optional.empty()));
    }
    return claims;
  }

  @Test
  void blockedLinkingGivesTheIncidentsOfTheAllPairsComparison() {
    Random random = new Random(20261125);
    int linked = 0;
    for (int round = 0; round < 300; round++) {
      int n = 2 + random.nextInt(120);
      List<LinkClaim> claims = randomClaims(random, n, 1 + random.nextInt(12), 1 + random.nextInt(8));
      List<Incident> expected = AllPairsLinker.link(claims);
      Collections.shuffle(claims, random);  // the input order must not matter either

      List<Incident> actual = Linker.standard().link(claims);

      assertThat(actual).as("round %d, %d claims", round, n).isEqualTo(expected);
      linked += (int) expected.stream().filter(i -> i.members().size() > 1).count();
    }
    // The sets must link for the test to mean anything.
    assertThat(linked).isGreaterThan(1000);
  }

  @Test
  void theSweepHandsOutEveryIncidentOnceWithClaimsGivenInDateOrder() {
    Random random = new Random(7);
    List<LinkClaim> claims = randomClaims(random, 2000, 300, 40);
    List<Incident> expected = AllPairsLinker.link(claims);
    claims.sort(LinkSweep.ORDER);
    List<Incident> out = new ArrayList<>();

    LinkSweep sweep = Linker.standard().sweep(out::add);
    claims.forEach(sweep::add);
    sweep.finish();

    assertThat(out).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(sweep.incidents()).isEqualTo(expected.size());
    // Blocking: a small share of the 2 million pairs is compared in full (periods open towards the
    // future, 4% of these claims, stay within reach of every later claim of their governorate).
    assertThat(sweep.compared()).isLessThan(2000L * 1999 / 2 / 20);
  }

  @Test
  void theSweepRefusesAClaimDatedBeforeThePreviousOne() {
    LinkSweep sweep = Linker.standard().sweep(i -> { });
    List<LinkClaim> claims = randomClaims(new Random(1), 50, 30, 3).stream()
        .filter(c -> c.when() instanceof When.Day).toList();
    LinkClaim late = claims.stream().max(LinkSweep.ORDER).orElseThrow();
    LinkClaim early = claims.stream().min(LinkSweep.ORDER).orElseThrow();
    sweep.add(late);

    assertThatThrownBy(() -> sweep.add(early))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date order").hasMessageContaining(early.ref().toString());
  }
}
