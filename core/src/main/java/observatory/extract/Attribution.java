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
 *
 * <p>An actor named is not always the attacker: the words around it decide ("by IS", "regime
 * warplanes", "IS claimed the attack" make one; "held by IS", "ISIS fighters were killed", "one
 * fighter from the SDF", "in Damascus", "the SDF said" do not). Role words ("terrorists", "the
 * army", "the group") are resolved by {@link StandIns}.
 */
final class Attribution {

  List<Draft> attribute(Reading r, List<Draft> drafts, Faults faults) {
    List<Draft> out = new ArrayList<>(drafts.size());
    StandIns standIns = StandIns.of(r);
    for (Draft d : drafts) {
      Draft attributed = faults.guard("attribution", d.statement().start(), () -> attribute(r, standIns, d), null);
      if (attributed != null) {
        out.add(attributed);
      }
    }
    return List.copyOf(out);
  }

  /**
   * An actor a sentence names as the attacker, under the name the eval vocabulary gives it.
   *
   * @param evidence the words besides its own that named it (the voice that says "terrorists")
   * @param hedged named only as where the fire came from ("fired from areas held by X")
   */
  private record Agent(Span span, String label, List<Span> evidence, boolean hedged) {
  }

  private static Draft attribute(Reading r, StandIns standIns, Draft d) {
    Draft.Edit e = d.edit();
    Ctx c = new Ctx(r, standIns, StandIns.countryOf(d));
    if (!perpetrator(c, d, r.sentence(d.sentence()), e)) {
      for (int k : d.attackersFrom()) {
        if (perpetrator(c, d, r.sentence(k), e)) {
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

  /** What resolving an actor needs: the report, its stand-ins, and the country of the draft's places. */
  private record Ctx(Reading r, StandIns standIns, String country, boolean deep) {
    Ctx(Reading r, StandIns standIns, String country) {
      this(r, standIns, country, true);
    }

    /** The same, resolving "the group" by the last name only: what looking back for it reads with. */
    Ctx shallow() {
      return new Ctx(r, standIns, country, false);
    }
  }

  /** The actors a sentence names as doing the harm, in text order. */
  private static List<Agent> agentsOf(Ctx c, Sentence s) {
    Reading r = c.r();
    String text = r.text();
    List<Agent> agents = new ArrayList<>();
    List<LexiconMatch> rejected = new ArrayList<>();
    List<Agent> speakers = new ArrayList<>();
    List<LexiconMatch> actors = s.actors();
    for (int i = 0; i < actors.size(); i++) {
      LexiconMatch a = actors.get(i);
      String after = text.substring(a.span().end(), Math.min(s.span().end(), a.span().end() + 90)).toLowerCase();
      String[] prev = PlaceFinder.previousWords(text, s.span().start(), a.span().start(), 6);
      Agent named = named(c, a, i == 0 ? null : actors.get(i - 1));
      if (named == null) {
        continue; // a stand-in the report does not resolve, or one that repeats the name before it ("ISIS terrorists")
      }
      if (StandIns.capital(a, text) && !actsAsAState(after, prev)) {
        continue; // "in Damascus", "the Damascus police command", "DAMASCUS (AFP)": a place, not the government
      }
      boolean heldAfter = Rx.startsWith(after, "(?s)[\\s-]*(held|controlled|backed|run|led|allied|affiliated|areas|territory|positions?|-held|-controlled)\\b")
          && !Rx.startsWith(after, "(?s)[\\s-]*led coalition");
      if (heldAfter || heldBy(prev)) {
        // "a district controlled by IS": who holds a place, not who struck it; but "shells fired
        // from areas held by government forces" names them, hedged.
        if (firedFrom(text, s, a)) {
          Agent deep = deepen(c, a, named);
          agents.add(new Agent(a.span(), deep.label(), deep.evidence(), true));
        } else {
          rejected.add(a);
        }
        continue;
      }
      if (prev[0].equals("from") && takenFrom(PlaceFinder.previousWords(text, s.span().start(), a.span().start(), 10))) {
        rejected.add(a);
        continue; // "an offensive to recapture Deir Ezzor from ISIS": who held it, not who struck
      }
      if (a.span().start() >= 5 && text.regionMatches(true, a.span().start() - 5, "anti-", 0, 5)) {
        rejected.add(a);
        continue; // "the anti-ISIS coalition" is not ISIS
      }
      int of = OF_WORDS.contains(prev[0]) ? 0 : OF_WORDS.contains(prev[1]) ? 1 : OF_WORDS.contains(prev[2]) && prev[1].equals("the") ? 2 : -1;
      if (of >= 0 && MEMBER_WORDS.contains(prev[of + 1])) {
        rejected.add(a);
        continue; // "163 members of the YPG", "one fighter from the SDF": the dead, not the killers
      }
      if (victim(r, s, a, after)) {
        rejected.add(a);
        continue;
      }
      if (Rx.startsWith(after, SPEAKS)) {
        // "Iraqi security forces said terrorists ...", "Damascus accused Ankara": who speaks is
        // not who struck when the sentence names another; "the Turkish military said the
        // airstrikes hit Derik" speaks of its own.
        if (attacks(s, a, after, prev)) {
          speakers.add(deepen(c, a, named));
        }
        continue;
      }
      if (attacks(s, a, after, prev)) {
        agents.add(deepen(c, a, named));
      }
    }
    if (agents.isEmpty()) {
      agents.addAll(speakers);
    } else {
      speakers.forEach(x -> rejected.add(actors.stream().filter(a -> a.span().equals(x.span())).findFirst().orElseThrow()));
    }
    // "Russian and regime warplanes", "regime forces and Hezbollah": an actor coordinated with an
    // attacker attacks too.
    for (LexiconMatch a : actors) {
      if (rejected.contains(a) || agents.stream().anyMatch(x -> x.span().equals(a.span()))) {
        continue;
      }
      for (Agent b : List.copyOf(agents)) {
        boolean before = b.span().start() > a.span().end()
            && Rx.matches(text.substring(a.span().end(), b.span().start()), "\\s*(and|or|,|/)\\s*");
        boolean behind = a.span().start() > b.span().end()
            && Rx.matches(text.substring(b.span().end(), a.span().start()), "\\s*(and|or|,|/)\\s*((its|their)\\s+)?");
        if (before || behind) {
          Agent named = named(c, a, null);
          if (named != null && !(StandIns.capital(a, text))) {
            agents.add(deepen(c, a, named));
          }
          break;
        }
      }
    }
    agents.sort((x, y) -> x.span().compareTo(y.span()));
    return agents;
  }

  /** The actor under its vocabulary name, a stand-in resolved; null when it names no one here. */
  private static Agent named(Ctx c, LexiconMatch a, LexiconMatch before) {
    if (!StandIns.isStandIn(a)) {
      return new Agent(a.span(), a.label(), List.of(), false);
    }
    if (before != null && !StandIns.isStandIn(before)
        && Rx.matches(c.r().text().substring(before.span().end(), a.span().start()), "[\\s-]*")) {
      return null; // "Nusra terrorists": the name says who
    }
    return c.standIns().resolve(a, c.country())
        .map(x -> new Agent(a.span(), x.label(), x.evidence(), false)).orElse(null);
  }

  /**
   * "The group", once it reads as the attacker: the group the report last named attacking,
   * rather than the last named. Looked for only then, and without looking further back from the
   * sentences it reads: one look back per attacking "the group".
   */
  private static Agent deepen(Ctx c, LexiconMatch a, Agent named) {
    if (!c.deep() || !(a.label().equals("?group") || a.label().equals("?jihadists"))) {
      return named;
    }
    Agent last = groupAttackingBefore(c.shallow(), a);
    return last == null ? named : new Agent(a.span(), last.label(), List.of(last.span()), false);
  }

  /**
   * "Islamic State militants executed eight men accused of collaborating with Kurdish forces [...]
   * Days earlier, the group beheaded two women": the group the report last named as attacking,
   * in the sentences before.
   */
  private static Agent groupAttackingBefore(Ctx c, LexiconMatch a) {
    Set<String> groups = a.label().equals("?jihadists") ? StandIns.JIHADIST_GROUPS : StandIns.ARMED_GROUPS;
    int at = -1;
    for (Sentence s : c.r().sentences()) {
      if (s.span().contains(a.span())) {
        at = s.index();
      }
    }
    for (int k = at - 1; k >= 0 && at - k <= GROUP_REACH; k--) {
      List<Agent> agents = agentsOf(c, c.r().sentence(k));
      for (int j = agents.size() - 1; j >= 0; j--) {
        if (groups.contains(agents.get(j).label())) {
          return agents.get(j);
        }
      }
    }
    return null;
  }

  /**
   * A total or tally that names no attacker, whose parts name several: "multiple" ("27 civilians
   * died across Syria on Sunday: nine in regime air strikes on A, six in Russian air strikes on
   * B, five in a shell fired by the factions on C").
   */
  private static List<Draft> multiple(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts);
    for (int i = 0; i < out.size(); i++) {
      Draft total = out.get(i);
      if (total.perpetrator() != null || total.scopeKind() == observatory.claim.Scope.SINGLE) {
        continue;
      }
      Set<String> actors = new TreeSet<>();
      List<Span> spans = new ArrayList<>();
      for (Draft part : drafts) {
        if (part.partOf().isPresent() && part.partOf().getAsInt() == total.key() && part.perpetrator() != null) {
          actors.add(part.perpetrator().actor());
          spans.addAll(part.perpetratorSpans());
        }
      }
      if (actors.size() > 1) {
        Draft.Edit e = total.edit();
        e.perpetrator = new Perpetrator(MULTIPLE, observatory.claim.Attribution.STATED);
        e.perpetratorSpans = Draft.plusAll(e.perpetratorSpans, spans);
        out.set(i, e.done());
      }
    }
    return out;
  }

  /**
   * The attackers a report's lead names for the strikes it lists after it: "Warplanes of the
   * Russian and regime air forces continued bombing Idlib [...] Aerial bombardment continued on
   * Taftanaz and Has, killing a woman and her child". Taken, as suspected, by a draft that names
   * no attacker when it is the same kind of attack as the lead's, or points back to it ("since the
   * operation began").
   */
  private static List<Agent> leadAttackers(Ctx c, Draft d, Sentence s) {
    Reading r = c.r();
    List<Sentence> sentences = r.sentences();
    int firstParagraph = sentences.get(0).paragraph();
    if (s.paragraph() == firstParagraph) {
      return List.of(); // the lead itself: its neighbours have been read
    }
    boolean pointsBack = Rx.find(s.span().of(r.text()), POINTS_BACK + "|(?i)\\bthe (operation|offensive|campaign)\\b");
    for (Sentence lead : sentences) {
      if (lead.paragraph() != firstParagraph) {
        break;
      }
      List<Agent> agents = agentsOf(c, lead);
      boolean sameKind = lead.weapons().stream().anyMatch(w -> d.weapons().stream().anyMatch(x -> sameKind(w.label(), x)));
      if (!agents.isEmpty() && (sameKind || pointsBack && d.weapons().isEmpty())) {
        return agents;
      }
    }
    return List.of();
  }

  /** One kind of attack, said in words that tell: "bombing" ("bombardment", "a mine") tells nothing. */
  private static boolean sameKind(String a, String b) {
    return !a.equals("bombing") && (a.equals(b) || WeaponKinds.typeOf(a) != null && WeaponKinds.typeOf(a).equals(WeaponKinds.typeOf(b)));
  }

  /** "Damascus accused Ankara", "blamed Moscow", "Ankara launched": a capital speaking or acting for its state. */
  private static boolean actsAsAState(String after, String[] prev) {
    return blamed(prev) || Rx.startsWith(after, "(?s)[\\s,]*((has|have|had|also|then|later|again)\\s+)?"
        + "(accused|accuses|blamed|blames|said|says|denied|denies|launched|launches|struck|strikes|hit|shelled|bombed|"
        + "fired|carried out|claimed|retaliated|attacked|killed|targeted|sent|deployed|responded|began|has|have|'s)\\b");
  }

  /** "shells fired from areas held by government forces", "rockets launched from regime-held territory". */
  private static boolean firedFrom(String text, Sentence s, LexiconMatch a) {
    String before = text.substring(Math.max(s.span().start(), a.span().start() - 50), a.span().start()).toLowerCase(Locale.ROOT);
    return Rx.find(before, "\\b(fired|launched|came|coming|shelled)\\s+from\\s+(\\w+\\s+){0,3}$")
        || Rx.find(before, "\\b(fired|launched|came|coming)\\s+from\\s+(\\w+\\s+){0,3}(areas?|positions?|territory|parts?)\\s+(held|controlled)\\s+by\\s+(the\\s+)?$");
  }

  /** "to recapture the city of Deir Ezzor from", "drove them out from": the words before a "from" that name the holder. */
  private static boolean takenFrom(String[] prev) {
    for (int k = 1; k < prev.length; k++) {
      if (TAKEN_WORDS.contains(prev[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean heldBy(String[] prev) {
    boolean heldBy = false;
    for (int k = 0; k + 1 < prev.length; k++) {
      heldBy |= prev[k].equals("by") && HELD_WORDS.contains(prev[k + 1]);
    }
    return heldBy;
  }

  /** "ISIS fighters were killed", "a dozen rebels died": the actor names the victims. */
  private static boolean victim(Reading r, Sentence s, LexiconMatch a, String after) {
    if (Rx.startsWith(after, "(?s)\\s*((were|was|have been|has been|had been)\\s+(\\w+\\s+)?(killed|wounded|injured|executed|beheaded|shot dead)"
        + "|(also\\s+)?(died|perished)\\b)")) {
      return true;
    }
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
        || Rx.startsWith(after, "(?s)\\s*(has|have|had)?\\s*(also\\s+)?(killed|shelled|bombed|struck|hit|targeted|attacked|launched|fired|executed|beheaded|pounded|carried out|stormed|raided|shot|dropped|opened fire)")
        || blamed(prev) || Rx.startsWith(after, "(?s)\\s*(\\w+\\s+)?(claimed|claims|has claimed|have claimed)\\s+(responsibility|the attack|the bombing|the blast)")
        || Rx.startsWith(after, "(?s)\\s*(cells?|suicide bombers?|gunmen|snipers?|militants|fighters|terrorists?)\\s+(\\w+\\s+)?(attacked|killed|stormed|opened|blew|detonated|shot|executed)")
        || foughtWith(prev) || weaponOf(s, a, prev)
        || Rx.startsWith(after, "(?s)\\s*(positioned|stationed|based|entrenched|deployed)\\s+(in|on|at|near|around)\\s+[^,.;]{0,40}?\\b(fired|launched|shelled|targeted|attacked|struck)\\b");
  }

  /**
   * "killed in fighting with the SDF", "clashes with regime forces": the side they fought killed
   * them; "fighting between regime forces and HTS": both sides fought.
   */
  private static boolean foughtWith(String[] prev) {
    int k = prev[0].equals("the") ? 1 : 0;
    return (prev[k].equals("with") || prev[k].equals("between")) && FIGHT_WORDS.contains(prev[k + 1]);
  }

  /** "the shelling of the Turkish army", "raids by Russian jets": the weapon names whose it is. */
  private static boolean weaponOf(Sentence s, LexiconMatch a, String[] prev) {
    int k = prev[0].equals("the") ? 1 : 0;
    if (!prev[k].equals("of")) {
      return false;
    }
    return s.weapons().stream().anyMatch(w -> w.span().end() <= a.span().start() && a.span().start() - w.span().end() <= 9);
  }

  /** Sets the draft's perpetrator as the sentence names it; false when it names none for this draft. */
  private static boolean perpetrator(Ctx c, Draft d, Sentence s, Draft.Edit e) {
    Reading r = c.r();
    String text = r.text();
    List<Agent> agents = agentsOf(c, s);
    if (d.clause() != null && agents.size() > 1) {
      // "Regime forces killed 129, while Russian forces killed 58": each figure its own attacker.
      int figure = d.killed() != null ? d.killed().extent().start() : d.clause().start();
      int from = DraftMaker.itemStart(text, Math.min(d.leadStart() == 0 ? d.clause().start() : d.leadStart(),
          d.clause().start()), figure);
      // The attacker named just before the figure ("regime forces killed 31") comes first, unless
      // a clause break parts them ("... when regime jets struck, while four died in Russian
      // raids"); then one named after it in its clause ("31 were killed by regime forces").
      List<Agent> lead = agents.stream()
          .filter(a -> a.span().start() >= from && a.span().end() <= figure).toList();
      List<Agent> inClause = agents.stream()
          .filter(a -> a.span().start() >= figure && a.span().end() <= d.clause().end()).toList();
      if (!lead.isEmpty() && !inClause.isEmpty()
          && Rx.find(text.substring(lead.get(lead.size() - 1).span().end(), figure), "(,\\s*(while|whereas|and|but|as)|;)\\s")) {
        lead = List.of();
      }
      if (!lead.isEmpty()) {
        agents = new ArrayList<>(lead);
      } else if (!inClause.isEmpty()) {
        agents = new ArrayList<>(inClause);
      } else if (agents.stream().map(Agent::label).distinct().count() > 1) {
        return false; // several attackers in the sentence, none in this figure's clause: unknown, not all of them
      }
    }
    if (agents.isEmpty()) {
      // Who did it may be said in the sentence before ("Turkish jets pounded towns ... In
      // Qamishli, shelling killed five") or after ("... The group blamed the YPG").
      // A sentence that points back ("that day", "the attack") reads the one before it across a
      // paragraph break too.
      List<Sentence> sentences = r.sentences();
      boolean pointsBack = Rx.find(s.span().of(text), POINTS_BACK);
      for (int k : new int[] {s.index() - 1, s.index() + 1}) {
        if (k >= 0 && k < sentences.size() && sentences.get(k).figures().isEmpty()
            && (sentences.get(k).paragraph() == s.paragraph() || k < s.index() && pointsBack
                || k > s.index() && Rx.find(sentences.get(k).span().of(text), POINTS_BACK))) {
          agents = new ArrayList<>(agentsOf(c, sentences.get(k)));
          if (!agents.isEmpty()) {
            break;
          }
        }
      }
    }
    if (agents.isEmpty()) {
      return false;
    }
    name(c, agents, false, e);
    return true;
  }

  /** Sets the perpetrator the agents name: joint, or one of them ("X or Y"), and how firmly. */
  private static void name(Ctx c, List<Agent> agents, boolean fromLead, Draft.Edit e) {
    Reading r = c.r();
    String text = r.text();
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER); // "opposition and Turkey"
    List<Span> spans = new ArrayList<>(agents.size());
    boolean or = false;
    boolean hedged = false;
    for (int i = 0; i < agents.size(); i++) {
      Agent a = agents.get(i);
      names.add(a.label());
      spans.add(a.span());
      spans.addAll(a.evidence());
      hedged |= a.hedged() || fromLead;
      if (i > 0) {
        String between = text.substring(agents.get(i - 1).span().end(), a.span().start()).toLowerCase();
        or |= (" " + between + " ").contains(" or ") && names.size() > 1;
      }
    }
    String actor = String.join(or ? " or " : " and ", names);
    observatory.claim.Attribution attribution = observatory.claim.Attribution.STATED;
    for (Agent a : agents) {
      int from = Math.max(0, a.span().start() - 45);
      int to = Math.min(text.length(), a.span().end() + 45);
      String[] prev = PlaceFinder.previousWords(text, Math.max(0, a.span().start() - 40), a.span().start(), 3);
      if (r.cues().any("suspected", from, to) && !accusedAfter(text, a.span()) || or || hedged || blamed(prev)) {
        attribution = observatory.claim.Attribution.SUSPECTED;
      }
    }
    for (Sentence other : r.sentences()) {
      if (!other.actors().isEmpty() && r.cue("disputed", other) && deniesTheAct(r, other)
          && other.actors().stream().anyMatch(m -> {
            Agent named = named(c, m, null);
            return named != null && names.contains(named.label());
          })) {
        attribution = observatory.claim.Attribution.DISPUTED;
      }
    }
    e.perpetrator = new Perpetrator(actor, attribution);
    e.perpetratorSpans = Draft.plusAll(e.perpetratorSpans, spans.stream().distinct().toList());
  }

  /**
   * The drafts that still name no attacker once parts have inherited their total's, with the
   * attackers the report's lead names for the strikes it lists ({@link #leadAttackers}). Runs
   * after {@link Totals}.
   */
  List<Draft> fromLead(Reading r, List<Draft> drafts, Faults faults) {
    if (drafts.stream().allMatch(d -> d.perpetrator() != null)) {
      return drafts;
    }
    drafts = multiple(drafts);
    StandIns standIns = StandIns.of(r);
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      // "In a separate strike", "Elsewhere": another event than the lead's.
      out.add(d.perpetrator() != null || d.separate() ? d : faults.guard("attribution", d.statement().start(), () -> {
        Ctx c = new Ctx(r, standIns, StandIns.countryOf(d));
        List<Agent> agents = leadAttackers(c, d, r.sentence(d.sentence()));
        if (agents.isEmpty()) {
          return d;
        }
        Draft.Edit e = d.edit();
        name(c, agents, true, e);
        return e.done();
      }, d));
    }
    return List.copyOf(out);
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
  /** The vocabulary's name for the attackers of a total whose parts name several. */
  static final String MULTIPLE = "multiple";
  private static final Set<String> TAKEN_WORDS = Set.of("recapture", "recaptured", "recapturing", "retake", "retook",
      "retaking", "capture", "captured", "capturing", "seize", "seized", "seizing", "liberate", "liberated",
      "liberating", "expel", "expelled", "expelling", "wrest", "wrested", "oust", "ousted", "drive", "drove", "freed");
  private static final Set<String> OF_WORDS = Set.of("of", "within", "from", "in");
  private static final Set<String> MEMBER_WORDS = Set.of("members", "fighters", "soldiers", "troops",
      "ranks", "militants", "personnel", "commander", "commanders", "member", "fighter", "soldier", "militant",
      "officer", "officers", "recruits");
  private static final String SPEAKS = "(?s)[\\s-]*((\\w+\\s+){0,2}(forces|officials?|ministry|military|army|media|sources?"
      + "|spokesm[ae]n|command|statement))?\\s*(said|says|say|reported|reports|announced|stated|told|accused|accuses|blamed"
      + "|blames|denied|denies)\\b";
  /** How many sentences back "the group" looks for the group that attacked. */
  private static final int GROUP_REACH = 8;
  private static final String POINTS_BACK = "(?i)\\b(that day|the same day|that night|the attack|the attacks|these attacks|"
      + "the strikes?|the raids?|the shelling|the bombardment|the bombing|the assault)\\b";
  private static final Set<String> FIGHT_WORDS = Set.of("fighting", "clashes", "clash", "battles", "battle",
      "confrontations", "firefight", "skirmishes", "engagements");
  private static final Set<String> BLAME_WORDS = Set.of("blamed", "blaming", "blames", "accused",
      "accusing", "accuses", "blame", "accuse");

  /** "blamed the YPG", "accusing government warplanes", "a car bomb blamed on IS", "attributed to the regime". */
  private static boolean blamed(String[] prev) {
    int k = prev[0].equals("the") ? 1 : 0;
    if (k + 1 < prev.length && (prev[k].equals("on") && BLAME_WORDS.contains(prev[k + 1])
        || prev[k].equals("to") && prev[k + 1].equals("attributed"))) {
      return true;
    }
    return k < prev.length && BLAME_WORDS.contains(prev[k]);
  }

  /** "... executed eight men accused of spying": the accused are the victims, not the killers. */
  private static boolean accusedAfter(String text, Span a) {
    String after = text.substring(a.end(), Math.min(text.length(), a.end() + 45)).toLowerCase(Locale.ROOT);
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
