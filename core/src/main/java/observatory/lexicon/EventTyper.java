package observatory.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import observatory.claim.EventType;
import observatory.claim.Span;

/**
 * Types the main event of a stretch of text (a sentence, a paragraph or a whole report) with
 * the ACLED event type and sub-event type. A deterministic rule classifier driven by the data
 * file {@code observatory/lexicon/acled-types.tsv}, which holds the 25 sub-event types, their
 * precedence and weighted cue phrases; the rules are explained at the top of that file.
 *
 * <p>In short: each cue found adds its weight to its sub-event type (when its conditions hold);
 * the event type with the highest total wins; within it ACLED's precedence decides (chemical
 * weapon over suicide bomb over air/drone strike over shelling over remote explosive over
 * grenade; excessive force over intervention over a peaceful protest; taking territory over an
 * armed clash). A stretch with no cue of enough weight describes no event: empty.
 *
 * <p>{@link #explain} shows the scores and the cue phrases behind a decision.
 * Instances are immutable and thread-safe.
 */
public final class EventTyper {
  public static final String RESOURCE = "observatory/lexicon/acled-types.tsv";

  private final Map<String, EventType> subTypes;
  private final List<EventType> vocabulary;
  private final Map<String, Integer> precedence;
  private final Set<String> ranked;
  private final PhraseTrie<Cue> cues;
  private final PhraseTrie<String> groups;
  private final Set<String> sideGroups;
  private final int minScore;
  private final int strong;

  /** Why a stretch got its type: the decision, the score of every sub-event type and the cues. */
  public record Explanation(Optional<EventType> eventType, Map<String, Integer> scores, List<LexiconMatch> cues) {
    public Explanation {
      scores = Map.copyOf(scores);
      cues = List.copyOf(cues);
    }
  }

  private record Cue(String subType, int weight, String phrase, List<Condition> conditions, boolean typeConditioned) {
    Cue(String subType, int weight, String phrase, List<Condition> conditions) {
      this(subType, weight, phrase, conditions, conditions.stream().anyMatch(Condition::onTypes));
    }
  }

  private enum Kind { NEEDS, UNLESS, SIDE }

  private record Condition(Kind kind, String target, boolean onTypes) {
  }

  private EventTyper(Map<String, EventType> subTypes, Map<String, Integer> precedence, Set<String> ranked,
      PhraseTrie<Cue> cues, PhraseTrie<String> groups, Set<String> sideGroups, int minScore, int strong) {
    this.subTypes = Map.copyOf(subTypes);
    this.vocabulary = List.copyOf(subTypes.values());
    this.precedence = precedence;
    this.ranked = ranked;
    this.cues = cues;
    this.groups = groups;
    this.sideGroups = sideGroups;
    this.minScore = minScore;
    this.strong = strong;
  }

