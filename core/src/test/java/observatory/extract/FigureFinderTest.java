package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import observatory.claim.Category;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import org.junit.jupiter.api.Test;

class FigureFinderTest {

  private static List<Figure> figures(String sentence) {
    return StageFixture.of(sentence).sentences.get(0).figures();
  }

  @Test
  void aPartIsAComponentOfItsFigureNotAFigureOfItsOwn() {
    List<Figure> f = figures("Air strikes killed at least 26 people, including three children, in Douma.");
    assertThat(f).singleElement().satisfies(head -> {
      assertThat(head.count()).isEqualTo(Count.of(26, Qualifier.AT_LEAST));
      assertThat(head.outcome()).isEqualTo(Figure.Outcome.KILLED);
      assertThat(head.components()).singleElement().satisfies(c -> {
        assertThat(c.count()).isEqualTo(Count.exact(3));
        assertThat(c.category()).contains(Category.CHILDREN);
      });
    });
  }

  @Test
  void categoriesStatedSideBySideAreSiblingsThatAddUp() {
    List<Figure> f = figures("Three militants and 13 civilians were killed in the shelling of Harasta.");
    assertThat(f).singleElement().satisfies(head -> {
      assertThat(head.category()).contains(Category.COMBATANTS);
      assertThat(head.siblings()).extracting(Figure::category).containsExactly(Optional.of(Category.CIVILIANS));
      assertThat(head.total()).isEqualTo(16);
    });
  }

  @Test
  void aCountOfThingsIsNoFigure() {
    // "Four airstrikes" counts strikes; "three combatants" counts the dead.
    List<Figure> f = figures("Four airstrikes left three combatants dead near Saraqeb.");
    assertThat(f).singleElement().satisfies(head -> assertThat(head.count()).isEqualTo(Count.exact(3)));
  }

  @Test
  void aToldWoundedFigureIsWoundedAndTheDeadAreKilled() {
    List<Figure> f = figures("The shelling killed five people and wounded 20 others in Douma.");
    assertThat(f).extracting(Figure::outcome).containsExactly(Figure.Outcome.KILLED, Figure.Outcome.WOUNDED);
  }

  @Test
  void placeByPlaceFiguresAfterAColonSpellOutTheFigureBefore() {
    List<Figure> f = figures("Air strikes killed 42 people: 19 outside Saraqeb and 23 in Ehsim.");
    assertThat(f).extracting(Figure::distributed).containsExactly(false, true, true);
    assertThat(f).extracting(x -> x.count().figure()).containsExactly(42L, 19L, 23L);
  }

  @Test
  void aFigureIsImmutable() {
    Figure head = figures("Air strikes killed 26 people, including three children, in Douma.").get(0);
    assertThatThrownBy(() -> head.components().add(head)).isInstanceOf(UnsupportedOperationException.class);
    Figure more = head.withComponent(head.components().get(0));
    assertThat(more.components()).hasSize(2);
    assertThat(head.components()).hasSize(1);
  }
}
