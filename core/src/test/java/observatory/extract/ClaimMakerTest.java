package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.Claim;
import observatory.claim.Evidence;
import org.junit.jupiter.api.Test;

class ClaimMakerTest {

  @Test
  void aPartNamesItsTotalById() {
    List<Claim> c = StageFixture.of("Air strikes killed 30 people in total across Idlib province on Monday. "
        + "Twelve were killed in Kafr Nabl and 18 in Maarat al-Numan.").claims().claims();
    assertThat(c).extracting(Claim::id).containsExactly("i1", "i2", "i3");
    assertThat(c.get(1).partOf()).contains("i1");
    assertThat(c.get(2).partOf()).contains("i1");
  }

  @Test
  void everyFieldHasItsEvidence() {
    Claim c = StageFixture.of("Russian warplanes killed 12 people in Douma on Monday, the Syrian Observatory said.")
        .claims().claims().get(0);
    assertThat(c.evidence()).extracting(Evidence::field).contains(Evidence.Field.STATEMENT, Evidence.Field.KILLED,
        Evidence.Field.PLACE, Evidence.Field.DATE, Evidence.Field.PERPETRATOR, Evidence.Field.WEAPON, Evidence.Field.SOURCE);
    assertThat(c.eventType()).hasValueSatisfying(t -> assertThat(t.subType()).isEqualTo("Air/drone strike"));
  }

  @Test
  void aClaimWhoseScopeIsNotInDoubtIsCertain() {
    Claim c = StageFixture.of("Shelling killed five people in Douma on Monday.").claims().claims().get(0);
    assertThat(c.confidence().value()).isEqualTo(1.0);
    assertThat(c.confidence().needsReview()).isFalse();
  }

  @Test
  void aDoubtfulScopeLowersTheConfidenceAndMarksTheClaimForReview() {
    Claim c = StageFixture.of("Shelling has killed 12 people in the town of Kafr Nabl this month.").claims().claims().get(0);
    assertThat(c.confidence().needsReview()).isTrue();
    assertThat(c.confidence().reasons()).containsExactly("scope uncertain: a period word and a single place");
  }
}
