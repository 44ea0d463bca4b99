package observatory.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconsTest {
  private static final Set<String> WEAPON_VOCABULARY = Set.of("air strike", "barrel bomb", "shelling", "rocket",
      "missile", "helicopter", "chemical", "ground attack", "execution", "car bomb", "suicide bombing", "sniper",
      "bombing", "torture", "blockade");

  private static List<String> labels(Lexicon lexicon, String text) {
    return lexicon.find(text, 0, text.length()).stream().map(LexiconMatch::label).toList();
  }

  @Test
  void bundledLexiconsLoadOnceAndAreNamedByTheirFile() {
    assertThat(Lexicons.weapons()).isSameAs(Lexicons.weapons());
    assertThat(Lexicons.actors().name()).isEqualTo("observatory/lexicon/actors.tsv");
    assertThat(Lexicons.sources().size()).isGreaterThan(50);
  }

  @Test
  void weaponLabelsAreTheEvalVocabulary() {
    String text = "air raids, barrel bombs, mortar rounds, Grad rockets, a cruise missile, helicopter gunships, "
        + "chlorine, a VBIED, a suicide bomber, a roadside bomb, fierce clashes, were beheaded, sniper fire, "
        + "died under torture, the siege, cluster munitions";
    assertThat(labels(Lexicons.weapons(), text)).containsExactly("air strike", "barrel bomb", "shelling", "rocket",
        "missile", "helicopter", "chemical", "car bomb", "suicide bombing", "bombing", "ground attack", "execution",
        "sniper", "torture", "blockade", "air strike");
    assertThat(WEAPON_VOCABULARY).containsAll(labels(Lexicons.weapons(), text));
  }

  @Test
  void adjectivalActorFormsNameTheirActor() {
    assertThat(labels(Lexicons.actors(),
        "Russian air strikes, Turkish shelling, government barrel bombs, regime warplanes, Israeli strikes"))
        .containsExactly("Russia", "Turkey", "Syrian government", "Syrian government", "Israel");
  }

  @Test
  void backedForcesAreTheirProxyNotTheirSponsor() {
    assertThat(labels(Lexicons.actors(), "Turkish-backed rebels attacked US-backed forces"))
        .containsExactly("opposition", "SDF");
    assertThat(labels(Lexicons.actors(), "Russian-backed government forces")).containsExactly("Syrian government",
        "Syrian government");
    assertThat(labels(Lexicons.actors(), "Iranian-backed militias")).containsExactly("pro-government militia");
  }

  @Test
  void theIslamicStateAcronymIsNotTheVerb() {
    assertThat(labels(Lexicons.actors(), "IS claimed the attack, which is the third")).containsExactly("ISIS");
  }

  @Test
  void jihadistGroupsUnderTheirManyNames() {
    assertThat(labels(Lexicons.actors(), "Daesh, ISIL, Jabhat al-Nusra, Hay’at Tahrir al-Sham, Fateh al-Sham"))
        .containsExactly("ISIS", "ISIS", "HTS", "HTS", "HTS");
  }

  @Test
  void monitorsAreNamedTheWayWireCopyNamesThem() {
    assertThat(labels(Lexicons.sources(),
        "the Britain-based Syrian Observatory for Human Rights said; the monitor's director; the Observatory said; "
            + "SNHR; the White Helmets; state news agency SANA; Agence France-Presse; AP; activists"))
        .containsExactly("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights",
            "Syrian Network for Human Rights", "White Helmets", "SANA", "SANA", "AFP", "AP", "activists");
  }

  @Test
  void theWorldHealthOrganizationIsNotThePronoun() {
    assertThat(labels(Lexicons.sources(), "people who fled, the WHO said")).containsExactly("WHO");
  }
}
