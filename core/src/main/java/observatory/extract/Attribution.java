package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import observatory.claim.Perpetrator;
import observatory.claim.Span;
import observatory.lexicon.LexiconMatch;

/**
 * The attribution stage: who did it, how firmly the report says so (stated, suspected,
 * disputed), and who reports it. A draft's perpetrator is read in its own sentence first, then
 * in the sentences it adopted ({@link Draft#attackersFrom()}), in the order it adopted them: the
 * first that names one wins. Its sources are those of its own sentence (else the nearest named
 * before it, else the next sentence's), then those of the sentences it adopted for them.
 */
final class Attribution {

  List<Draft> attribute(Reading r, List<Draft> drafts, Faults faults) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Draft attributed = faults.guard("attribution", d.statement().start(), () -> attribute(r, d), null);
      if (attributed != null) {
        out.add(attributed);
      }
    }
    return List.copyOf(out);
  }

  private static Draft attribute(Reading r, Draft d) {
    Draft.Edit e = d.edit();
    if (!perpetrator(r, d, r.sentence(d.sentence()), e)) {
      for (int k : d.attackersFrom()) {
        if (perpetrator(r, d, r.sentence(k), e)) {
          break;
        }
      }
    }
    sourcesOf(r, r.sentence(d.sentence()), e);
    for (int k : d.sourcesFrom()) {
      for (LexiconMatch m : r.sentence(k).sources()) {
        e.source(m.label());
        e.sourceSpans = Draft.plus(e.sourceSpans, m.span());
      }
    }
    return e.done();
  }

  /** The actors a sentence names as doing the harm, in text order. */
  private static List<LexiconMatch> agentsOf(Reading r, Sentence s) {
    String text = r.text();
    List<LexiconMatch> agents = new ArrayList<>();
    for (LexiconMatch a : s.actors()) {
      String after = text.substring(a.span().end(), Math.min(s.span().end(), a.span().end() + 40)).toLowerCase();
      if (Rx.startsWith(after, "(?s)[\\s-]*(held|controlled|backed|run|led|allied|affiliated|areas|territory|positions?|-held|-controlled)")
          && !Rx.startsWith(after, "(?s)[\\s-]*led coalition")) {
        continue;
      }
      if (a.span().start() >= 5 && text.regionMatches(true, a.span().start() - 5, "anti-", 0, 5)) {
        continue; // "the anti-ISIS coalition" is not ISIS
      }
      String[] prev = PlaceFinder.previousWords(text, s.span().start(), a.span().start(), 6);
      if (heldBy(prev)) {
        continue; // "a district controlled by IS": who holds a place, not who struck it
      }
      int of = OF_WORDS.contains(prev[0]) ? 0 : OF_WORDS.contains(prev[1]) ? 1 : OF_WORDS.contains(prev[2]) && prev[1].equals("the") ? 2 : -1;
      if (of >= 0 && MEMBER_WORDS.contains(prev[of + 1])) {
        continue; // "163 members of the YPG": the dead, not the killers
      }
      if (victim(r, s, a, after)) {
        continue;
      }
      if (attacks(s, a, after, prev)) {
        agents.add(a);
      }
    }
    // "Russian and regime warplanes": an actor coordinated with an attacker attacks too.
    for (LexiconMatch a : s.actors()) {
      if (agents.contains(a)) {
        continue;
      }
      for (LexiconMatch b : agents) {
        if (b.span().start() > a.span().end()
            && Rx.matches(text.substring(a.span().end(), b.span().start()), "\\s*(and|or|,|/)\\s*")) {
          agents.add(a);
          break;
        }
      }
    }
    agents.sort((x, y) -> x.span().compareTo(y.span()));
    return agents;
  }

  private static boolean heldBy(String[] prev) {
    boolean heldBy = false;
    for (int k = 0; k + 1 < prev.length; k++) {
      heldBy |= prev[k].equals("by") && HELD_WORDS.contains(prev[k + 1]);
    }
    return heldBy;
  }

  /** "ISIS fighters were killed": the actor names the victims. */
  private static boolean victim(Reading r, Sentence s, LexiconMatch a, String after) {
    return Rx.startsWith(after, "(?s)\\s*(\\w+\\s+)?(fighters|soldiers|members|troops|militants|personnel|rebels|jihadists|recruits|officers)\\b")
        && r.cues().any("killed", a.span().end(), Math.min(s.span().end(), a.span().end() + 60))
        && !Rx.startsWith(after, "(?s)\\s*(\\w+\\s+)?(fighters|soldiers|members|troops|militants|personnel|rebels|jihadists)\\s+(killed|shot|executed|attacked|shelled|fired|launched|stormed|opened)\\b");
  }

  /** Whether the words around the actor make it the attacker: "regime warplanes", "by IS", "IS claimed the attack". */
  private static boolean attacks(Sentence s, LexiconMatch a, String after, String[] prev) {
    return s.weapons().stream().anyMatch(w -> w.span().start() >= a.span().end() && w.span().start() - a.span().end() <= 25)
        || Rx.startsWith(after, "(?s)[\\s-]*(\\w+\\s+)?(forces|troops|jets|warplanes|aircraft|planes|helicopters?|army|artillery|air force|strikes?|raids?|shelling|bombardment|militias?|drones?|military|gunboats?|tanks?|bombs?|rockets?|missiles?|barrel)")
        || prev[0].equals("by") || prev[0].equals("from") || prev[1].equals("by") || prev[1].equals("from")
        || handsOf(prev)
        || prev[2].equals("by") && prev[1].equals("the")
        || Rx.startsWith(after, "(?s)\\s*(has|have|had)?\\s*(killed|shelled|bombed|struck|hit|targeted|attacked|launched|fired|executed|pounded|carried out|stormed|raided|shot|dropped|opened fire)")
        || blamed(prev) || Rx.startsWith(after, "(?s)\\s*(\\w+\\s+)?(claimed|claims|has claimed|have claimed)\\s+(responsibility|the attack|the bombing|the blast)")
        || Rx.startsWith(after, "(?s)\\s*(cells?|suicide bombers?|gunmen|snipers?|militants|fighters)\\s+(\\w+\\s+)?(attacked|killed|stormed|opened|blew|detonated|shot|executed)");
  }

  /** Sets the draft's perpetrator as the sentence names it; false when it names none for this draft. */
  private static boolean perpetrator(Reading r, Draft d, Sentence s, Draft.Edit e) {
    String text = r.text();
    List<LexiconMatch> agents = agentsOf(r, s);
    if (d.clause() != null && agents.size() > 1) {
      // "Regime forces killed 129, while Russian forces killed 58": each figure its own attacker.
      int figure = d.killed() != null ? d.killed().extent().start() : d.clause().start();
      int from = DraftMaker.itemStart(text, Math.min(d.leadStart() == 0 ? d.clause().start() : d.leadStart(),
          d.clause().start()), figure);
      // The attacker named just before the figure ("regime forces killed 31") comes first; then
      // one named after it in its clause ("31 were killed by regime forces").
      List<LexiconMatch> lead = agents.stream()
          .filter(a -> a.span().start() >= from && a.span().end() <= figure).toList();
      List<LexiconMatch> inClause = agents.stream()
          .filter(a -> a.span().start() >= from && a.span().end() <= d.clause().end()).toList();
      if (!lead.isEmpty()) {
        agents = new ArrayList<>(lead);
      } else if (!inClause.isEmpty()) {
        agents = new ArrayList<>(inClause);
      } else if (agents.stream().map(LexiconMatch::label).distinct().count() > 1) {
        return false; // several attackers in the sentence, none in this figure's clause: unknown, not all of them
      }
    }
    if (agents.isEmpty()) {
      // Who did it may be said in the sentence before ("Turkish jets pounded towns ... In
      // Qamishli, shelling killed five") or after ("... The group blamed the YPG").
      List<Sentence> sentences = r.sentences();
      for (int k : new int[] {s.index() - 1, s.index() + 1}) {
        if (k >= 0 && k < sentences.size() && sentences.get(k).paragraph() == s.paragraph()
            && sentences.get(k).figures().isEmpty()) {
          agents = new ArrayList<>(agentsOf(r, sentences.get(k)));
          if (!agents.isEmpty()) {
            break;
          }
        }
      }
    }
    if (agents.isEmpty()) {
      return false;
    }
    TreeSet<String> names = new TreeSet<>();
    List<Span> spans = new ArrayList<>(agents.size());
    boolean or = false;
    for (int i = 0; i < agents.size(); i++) {
      names.add(agents.get(i).label());
      spans.add(agents.get(i).span());
      if (i > 0) {
        String between = text.substring(agents.get(i - 1).span().end(), agents.get(i).span().start()).toLowerCase();
        or |= (" " + between + " ").contains(" or ");
      }
    }
    String actor = String.join(or ? " or " : " and ", names);
    observatory.claim.Attribution attribution = observatory.claim.Attribution.STATED;
    for (LexiconMatch a : agents) {
      int from = Math.max(0, a.span().start() - 45);
      int to = Math.min(text.length(), a.span().end() + 45);
      String[] prev = PlaceFinder.previousWords(text, Math.max(0, a.span().start() - 40), a.span().start(), 3);
      if (r.cues().any("suspected", from, to) && !accusedAfter(text, a) || or || blamed(prev)) {
        attribution = observatory.claim.Attribution.SUSPECTED;
      }
    }
    for (Sentence other : r.sentences()) {
      if (other.actors().stream().anyMatch(m -> names.contains(m.label())) && deniesTheAct(r, other)) {
        attribution = observatory.claim.Attribution.DISPUTED;
      }
    }
    e.perpetrator = new Perpetrator(actor, attribution);
    e.perpetratorSpans = Draft.plusAll(e.perpetratorSpans, spans);
    return true;
  }

  /**
   * A denial disputes who did it when it denies the act ("denied responsibility", "denied that
   * its forces used chemical weapons"), not when it denies harming civilians: that disputes who
   * the victims were, not who fired.
   */
  private static boolean deniesTheAct(Reading r, Sentence s) {
    for (Span cue : r.cues().find("disputed", s.span().start(), s.span().end())) {
      String object = r.text().substring(cue.end(), Math.min(s.span().end(), cue.end() + 40)).toLowerCase(Locale.ROOT);
      if (!object.contains("civilian")) {
        return true;
      }
    }
    return false;
  }

  /** The sources of the draft's own sentence, else the nearest named before it, else the next sentence's. */
  private static void sourcesOf(Reading r, Sentence s, Draft.Edit e) {
    List<Sentence> sentences = r.sentences();
    for (LexiconMatch m : s.sources()) {
      e.source(m.label());
      e.sourceSpans = Draft.plus(e.sourceSpans, m.span());
    }
    if (e.sources.isEmpty()) {
      // The nearest source named before, in the same paragraph or the one before.
      for (int k = s.index() - 1; k >= 0 && s.paragraph() - sentences.get(k).paragraph() <= 1; k--) {
        List<LexiconMatch> ms = sentences.get(k).sources();
        if (!ms.isEmpty()) {
          e.source(ms.get(0).label());
          break;
        }
      }
      if (e.sources.isEmpty() && s.index() + 1 < sentences.size()) {
        for (LexiconMatch m : sentences.get(s.index() + 1).sources()) {
          e.source(m.label());
        }
      }
    }
  }

  private static final Set<String> HELD_WORDS = Set.of("held", "controlled", "run", "besieged",
      "surrounded", "captured", "seized", "retaken", "recaptured", "taken");
  private static final Set<String> OF_WORDS = Set.of("of", "within", "from", "in");
  private static final Set<String> MEMBER_WORDS = Set.of("members", "fighters", "soldiers", "troops",
      "ranks", "militants", "personnel", "commander", "commanders");
  private static final Set<String> BLAME_WORDS = Set.of("blamed", "blaming", "blames", "accused",
      "accusing", "accuses", "blame", "accuse");

  /** "blamed the YPG", "accusing government warplanes". */
  private static boolean blamed(String[] prev) {
    int k = prev[0].equals("the") ? 1 : 0;
    return k < prev.length && BLAME_WORDS.contains(prev[k]);
  }

  /** "... executed eight men accused of spying": the accused are the victims, not the killers. */
  private static boolean accusedAfter(String text, LexiconMatch a) {
    String after = text.substring(a.span().end(), Math.min(text.length(), a.span().end() + 45)).toLowerCase(Locale.ROOT);
    return after.contains(" accused of ") && !after.contains("suspected") && !after.contains("believed");
  }

  /** "at the hands of the X", "at the hands of the militias of X". */
  private static boolean handsOf(String[] prev) {
    for (int k = 0; k + 1 < prev.length; k++) {
      if (prev[k].equals("of") && prev[k + 1].equals("hands")) {
        return true;
      }
    }
    return false;
  }
}
