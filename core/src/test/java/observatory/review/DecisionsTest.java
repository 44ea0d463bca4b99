package observatory.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import observatory.claim.Count;
import observatory.claim.EventType;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.When;
import observatory.link.ClaimRef;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.LinkClaim;
import observatory.link.Linker;
import observatory.link.Measure;
import org.junit.jupiter.api.Test;

/** Decisions applied to the linker's output: pure, no store. */
class DecisionsTest {
  static final LocalDate DAY = LocalDate.of(2019, 11, 4);
  static final EventType AIR = new EventType("Explosions/Remote violence", "Air/drone strike");

  private final Map<ClaimRef, LinkClaim> claims = new LinkedHashMap<>();

  private ClaimRef claim(String report, String origin, long town, String townName, Count killed, Optional<String> actor,
      Scope scope) {
    ClaimRef ref = new ClaimRef(report, "c1");
    Map<Measure, Count> figures = new EnumMap<>(Measure.class);
    figures.put(Measure.KILLED, killed);
    claims.put(ref, new LinkClaim(ref, origin, new When.Day(DAY), OptionalLong.of(town), Optional.of(townName),
        Optional.of("Idlib"), Optional.of(AIR), List.of("air strike"), actor, scope, Optional.empty(), figures));
    return ref;
  }

  private ClaimRef claim(String report, String origin, Count killed) {
    return claim(report, origin, 169389, "Kafr Nabl", killed, Optional.empty(), Scope.SINGLE);
  }

  private List<Incident> linked() {
    return Linker.standard().link(List.copyOf(claims.values()));
  }

  private List<Decisions.Reviewed> apply(Decision... decisions) {
    return Decisions.apply(linked(), claims, List.of(decisions));
  }

  @Test
  void withoutDecisionsTheLinkersIncidentsComeBackUnchanged() {
    claim("r1", "SOHR", Count.exact(14));
    claim("r2", "AFP", Count.exact(15));

    assertThat(apply()).extracting(Decisions.Reviewed::incident).isEqualTo(linked());
  }

  @Test
  void aCorrectionMadeBeforeASplitStaysWithMostOfItsClaims() {
    ClaimRef a = claim("r1", "SOHR", Count.exact(14));
    ClaimRef b = claim("r2", "AFP", Count.exact(15));
    ClaimRef c = claim("r3", "Reuters", Count.exact(13));
    Estimate fixed = new Estimate(14, 20, OptionalLong.of(25));

    List<Decisions.Reviewed> out = apply(
        new Decision.Correct(1, Set.of(a, b, c), new Correction.FigureFix(Measure.KILLED, fixed), "hospital list"),
        new Decision.Split(2, Set.of(c), Set.of(a, b), "Reuters describes the day before"));

    assertThat(out).hasSize(2);
    Incident kept = out.stream().map(Decisions.Reviewed::incident).filter(i -> i.members().size() == 2).findFirst().orElseThrow();
    Incident moved = out.stream().map(Decisions.Reviewed::incident).filter(i -> i.members().size() == 1).findFirst().orElseThrow();
    assertThat(kept.estimate(Measure.KILLED)).contains(fixed);
    // The claim split off is reconciled from its own figure, not given the correction: no double count.
    assertThat(moved.estimate(Measure.KILLED)).contains(new Estimate(13, 13, OptionalLong.of(13)));
  }

  @Test
  void aLaterDecisionOnTheSameFieldWins() {
    ClaimRef a = claim("r1", "SOHR", Count.exact(14));

    List<Decisions.Reviewed> out = apply(
        new Decision.Correct(2, Set.of(a), new Correction.ActorFix("Turkey"), "second look"),
        new Decision.Correct(1, Set.of(a), new Correction.ActorFix("Russia"), "first look"));

    assertThat(out.get(0).incident().actor()).contains("Turkey");
  }

  @Test
  void aMergeNeverJoinsATotalWithASingleEvent() {
    ClaimRef single = claim("r1", "SOHR", Count.exact(14));
    ClaimRef total = claim("r2", "SOHR", 169389, "Kafr Nabl", Count.exact(40), Optional.empty(), Scope.TOTAL);

    assertThat(apply(new Decision.Merge(1, Set.of(single, total), "same"))).hasSize(2);
  }

  @Test
  void aMergeThenASplitOfTheSameClaimsLeavesThemApart() {
    ClaimRef a = claim("r1", "SOHR", 169389, "Kafr Nabl", Count.exact(14), Optional.empty(), Scope.SINGLE);
    ClaimRef b = claim("r2", "AFP", 164816, "Saraqib", Count.exact(15), Optional.empty(), Scope.SINGLE);

    assertThat(apply(new Decision.Merge(1, Set.of(a, b), "one strike"))).hasSize(1);
    assertThat(apply(new Decision.Merge(1, Set.of(a, b), "one strike"), new Decision.Split(2, Set.of(b), Set.of(a), "two"))).hasSize(2);
  }

  @Test
  void anAnalystsStatusOverridesTheDerivedOneAndDerivedGoesBack() {
    ClaimRef a = claim("r1", "SANA", Count.exact(3));
    ClaimRef b = claim("r2", "SOHR", Count.of(40, Qualifier.AT_LEAST));

    Decisions.Reviewed contested = apply().get(0);
    Decisions.Reviewed verified = apply(new Decision.SetStatus(1, Set.of(a, b), Optional.of(Incident.Status.VERIFIED), "hospital")).get(0);
    Decisions.Reviewed back = apply(new Decision.SetStatus(1, Set.of(a, b), Optional.of(Incident.Status.VERIFIED), "hospital"),
        new Decision.SetStatus(2, Set.of(a), Optional.empty(), "undo")).get(0);

    assertThat(contested.incident().status()).isEqualTo(Incident.Status.CONTESTED);
    assertThat(verified.incident().status()).isEqualTo(Incident.Status.VERIFIED);
    assertThat(verified.statusReason()).contains("hospital");
    assertThat(back.incident().status()).isEqualTo(Incident.Status.CONTESTED);
    assertThat(back.statusReason()).isEqualTo(contested.statusReason());
  }

  @Test
  void decisionsAboutClaimsNoLongerStoredAreIgnored() {
    claim("r1", "SOHR", Count.exact(14));

    assertThat(apply(new Decision.Merge(1, Set.of(new ClaimRef("gone", "c1"), new ClaimRef("r1", "c1")), "x"))).hasSize(1);
  }

  @Test
  void aDecisionNeedsAReason() {
    assertThatThrownBy(() -> new Decision.Merge(1, Set.of(new ClaimRef("a", "c1"), new ClaimRef("b", "c1")), " "))
        .hasMessage("a decision needs a reason");
  }
}