  /** The typer of the bundled data file, loaded once. */
  public static EventTyper standard() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final EventTyper INSTANCE = load(RESOURCE);
  }

  /** A typer from a classpath resource in the format of {@code acled-types.tsv}. */
  public static EventTyper load(String resourceName) {
    return fromLines(resourceName, DataFiles.lines(resourceName));
  }

  /**
   * A typer from the lines of a file in the format of {@code acled-types.tsv}.
   *
   * @throws LexiconFormatException on a bad row, naming the file and the line
   */
  public static EventTyper fromLines(String name, List<String> lines) {
    Map<String, EventType> subTypes = new LinkedHashMap<>();
    Map<String, Integer> precedence = new HashMap<>();
    Set<String> eventTypes = new HashSet<>();
    Set<String> ranked = new HashSet<>();
    Set<String> groupNames = new HashSet<>();
    Map<String, Integer> settings = new HashMap<>(Map.of("min-score", 2, "strong", 3));
    List<String[]> cueRows = new ArrayList<>();
    List<Integer> cueLines = new ArrayList<>();
    PhraseTrie<String> groups = new PhraseTrie<>();

    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      String row = DataFiles.content(raw);
      if (row.isEmpty()) {
        continue;
      }
      int lineNo = i + 1;
      String[] c = row.split("\t");
      for (int k = 0; k < c.length; k++) {
        c[k] = c[k].strip();
      }
      try {
        switch (c[0]) {
          case "type" -> {
            need(c, 4, "type<TAB>event type<TAB>sub-event type<TAB>precedence");
            subTypes.put(c[2], new EventType(c[1], c[2]));
            eventTypes.add(c[1]);
            precedence.put(c[2], integer(c[3], "precedence"));
          }
          case "ranked" -> {
            need(c, 2, "ranked<TAB>event type");
            ranked.add(c[1]);
          }
          case "setting" -> {
            need(c, 3, "setting<TAB>name<TAB>value");
            if (!settings.containsKey(c[1])) {
              throw new IllegalArgumentException("unknown setting '" + c[1] + "'; known: " + settings.keySet());
            }
            settings.put(c[1], integer(c[2], c[1]));
          }
          case "group" -> {
            need(c, 3, "group<TAB>name<TAB>phrase");
            groupNames.add(c[1]);
            for (PhraseTrie.Variant v : PhraseTrie.expand(c[2])) {
              groups.add(v.words(), c[1]);
            }
          }
          case "cue" -> {
            if (c.length < 4) {
              need(c, 4, "cue<TAB>sub-event type<TAB>weight<TAB>phrase[<TAB>condition]...");
            }
            cueRows.add(c);
            cueLines.add(lineNo);
          }
          default -> throw new IllegalArgumentException(
              "unknown row kind '" + c[0] + "'; expected type, ranked, setting, group or cue");
        }
      } catch (LexiconFormatException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(name, lineNo, raw, e.getMessage());
      }
    }

    PhraseTrie<Cue> cues = new PhraseTrie<>();
    Set<String> sideGroups = new HashSet<>();
    for (int r = 0; r < cueRows.size(); r++) {
      String[] c = cueRows.get(r);
      int lineNo = cueLines.get(r);
      try {
        if (!subTypes.containsKey(c[1])) {
          throw new IllegalArgumentException("unknown sub-event type '" + c[1] + "'; declare it in a 'type' row");
        }
        List<Condition> conditions = new ArrayList<>();
        for (int k = 4; k < c.length; k++) {
          conditions.add(condition(c[k], groupNames, eventTypes, subTypes.keySet()));
        }
        conditions.stream().filter(x -> x.kind() == Kind.SIDE).forEach(x -> sideGroups.add(x.target()));
        Cue cue = new Cue(c[1], integer(c[2], "weight"), c[3], List.copyOf(conditions));
        for (PhraseTrie.Variant v : PhraseTrie.expand(c[3])) {
          if (!v.joined() || cues.at(v.words()).isEmpty()) {
            cues.add(v.words(), cue);
          }
        }
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(name, lineNo, String.join("\t", c), e.getMessage());
      }
    }
    for (String t : ranked) {
      if (!eventTypes.contains(t)) {
        throw new LexiconFormatException(name, 0, "ranked\t" + t, "ranked names an unknown event type '" + t + "'");
      }
    }
    if (subTypes.isEmpty()) {
      throw new LexiconFormatException(name, lines.size(), "", "no 'type' rows: the file declares no event type");
    }
    return new EventTyper(subTypes, Map.copyOf(precedence), Set.copyOf(ranked), cues, groups,
        Set.copyOf(sideGroups), settings.get("min-score"), settings.get("strong"));
  }

  private static void need(String[] c, int n, String format) {
    if (c.length != n || List.of(c).stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("expected " + n + " tab-separated columns, " + format + ", found " + c.length);
    }
  }

  private static int integer(String s, String what) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a whole number, was '" + s + "'");
    }
  }

  private static Condition condition(String s, Set<String> groups, Set<String> eventTypes, Set<String> subTypes) {
    int eq = s.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("a condition is needs=X, unless=X or side=G, was '" + s + "'");
    }
    String key = s.substring(0, eq);
    String target = s.substring(eq + 1);
    Kind kind = switch (key) {
      case "needs" -> Kind.NEEDS;
      case "unless" -> Kind.UNLESS;
      case "side" -> Kind.SIDE;
      default -> throw new IllegalArgumentException("unknown condition '" + key + "'; expected needs, unless or side");
    };
    boolean isGroup = groups.contains(target);
    boolean isType = eventTypes.contains(target) || subTypes.contains(target);
    if (kind == Kind.SIDE ? !isGroup : !(isGroup || isType)) {
      throw new IllegalArgumentException("condition '" + s + "' names '" + target + "', which is no "
          + (kind == Kind.SIDE ? "group" : "group, event type or sub-event type") + " of this file");
    }
    return new Condition(kind, target, !isGroup);
  }

  /** The event and sub-event types this typer knows, in the order of its data file. */
  public List<EventType> vocabulary() {
    return vocabulary;
  }

  /** The main ACLED event of {@code text[from, to)}; empty when it describes no event. */
  public Optional<EventType> classify(CharSequence text, int from, int to) {
    return decide(score(text, from, to, null));
  }

  /** The main ACLED event of the whole text. */
  public Optional<EventType> classify(CharSequence text) {
    return classify(text, 0, text.length());
  }

  /** The decision for {@code text[from, to)} with the scores and cue matches that led to it. */
  public Explanation explain(CharSequence text, int from, int to) {
    List<LexiconMatch> used = new ArrayList<>();
    Map<String, Integer> scores = score(text, from, to, used);
    used.sort(Comparator.comparing(LexiconMatch::span));
    return new Explanation(decide(scores), scores, used);
  }

  // The score of each sub-event type; the cue matches that count go to {@code used} when it is given.
  private Map<String, Integer> score(CharSequence text, int from, int to, List<LexiconMatch> used) {
    Tokens words = Tokens.of(text, from, to);
    List<PhraseTrie.Hit<Cue>> hits = cues.find(text, words);
    List<PhraseTrie.Hit<String>> groupHits = groups.find(text, words);
    Set<String> presentGroups = new HashSet<>();
    groupHits.forEach(h -> presentGroups.addAll(h.payloads()));

    Map<String, Integer> scores = new HashMap<>();
    // pass 1: cues whose conditions look only at groups
    for (PhraseTrie.Hit<Cue> h : hits) {
      for (Cue cue : h.payloads()) {
        if (!cue.typeConditioned() && holds(cue, h, text, presentGroups, groupHits, Map.of())) {
          scores.merge(cue.subType(), cue.weight(), Integer::sum);
          if (used != null) {
            used.add(new LexiconMatch(new Span(h.start(), h.end()), cue.subType(), cue.phrase()));
          }
        }
      }
    }
    // pass 2: cues that look at which types pass 1 found
    Map<String, Integer> firstPass = Map.copyOf(scores);
    for (PhraseTrie.Hit<Cue> h : hits) {
      for (Cue cue : h.payloads()) {
        if (cue.typeConditioned() && holds(cue, h, text, presentGroups, groupHits, firstPass)) {
          scores.merge(cue.subType(), cue.weight(), Integer::sum);
          if (used != null) {
            used.add(new LexiconMatch(new Span(h.start(), h.end()), cue.subType(), cue.phrase()));
          }
        }
      }
    }
    return scores;
  }

  private Optional<EventType> decide(Map<String, Integer> scores) {
    Map<String, Integer> byType = new HashMap<>();
    Map<String, Integer> topPrecedence = new HashMap<>();
    scores.forEach((sub, score) -> {
      if (score > 0) {
        String type = subTypes.get(sub).type();
        byType.merge(type, score, Integer::sum);
        topPrecedence.merge(type, precedence.get(sub), Math::max);
      }
    });
    String bestType = null;
    for (Map.Entry<String, Integer> e : byType.entrySet()) {
      if (bestType == null || e.getValue() > byType.get(bestType)
          || e.getValue().equals(byType.get(bestType)) && topPrecedence.get(e.getKey()) > topPrecedence.get(bestType)) {
        bestType = e.getKey();
      }
    }
    if (bestType == null || byType.get(bestType) < minScore) {
      return Optional.empty();
    }
    String best = null;
    for (Map.Entry<String, Integer> e : scores.entrySet()) {
      String sub = e.getKey();
      int score = e.getValue();
      if (score <= 0 || !subTypes.get(sub).type().equals(bestType)) {
        continue;
      }
      if (best == null) {
        best = sub;
        continue;
      }
      boolean higher = precedence.get(sub) > precedence.get(best);
      int bestScore = scores.get(best);
      if (ranked.contains(bestType)) {
        boolean strongSub = score >= strong;
        boolean strongBest = bestScore >= strong;
        if (strongSub && !strongBest || strongSub == strongBest && (strongSub ? higher : score > bestScore
            || score == bestScore && higher)) {
          best = sub;
        }
      } else if (score > bestScore || score == bestScore && higher) {
        best = sub;
      }
    }
    return Optional.of(subTypes.get(best));
  }

  private boolean holds(Cue cue, PhraseTrie.Hit<Cue> hit, CharSequence text, Set<String> presentGroups,
      List<PhraseTrie.Hit<String>> groupHits, Map<String, Integer> firstPass) {
    for (Condition c : cue.conditions()) {
      boolean ok = switch (c.kind()) {
        case NEEDS -> present(c, presentGroups, firstPass);
        case UNLESS -> !present(c, presentGroups, firstPass);
        case SIDE -> c.target().equals(side(hit, text, groupHits));
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean present(Condition c, Set<String> presentGroups, Map<String, Integer> firstPass) {
    if (!c.onTypes()) {
      return presentGroups.contains(c.target());
    }
    for (Map.Entry<String, Integer> e : firstPass.entrySet()) {
      if (e.getValue() > 0 && (e.getKey().equals(c.target()) || subTypes.get(e.getKey()).type().equals(c.target()))) {
        return true;
      }
    }
    return false;
  }

  // The side group nearest to the cue in its sentence: before it if any, else after it.
  private String side(PhraseTrie.Hit<Cue> hit, CharSequence text, List<PhraseTrie.Hit<String>> groupHits) {
    PhraseTrie.Hit<String> before = null;
    PhraseTrie.Hit<String> after = null;
    for (PhraseTrie.Hit<String> g : groupHits) {
      String group = sideGroup(g);
      if (group == null) {
        continue;
      }
      if (g.end() <= hit.start() && sameSentence(text, g.end(), hit.start())) {
        before = g;
      } else if (g.start() >= hit.end() && after == null && sameSentence(text, hit.end(), g.start())) {
        after = g;
      }
    }
    PhraseTrie.Hit<String> chosen = before != null ? before : after;
    return chosen == null ? null : sideGroup(chosen);
  }

  private String sideGroup(PhraseTrie.Hit<String> g) {
    for (String name : g.payloads()) {
      if (sideGroups.contains(name)) {
        return name;
      }
    }
    return null;
  }

  // A sentence ends at '!', '?', a line break, or a '.' followed by a blank and a capital or digit.
  private static boolean sameSentence(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || c == '\n') {
        return false;
      }
      if (c == '.' && i + 2 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
        int j = i + 1;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < text.length() && (Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j)))) {
          return false;
        }
      }
    }
    return true;
  }
}
