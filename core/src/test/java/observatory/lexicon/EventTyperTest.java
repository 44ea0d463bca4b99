package observatory.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import observatory.claim.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Snippets written for these tests in wire-news style; none is taken from a real report. */
class EventTyperTest {
  private static final EventTyper TYPER = EventTyper.standard();

  private static Optional<String> subType(String text) {
    return TYPER.classify(text, 0, text.length()).map(EventType::subType);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Armed clash | Fierce clashes broke out on Tuesday between rebels and government forces on the edge of the town, a monitor said.
      Government regains territory | Syrian government forces recaptured the village of Tel Ahmar from rebels on Sunday after a week-long push, state media said.
      Non-state actor overtakes territory | Islamic State fighters seized the desert town late on Monday, overrunning the last army checkpoint, a monitoring group said.
      Chemical weapon | Dozens of people suffered breathing difficulties after a chlorine attack on the besieged district, medics said.
      Air/drone strike | Warplanes carried out at least a dozen air strikes on the town of Kafr Saleh on Friday, activists said.
      Suicide bomb | A suicide bomber detonated an explosive belt at a checkpoint near the border crossing, killing six guards.
      Shelling/artillery/missile attack | Rebel mortar rounds and artillery fire hit a residential neighbourhood of the city on Wednesday, the state news agency said.
      Remote explosive/landmine/IED | A roadside bomb exploded as a military bus passed on the highway outside the city, wounding four soldiers.
      Grenade | An unidentified assailant threw a grenade into a crowded cafe on Saturday evening, wounding nine people.
      Sexual violence | Women detained at the checkpoint said they were raped by members of the militia, a rights group reported.
      Attack | Gunmen executed eleven villagers, including a child, in the main square, residents said.
      Abduction/forced disappearance | Armed men abducted a local aid worker from his home at dawn and his whereabouts remain unknown, his family said.
      Peaceful protest | Hundreds of people took to the streets of the town after Friday prayers, chanting slogans and holding banners in a peaceful rally.
      Protest with intervention | Police fired tear gas to disperse hundreds of demonstrators who gathered outside the governor's office on Sunday.
      Excessive force against protesters | Security forces opened fire on protesters in the southern city, killing at least seven people, witnesses said.
      Violent demonstration | Rioters threw stones at police and burned tyres on the main road after a young man died in custody.
      Mob violence | An angry mob lynched a man accused of theft in the market on Thursday, according to local sources.
      Agreement | The warring sides agreed to a ceasefire that took effect at midnight, under a deal brokered by Russia and Turkey.
      Arrests | Military intelligence arrested 30 young men in a dawn raid on the suburb, a rights group said.
      Change to group/activity | Three rebel factions announced the formation of a new alliance under a single command on Monday.
      Disrupted weapons use | Air defences intercepted several missiles over the capital overnight, the army said.
      Headquarters or base established | Turkish troops set up a new observation post south of the town on Thursday, a war monitor said.
      Looting/property destruction | Fighters looted shops and torched several houses after entering the village, residents said.
      Non-violent transfer of territory | Government troops withdrew from the border town and handed over their positions to Kurdish forces without a fight.
      Other | Authorities imposed a curfew on the city and sent reinforcements to its outskirts on Wednesday.
      """)
  void typesEachSubEventType(String expected, String snippet) {
    assertThat(subType(snippet)).as(TYPER.explain(snippet, 0, snippet.length()).toString()).contains(expected);
  }

  @Test
  void namesTheEventTypeAsAcledWritesIt() {
    String text = "Government helicopters dropped barrel bombs on two villages on Monday.";
    assertThat(TYPER.classify(text, 0, text.length()))
        .contains(new EventType("Explosions/Remote violence", "Air/drone strike"));
  }

  @Test
  void aChemicalAttackFromTheAirIsAChemicalWeapon() {
    assertThat(subType("Regime helicopters dropped barrel bombs filled with chlorine gas on the town overnight, "
        + "and medics treated dozens of people for suffocation.")).contains("Chemical weapon");
  }

  @Test
  void aProtestDispersedWithLiveFireIsExcessiveForce() {
    assertThat(subType("Thousands of demonstrators marched through the city centre. Troops fired tear gas and "
        + "then live ammunition to disperse the crowd, killing four protesters."))
        .contains("Excessive force against protesters");
  }

  @Test
  void anAirStrikeThatKillsCiviliansStaysAnAirStrike() {
    assertThat(subType("An air strike on a crowded market killed 23 civilians, including eight children, in what "
        + "rescuers called a massacre.")).contains("Air/drone strike");
  }

  @Test
  void aSuicideCarBombIsASuicideBombNotARemoteExplosive() {
    assertThat(subType("A suicide car bomb tore through a checkpoint on the edge of the town.")).contains("Suicide bomb");
  }

  @Test
  void airStrikesOutrankShellingInOneEvent() {
    assertThat(subType("Warplanes and artillery pounded the rebel-held town, killing five people."))
        .contains("Air/drone strike");
  }

  @Test
  void sniperFireOnCiviliansIsViolenceAgainstCivilians() {
    assertThat(subType("A sniper shot dead a woman as she crossed the street to fetch bread, residents said."))
        .contains("Attack");
  }

  @Test
  void whoTakesTheTownDecidesTheTerritorySubType() {
    assertThat(subType("Rebels captured the hilltop village after the army retreated, activists said."))
        .contains("Non-state actor overtakes territory");
    assertThat(subType("The army captured the hilltop village from rebels, state television said."))
        .contains("Government regains territory");
  }

  @Test
  void arrestsAtAProtestAreAnIntervention() {
    assertThat(subType("Police arrested dozens of protesters at a sit-in outside parliament on Tuesday."))
        .contains("Protest with intervention");
  }

  @Test
  void textWithoutAnEventHasNoType() {
    assertThat(subType("The foreign ministers met in Geneva to discuss the future of the country and will "
        + "meet again next month.")).isEmpty();
    assertThat(subType("Talks in the capital ended without an agreement, and both delegations went home.")).isEmpty();
    assertThat(subType("")).isEmpty();
  }

  @Test
  void classifiesOnlyTheGivenStretch() {
    String text = "Rebels and government forces clashed near the airport. Later, an air strike hit a bakery.";
    int second = text.indexOf("Later");
    assertThat(TYPER.classify(text, 0, second).map(EventType::subType)).contains("Armed clash");
    assertThat(TYPER.classify(text, second, text.length()).map(EventType::subType)).contains("Air/drone strike");
  }

  @Test
  void explainsItsDecisionWithTheCuesFound() {
    String text = "Russian warplanes struck the town.";
    EventTyper.Explanation why = TYPER.explain(text, 0, text.length());
    assertThat(why.cues()).extracting(LexiconMatch::phrase).contains("warplane(s)");
    assertThat(why.scores()).containsKey("Air/drone strike");
  }

  @Test
  void knowsTheTwentyFiveAcledSubEventTypes() {
    assertThat(TYPER.vocabulary()).hasSize(25)
        .contains(new EventType("Battles", "Non-state actor overtakes territory"),
            new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
            new EventType("Explosions/Remote violence", "Remote explosive/landmine/IED"),
            new EventType("Violence against civilians", "Abduction/forced disappearance"),
            new EventType("Protests", "Excessive force against protesters"),
            new EventType("Strategic developments", "Headquarters or base established"),
            new EventType("Strategic developments", "Non-violent transfer of territory"));
    assertThat(TYPER.vocabulary()).extracting(EventType::type).containsOnly("Battles",
        "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments");
  }

  @Test
  void buildsATyperFromItsOwnLines() {
    assertThat(EventTyper.fromLines("t", List.of("type\tBattles\tArmed clash\t1", "cue\tArmed clash\t3\tclashes"))
        .classify("heavy clashes", 0, 13)).contains(new EventType("Battles", "Armed clash"));
  }

  @Test
  void aCueForAnUndeclaredSubTypeNamesTheLine() {
    assertThatThrownBy(() -> EventTyper.fromLines("types.tsv",
        List.of("type\tBattles\tArmed clash\t1", "cue\tArmed clashes\t3\tclashes")))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("types.tsv line 2")
        .hasMessageContaining("Armed clashes");
  }

  @Test
  void aConditionOnAnUnknownNameIsRefused() {
    assertThatThrownBy(() -> EventTyper.fromLines("types.tsv",
        List.of("type\tBattles\tArmed clash\t1", "cue\tArmed clash\t3\tclashes\tside=rebels")))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("rebels");
  }

  @Test
  void theMonthOfMarchInADatelineIsNotAProtest() {
    // Regression: "BEIRUT, March 9 - ... killed" read "March" as a protest march, and the dead as
    // protesters killed by excessive force.
    assertThat(subType("BEIRUT, March 9 - Air strikes killed at least 31 civilians in towns across the "
        + "southern Idlib countryside on Sunday, a monitor said.")).contains("Air/drone strike");
  }
}
