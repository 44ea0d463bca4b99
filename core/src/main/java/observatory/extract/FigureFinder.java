package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import observatory.claim.Category;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import observatory.claim.Span;
import observatory.text.NumberMention;
import observatory.text.Numbers;

/**
 * Finds the casualty figures of one sentence and what each counts: killed or wounded, which
 * category, and which figures are parts of another ("including three children", "five of them
 * children").
 */
final class FigureFinder {
  private static final int MAX_MODIFIERS = 3;
  private static final Pattern DISTRIBUTIVE_NEXT = Pattern.compile(
      "(?i)\\b(?:and\\s+)?(?:another|the other|the second|a second|one more|the rest)\\s+(?:in|on|at|near|from)\\b");

  private static final Pattern TOLL_RISE = Pattern.compile(
      "(?i)\\b(rose|risen|rising|rises|increased|increases|climbed|climbing|reached|jumped|mounted|bringing|brings|bring|brought|raising|raised)"
          + "(\\s+(the|its|their)\\s+(death\\s+)?toll)?\\s+to\\s+$");

  /** "The death toll from strikes on Saraqib reached about 40", "the toll stood at 12". */
  private static final Pattern TOLL_AT = Pattern.compile(
      "(?i)\\b(toll|number of (the )?dead|number of (the )?victims)\\b[^.;:]{0,100}?\\b(reached|stood at|stands at|was put at|put at|is now|was|is|at)\\s+$");

  FigureFinder() {
  }

  /** Marks of one role in the sentence, by start offset. */
  private static final class Marks {
    final List<Span> spans;

    Marks(List<Span> spans) {
      this.spans = spans;
    }

    Span startingAt(int offset) {
      for (Span s : spans) {
        if (s.start() == offset) {
          return s;
        }
      }
      return null;
    }

    Span firstAfter(int offset, int limit) {
      for (Span s : spans) {
        if (s.start() >= offset && s.start() < limit) {
          return s;
        }
      }
      return null;
    }

    Span lastBefore(int offset, int floor) {
      Span best = null;
      for (Span s : spans) {
        if (s.end() <= offset && s.start() >= floor) {
          best = s;
        }
      }
      return best;
    }
  }

  /**
   * A figure while the finder reads its sentence: what later numbers learn about it (its parts,
   * its siblings, a place-by-place split) is added here, then {@link #freeze} makes the
   * {@link Figure}. Never leaves this class.
   */
  private static final class Found {
    final Count count;
    final Span numberSpan;
    Span extent;
    Figure.Outcome outcome;
    Optional<Category> category;
    /** The figure it is a part of ("including three children"), when it is one. */
    Found head;
    final List<Found> components = new ArrayList<>();
    final List<Found> siblings = new ArrayList<>();
    boolean another;
    boolean distributed;
    boolean orphan;
    boolean men;

    Found(NumberMention number, Span extent, Optional<Category> category) {
      this.count = number.count();
      this.numberSpan = number.numberSpan();
      this.extent = extent;
      this.category = category;
    }

    Found(Count count, Span numberSpan, Span extent, Optional<Category> category, Figure.Outcome outcome) {
      this.count = count;
      this.numberSpan = numberSpan;
      this.extent = extent;
      this.category = category;
      this.outcome = outcome;
    }

    boolean isComponent() {
      return head != null;
    }

    Figure freeze() {
      return new Figure(count, numberSpan, extent, outcome, category, frozen(components), frozen(siblings), another,
          distributed, orphan, men);
    }

    private static List<Figure> frozen(List<Found> list) {
      if (list.isEmpty()) {
        return List.of();
      }
      List<Figure> out = new ArrayList<>(list.size());
      for (Found f : list) {
        out.add(f.freeze());
      }
      return out;
    }
  }

  /** The heads (figures that are not parts of others) with their components attached. */
  List<Figure> find(String text, Span sentence, List<Token> tokens, Cues.Index cueIndex) {
    List<NumberMention> numbers = new ArrayList<>(Numbers.find(text, sentence.start(), sentence.end()));
    addIndefinites(text, tokens, numbers, cueIndex, sentence);
    if (numbers.isEmpty()) {
      return List.of();
    }
    Pass pass = new Pass(text, sentence, tokens, cueIndex, numbers);
    for (NumberMention n : numbers) {
      pass.read(n);
    }
    List<Found> heads = new ArrayList<>();
    for (Found f : pass.all) {
      if (!f.isComponent()) {
        heads.add(f);
      }
    }
    distribute(text, sentence, heads);
    List<Found> joined = joinSiblings(text, heads);
    List<Figure> out = new ArrayList<>(joined.size());
    for (Found f : joined) {
      out.add(f.freeze());
    }
    return out;
  }

  /**
   * What follows a number, up to its noun: whom it counts, and whether the noun itself says
   * killed or wounded ("19 people killed", "48 dead").
   *
   * @param token the token right after the number
   * @param next the token where the reading stopped
   * @param modifiers the words read between the number and the noun
   * @param direct the outcome the noun says, or null
   * @param ofThem "five of them children": a part of the figure before
   */
  private record Noun(int token, int next, int modifiers, Optional<Category> category, Figure.Outcome direct,
      int nounEnd, boolean people, boolean ofThem, boolean men) {
  }

  /** The reading of one sentence's numbers, in order: each is read knowing the figures before it. */
  private final class Pass {
    final String text;
    final Span sentence;
    final List<Token> tokens;
    final Cues.Index cueIndex;
    final List<NumberMention> numbers;
    final Marks killedNoun;
    final Marks woundedNoun;
    final Marks killed;
    final Marks wounded;
    final Marks[] categoryMarks;
    final Marks person;
    final Marks composition;
    final Marks notCasualty;
    final List<Found> all = new ArrayList<>();
    Found lastHead;
    Found lastFigure;

    Pass(String text, Span sentence, List<Token> tokens, Cues.Index cueIndex, List<NumberMention> numbers) {
      this.text = text;
      this.sentence = sentence;
      this.tokens = tokens;
      this.cueIndex = cueIndex;
      this.numbers = numbers;
      killedNoun = marks("noun:killed", cueIndex, sentence);
      woundedNoun = marks("noun:wounded", cueIndex, sentence);
      killed = marks("killed", cueIndex, sentence);
      wounded = marks("wounded", cueIndex, sentence);
      categoryMarks = new Marks[] {
          marks("civilians", cueIndex, sentence), marks("children", cueIndex, sentence),
          marks("women", cueIndex, sentence), marks("combatants", cueIndex, sentence)};
      person = marks("person", cueIndex, sentence);
      composition = marks("composition", cueIndex, sentence);
      notCasualty = marks("not-casualty", cueIndex, sentence);
    }

    /** Reads one number: a figure of its own, a part of the one before, or nothing. */
    void read(NumberMention n) {
      Noun noun = nounOf(n);
      if (noun == null) {
        return;
      }
      boolean bare = !noun.people() && noun.direct() == null;
      if (bare && noun.next() < tokens.size() && noun.modifiers() > 0) {
        return; // "six strikes", "19 communities": counts of things, not people
      }
      int ti = noun.token();
      if (bare && ti < tokens.size() && tokens.get(ti).word() && !isFunctionWord(tokens.get(ti))) {
        return;
      }
      Span extent = Span.of(n.span().start(), Math.max(noun.nounEnd(), n.span().end()));
      Found f = new Found(n, extent, noun.category());
      f.men = noun.men();
      String before = text.substring(Math.max(sentence.start(), n.span().start() - 12), n.span().start()).toLowerCase();
      String before24 = text.substring(Math.max(sentence.start(), n.span().start() - 24), n.span().start()).toLowerCase();
      f.another = Rx.matches(before, "(?s).*\\b(another|other|further|additional|more)\\s*$")
          || Rx.matches(before24, "(?s).*\\b(in addition to|as well as|besides|plus)\\s*$")
          || ti < tokens.size() && tokens.get(ti).isAny("other", "more", "additional", "further");
      boolean component = partOfLastHead(n, noun);
      if (orphan(n, f, extent)) {
        // "The victims, including five women and nine children, were killed": parts of a figure given before.
        f.orphan = true;
        if (f.outcome == null) {
          f.outcome = lastFigure != null && lastFigure.orphan ? lastFigure.outcome : outcomeAfterList(n);
        }
        if (f.outcome != null) {
          all.add(f);
          lastFigure = f;
        }
        return;
      }
      if (component) {
        f.head = lastHead;
        f.outcome = lastHead.outcome;
        lastHead.components.add(f);
        lastFigure = f;
        all.add(f);
        return;
      }
      f.outcome = bare ? bareOutcome(n, f) : nounOutcome(n, f, noun, extent);
      if (f.outcome == null) {
        return;
      }
      all.add(f);
      lastHead = f;
      lastFigure = f;
    }

    /** Finds the noun: up to MAX_MODIFIERS words, then a person, category or casualty noun. Null when the number counts no one. */
    private Noun nounOf(NumberMention n) {
      int ti = tokenAt(tokens, n.span().end());
      Optional<Category> category = Optional.empty();
      Figure.Outcome direct = null;
      int nounEnd = n.span().end();
      boolean isPeople = false;
      Of of = ofWhom(ti);
      if (of == null) {
        return null; // "one of the jihadists' worst massacres" counts no one
      }
      boolean ofThem = of.them();
      boolean ofThe = of.the();
      int j = of.next();
      int modifiers = 0;
      boolean rejected = false;
      boolean men = false;
      // The noun of this number lies before the next number: "Four airstrikes left three
      // combatants dead" counts strikes with "Four", and the dead with "three".
      int nextNumber = nextNumberStart(numbers, n, sentence.end());
      while (j < tokens.size() && modifiers <= MAX_MODIFIERS) {
        Token t = tokens.get(j);
        if (!t.word() || t.start() >= nextNumber) {
          break;
        }
        if (notCasualty.startingAt(t.start()) != null) {
          rejected = true;
          break;
        }
        Span k = killedNoun.startingAt(t.start());
        Span w = woundedNoun.startingAt(t.start());
        Span c = null;
        for (int ci = 0; ci < categoryMarks.length && c == null; ci++) {
          c = categoryMarks[ci].startingAt(t.start());
          if (c != null) {
            category = Optional.of(CATEGORIES[ci]);
          }
        }
        Span p = c == null ? person.startingAt(t.start()) : null;
        men = p != null && t.isAny("men", "man");
        if (c != null || p != null) {
          isPeople = true;
          nounEnd = (c != null ? c : p).end();
          // "23 civilians dead", "19 people killed"
          int after = tokenAt(tokens, nounEnd);
          if (after < tokens.size()) {
            Figure.Outcome said = outcomeNoun(tokens.get(after));
            if (said != null) {
              direct = said;
              nounEnd = tokens.get(after).end();
            } else {
              rejected = notCasualtyAt(after);
            }
          }
          break;
        }
        if (k != null && (modifiers == 0 || !t.isAny("killed"))) {
          direct = Figure.Outcome.KILLED;
          nounEnd = k.end();
          break;
        }
        if (w != null) {
          direct = Figure.Outcome.WOUNDED;
          nounEnd = w.end();
          int next = tokenAt(tokens, w.end());
          if (ofThe && killed.firstAfter(w.end(), next + 2 < tokens.size() ? tokens.get(next + 2).end() : sentence.end()) != null) {
            direct = Figure.Outcome.KILLED; // "two of the wounded died in hospital"
          }
          break;
        }
        if (isFunctionWord(t)) {
          break;
        }
        modifiers++;
        j++;
      }
      if (rejected) {
        return null;
      }
      return new Noun(ti, j, modifiers, category, direct, nounEnd, isPeople, ofThem, men);
    }

    /** "dead", "wounded" right after a noun of people: the outcome it says, or null. */
    private Figure.Outcome outcomeNoun(Token a) {
      if (killedNoun.startingAt(a.start()) != null && !a.isAny("victims", "casualties")) {
        return Figure.Outcome.KILLED;
      }
      return woundedNoun.startingAt(a.start()) != null ? Figure.Outcome.WOUNDED : null;
    }

    /** "displaced", "were trapped" right after a noun of people: they are not casualties. */
    private boolean notCasualtyAt(int after) {
      Token a = tokens.get(after);
      return notCasualty.startingAt(a.start()) != null
          || after + 1 < tokens.size() && a.isAny("were", "have", "had", "are", "was")
          && notCasualty.firstAfter(a.end(), tokens.get(Math.min(tokens.size() - 1, after + 2)).end()) != null;
    }

    /**
     * "five of them", "two of the wounded": where the noun of a number is looked for after an
     * "of"; null for "one of the jihadists' worst massacres", which counts no one.
     */
    private Of ofWhom(int ti) {
      int j = ti;
      if (j + 1 < tokens.size() && tokens.get(j).is("of") && tokens.get(j + 1).isAny("them", "whom", "those")) {
        j += 2;
        if (j < tokens.size() && tokens.get(j).isAny("were", "being", "are")) {
          j++;
        }
        return new Of(j, true, false);
      }
      if (j < tokens.size() && tokens.get(j).is("of")) {
        int k = j + 1;
        if (k < tokens.size() && tokens.get(k).isAny("the", "those", "their", "its", "his", "her", "our")) {
          k++;
        }
        if (k < tokens.size()) {
          int at = tokens.get(k).start();
          boolean noun = person.startingAt(at) != null || woundedNoun.startingAt(at) != null || killedNoun.startingAt(at) != null;
          for (Marks cm : categoryMarks) {
            noun |= cm.startingAt(at) != null;
          }
          int nounEndChar = tokens.get(k).end();
          if (nounEndChar < text.length() && (text.charAt(nounEndChar) == '\'' || text.charAt(nounEndChar) == '’')) {
            return null;
          }
          if (noun) {
            return new Of(k, false, true); // "dozens of people", "two of the wounded"
          }
        }
      }
      return new Of(j, false, false);
    }

    /** Whether a number is part of the figure before it: "including three children", "five of them". */
    private boolean partOfLastHead(NumberMention n, Noun noun) {
      if (lastHead == null || noun.category().isEmpty()) {
        return false;
      }
      Span comp = composition.lastBefore(n.span().start(), lastFigure.extent.end());
      String since = text.substring(lastFigure.extent.end(), n.span().start());
      boolean component = false;
      if (Rx.matches(since, "(?s)[^.;]{0,80}?,\\s*(where|whom|among whom)\\b[^.;]*") && n.count().figure() <= lastHead.count.figure()) {
        component = true; // "six in Hass, where rescuers found the bodies of two children"
      }
      boolean listContinues = lastFigure.isComponent()
          && Rx.matches(text.substring(lastFigure.extent.end(), n.span().start()), "\\s*(,|and|, and|as well as|&)\\s*");
      if (noun.ofThem() || listContinues || comp != null && tokensBetween(tokens, comp.end(), n.span().start()) <= 2) {
        component = true;
      }
      return component;
    }

    /**
     * Whether the figure is a part of a figure of an earlier sentence ("20 children were among
     * the dead", "Among the dead were 135 civilians"); it may learn its outcome on the way.
     */
    private boolean orphan(NumberMention n, Found f, Span extent) {
      boolean orphan = Rx.startsWith(text.substring(extent.end(), Math.min(sentence.end(), extent.end() + 40)),
          "\\s+(were|was)\\s+(also\\s+)?among\\s+(the\\s+)?(dead|victims|killed|casualties|fatalities)\\b")
          && f.category.isPresent(); // "20 children were among the dead"
      if (!orphan && lastHead == null && f.category.isPresent()) {
        Span comp = composition.lastBefore(n.span().start(), lastFigure == null ? sentence.start() : lastFigure.extent.end());
        boolean listContinues = lastFigure != null && lastFigure.orphan
            && Rx.matches(text.substring(lastFigure.extent.end(), n.span().start()), "\\s*(,|and|, and|as well as|&)\\s*");
        orphan = listContinues || comp != null && tokensBetween(tokens, comp.end(), n.span().start()) <= 2;
        if (orphan && !listContinues && Rx.matches(comp.of(text).toLowerCase(),
            "(?s).*\\b(dead|killed|victims|casualties|fatalities)\\b.*")) {
          f.outcome = Figure.Outcome.KILLED; // "Among the dead were 135 civilians and 81 fighters"
        }
      }
      return orphan;
    }

    /**
     * A number without a noun counts people only right beside a casualty word: "killing 23",
     * "the toll rose to 48", "another 60 were injured". Null when it counts no one.
     */
    private Figure.Outcome bareOutcome(NumberMention n, Found f) {
      int floor = Math.max(sentence.start(), lastFigure == null ? 0 : lastFigure.extent.end());
      Span kb = killed.lastBefore(n.span().start(), floor);
      Span wb = wounded.lastBefore(n.span().start(), floor);
      Span b = later(kb, wb);
      int limitAfter = nextNumberStart(numbers, n, sentence.end());
      Span ka = killed.firstAfter(n.span().end(), limitAfter);
      Span wa = wounded.firstAfter(n.span().end(), limitAfter);
      Span a = earlier(ka, wa);
      if (b != null && tokensBetween(tokens, b.end(), n.span().start()) <= 1) {
        return b == kb ? Figure.Outcome.KILLED : Figure.Outcome.WOUNDED;
      }
      if (a != null && tokensBetween(tokens, n.span().end(), a.start()) <= 2) {
        if (a.start() - n.span().end() < 30 && !Rx.matches(text.substring(n.span().end(), a.start()), "(?s).*\\b(were|was|have|had|has|are|is)\\b.*")) {
          f.extent = Span.of(f.extent.start(), a.end()); // "two more civilian deaths"
        }
        return a == ka ? Figure.Outcome.KILLED : Figure.Outcome.WOUNDED;
      }
      if (f.another && lastHead != null) {
        return lastHead.outcome; // "killed 19 people ... and another 23 in Ehsim"
      }
      if ((TOLL_RISE.matcher(text).region(Math.max(sentence.start(), n.span().start() - 40), n.span().start()).find()
          || TOLL_AT.matcher(text).region(Math.max(sentence.start(), n.span().start() - 120), n.span().start()).find())
          && killed.firstAfter(sentence.start(), sentence.end()) != null) {
        return Figure.Outcome.KILLED; // "the toll rose to 76", "it increased to 6, ... the number of martyrs"
      }
      if (b != null && tokensBetween(tokens, b.end(), n.span().start()) <= 3) {
        return b == kb ? Figure.Outcome.KILLED : Figure.Outcome.WOUNDED;
      }
      if (lastHead != null && !lastHead.distributed && parallel(text, tokens, lastFigure, n)) {
        // "14 people were killed in Kafranbel, 11 in Maarat al-Numan and six in Hass"
        f.category = lastHead.category;
        f.another = true;
        return lastHead.outcome;
      }
      if (lastHead != null && distributes(text, tokens, lastFigure, n)) {
        f.category = lastHead.category;
        f.distributed = true;
        return lastHead.outcome;
      }
      if (lastHead != null && n.count() instanceof Count.Stated s && s.value() == 1
          && lastHead.count.figure() > 1 && Rx.matches(text.substring(lastFigure.extent.end(), n.span().start()), "[\\s,:;\\-–—(]*")) {
        // "two additional deaths, one in X and another in Y": handled as distribution below.
        f.another = true;
        return lastHead.outcome;
      }
      return null;
    }

    /** The outcome of a figure with a noun of people: the noun's own, the figure's before, or the casualty word nearest. */
    private Figure.Outcome nounOutcome(NumberMention n, Found f, Noun noun, Span extent) {
      if (noun.direct() != null) {
        return noun.direct();
      }
      if (f.another && lastHead != null && outcomeAround(n, f) == null) {
        return lastHead.outcome; // "killed 19 people ... and another 23 people in Ehsim"
      }
      if (lastHead != null && noun.category().isPresent() && lastFigure == lastHead
          && Rx.matches(text.substring(lastHead.extent.end(), n.span().start()), "\\s*(,|and|, and|as well as|plus)(\\s+(her|his|their))?\\s*")) {
        return lastHead.outcome; // "three militants and 13 civilians"
      }
      Figure.Outcome outcome = outcomeAround(n, f);
      if (outcome == null && lastHead != null && followedByPlace(tokens, extent)
          && Rx.matches(text.substring(lastFigure.extent.end(), n.span().start()), "(?s)[^.;:]{0,80}(,|\\band\\b)\\s*")) {
        outcome = lastHead.outcome; // "..., and a woman in Zardna": the same statement, elided
        f.another = true;
      }
      if (outcome == null && noun.people() && listItem(text, sentence, n)
          && !killed.spans.isEmpty() | cueIndex.any("killed", Math.max(0, sentence.start() - 400), sentence.start())) {
        // "They are distributed as follows: nine civilians in air strikes on A; six civilians in B; ..."
        outcome = Figure.Outcome.KILLED;
        f.another = true;
      }
      return outcome;
    }

    private Figure.Outcome outcomeAfterList(NumberMention n) {
      Span ka = killed.firstAfter(n.span().end(), sentence.end());
      Span wa = wounded.firstAfter(n.span().end(), sentence.end());
      Span a = earlier(ka, wa);
      if (a == null) {
        return null;
      }
      return a == ka ? Figure.Outcome.KILLED : Figure.Outcome.WOUNDED;
    }

    private Figure.Outcome outcomeAround(NumberMention n, Found f) {
      int floor = lastFigure == null ? sentence.start() : lastFigure.extent.end();
      int limit = nextHeadStart(text, numbers, n, sentence.end(), composition);
      Span ka = killed.firstAfter(f.extent.end(), limit);
      Span wa = wounded.firstAfter(f.extent.end(), limit);
      Span a = earlier(ka, wa);
      Span kb = killed.lastBefore(n.span().start(), floor);
      Span wb = wounded.lastBefore(n.span().start(), floor);
      Span b = later(kb, wb);
      int da = a == null ? Integer.MAX_VALUE : tokensBetween(tokens, f.extent.end(), a.start());
      int db = b == null ? Integer.MAX_VALUE : tokensBetween(tokens, b.end(), n.span().start());
      if (da > 12) {
        da = Integer.MAX_VALUE;
      }
      if (db > 6) {
        db = Integer.MAX_VALUE;
      }
      if (da == Integer.MAX_VALUE && db == Integer.MAX_VALUE) {
        return null;
      }
      if (db != 0 && (db == Integer.MAX_VALUE || da != Integer.MAX_VALUE && da <= db + 2)) {
        return a == ka ? Figure.Outcome.KILLED : Figure.Outcome.WOUNDED;
      }
      return b == kb ? Figure.Outcome.KILLED : Figure.Outcome.WOUNDED;
    }
  }

  /** Where to read a number's noun after an "of" ({@code next}), and which "of" it was. */
  private record Of(int next, boolean them, boolean the) {
  }

  private static final Category[] CATEGORIES = {Category.CIVILIANS, Category.CHILDREN, Category.WOMEN, Category.COMBATANTS};

  /**
   * A figure that opens an item of a list announced by a colon ("as follows: nine civilians in
   * ...; six civilians in ..."): right after the colon, or after the semicolon that ends the item
   * before.
   */
  private static boolean listItem(String text, Span sentence, NumberMention n) {
    int colon = text.lastIndexOf(':', n.span().start());
    if (colon < sentence.start()) {
      return false;
    }
    String before = text.substring(colon + 1, n.span().start());
    if (before.isBlank()) {
      return true;
    }
    int semicolon = text.lastIndexOf(';', n.span().start());
    return semicolon > colon && Rx.matches(text.substring(semicolon + 1, n.span().start()), "\\s*(and\\s+)?");
  }

  private static boolean followedByPlace(List<Token> tokens, Span extent) {
    int ti = tokenAt(tokens, extent.end());
    return ti + 1 < tokens.size() && tokens.get(ti).isAny("in", "at", "near", "outside", "on")
        && Character.isUpperCase(tokens.get(ti + 1).toString().charAt(0));
  }

  /** A bare number followed by a place, after a figure with its own place: the same statement, elided. */
  private static boolean parallel(String text, List<Token> tokens, Found lastFigure, NumberMention n) {
    int ti = tokenAt(tokens, n.span().end());
    if (ti >= tokens.size() || !tokens.get(ti).isAny("in", "at", "near", "outside", "on")) {
      return false;
    }
    String between = text.substring(lastFigure.extent.end(), n.span().start());
    return Rx.matches(between, "(?s)[^.;:]{0,80}\\b(in|at|near|outside|on)\\b[^.;:]{1,60}(,|\\band\\b|, and)\\s*")
        && !Rx.matches(between, "(?s).*[:\u2014\u2013].*");
  }

  /** A bare number right after a figure and a colon, followed by a place: "killed 42: 19 outside Saraqeb and 23 in Ehsim". */
  private static boolean distributes(String text, List<Token> tokens, Found lastFigure, NumberMention n) {
    int ti = tokenAt(tokens, n.span().end());
    if (ti >= tokens.size() || !tokens.get(ti).isAny("in", "outside", "near", "on", "at", "around", "from")) {
      return false;
    }
    String between = text.substring(lastFigure.extent.end(), n.span().start());
    return Rx.matches(between, "(?s)[^.;:]{0,60}[:\\u2014\\u2013]\\s*") || lastFigure.distributed && Rx.matches(between, "(?s)[^.;:]{0,60}?(,|\\band\\b)\\s*");
  }

  /**
   * "killing a nurse", "the bodies of a woman and her two daughters": "a" or "an" before a noun of
   * people counts one person.
   */
  private static void addIndefinites(String text, List<Token> tokens, List<NumberMention> numbers, Cues.Index cues,
      Span sentence) {
    boolean added = false;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean possessive = t.isAny("her", "his", "their") && i > 0 && tokens.get(i - 1).isAny("with", "and");
      if (!t.isAny("a", "an") && !possessive) {
        continue; // "a nurse"; "a woman with her child", "a man and his son"
      }
      if (possessive && i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).toString().charAt(0))) {
        continue;
      }
      int k = i + 1;
      if (k + 1 < tokens.size() && tokens.get(k).word() && !isNoun(cues, tokens.get(k))
          && !isFunctionWord(tokens.get(k)) && !tokens.get(k).isAny("number", "series", "total", "family", "dozen",
              "handful", "couple", "few", "further", "toll", "minimum", "maximum")) {
        k++; // one adjective: "a young girl", "a civil defence worker"
      }
      if (k < tokens.size() && isNoun(cues, tokens.get(k))) {
        Token noun = tokens.get(k);
        Span span = Span.of(t.start(), t.end());
        if (numbers.stream().noneMatch(n -> n.span().overlaps(Span.of(t.start(), noun.end())))) {
          numbers.add(new NumberMention(span, span, Count.exact(1)));
          added = true;
        }
      }
    }
    if (added) {
      numbers.sort((x, y) -> x.span().compareTo(y.span()));
    }
  }

  private static final String[] NOUN_ROLES = {"person", "civilians", "children", "women", "combatants"};

  private static boolean isNoun(Cues.Index cues, Token t) {
    for (String role : NOUN_ROLES) {
      if (cues.startsAt(role, t.start())) {
        return true;
      }
    }
    return false;
  }

  /** "two additional deaths, one in X and another in Y" becomes two figures of one. */
  private static void distribute(String text, Span sentence, List<Found> heads) {
    for (int i = 0; i + 1 < heads.size(); i++) {
      Found collective = heads.get(i);
      Found one = heads.get(i + 1);
      if (!(one.count instanceof Count.Stated s) || s.value() != 1 || collective.count.figure() < 2
          || !Rx.matches(text.substring(collective.extent.end(), one.extent.start()), "[\\s,:;\\-\u2013\u2014(]*")) {
        continue;
      }
      int searchEnd = i + 2 < heads.size() ? heads.get(i + 2).extent.start() : sentence.end();
      Matcher m = DISTRIBUTIVE_NEXT.matcher(text).region(one.extent.end(), searchEnd);
      List<Found> parts = new ArrayList<>();
      parts.add(one);
      while (m.find()) {
        Span word = Span.of(m.start(), m.end());
        parts.add(new Found(Count.exact(1), word, word, collective.category, collective.outcome));
      }
      if (parts.size() == collective.count.figure() && collective.count.qualifier() == Qualifier.EXACT) {
        heads.remove(i);
        heads.remove(i);
        for (int p = parts.size() - 1; p >= 0; p--) {
          Found part = parts.get(p);
          part.outcome = collective.outcome;
          part.category = collective.category;
          heads.add(i, part);
        }
      }
    }
  }

  /** "three militants and 13 civilians were killed": one statement of two categories. */
  private static List<Found> joinSiblings(String text, List<Found> heads) {
    List<Found> out = new ArrayList<>();
    for (Found f : heads) {
      if (!out.isEmpty()) {
        Found prev = out.get(out.size() - 1);
        Found lastSibling = prev.siblings.isEmpty() ? prev : prev.siblings.get(prev.siblings.size() - 1);
        String between = text.substring(lastSibling.extent.end(), f.extent.start());
        if (prev.outcome == f.outcome && (f.category.isPresent() || f.men) && (prev.category.isPresent() || prev.men)
            && prev.components.isEmpty() && !f.distributed && !prev.distributed && !f.orphan && !prev.orphan
            && Rx.matches(between, "\\s*(,|and|, and|as well as|plus|with)(\\s+(her|his|their))?\\s*")) {
          prev.siblings.add(f);
          continue;
        }
      }
      out.add(f);
    }
    return out;
  }

  private static int nextNumberStart(List<NumberMention> numbers, NumberMention n, int end) {
    for (NumberMention o : numbers) {
      if (o.span().start() >= n.span().end()) {
        return o.span().start();
      }
    }
    return end;
  }

  /** The next number that is not a part of this one ("including three children" is skipped). */
  private static int nextHeadStart(String text, List<NumberMention> numbers, NumberMention n, int end, Marks composition) {
    int prevEnd = n.span().end();
    for (NumberMention o : numbers) {
      if (o.span().start() < n.span().end()) {
        continue;
      }
      String after = text.substring(o.span().end(), Math.min(end, o.span().end() + 12));
      boolean part = composition.lastBefore(o.span().start(), prevEnd) != null || Rx.matches(after, "(?s)^\\s+of\\s+(them|whom)\\b.*")
          || Rx.matches(text.substring(prevEnd, o.span().start()), "(?s)\\s*([\\p{L}'’-]+\\s*){0,3}(,|and|, and)\\s*");
      if (!part) {
        return o.span().start();
      }
      prevEnd = o.span().end();
    }
    return end;
  }

  private static Span earlier(Span a, Span b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.start() <= b.start() ? a : b;
  }

  private static Span later(Span a, Span b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.end() >= b.end() ? a : b;
  }

  private static Marks marks(String role, Cues.Index index, Span sentence) {
    return new Marks(index.find(role, sentence.start(), sentence.end()));
  }

  static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= offset) {
        return i;
      }
    }
    return tokens.size();
  }

  static int tokensBetween(List<Token> tokens, int from, int to) {
    int n = 0;
    for (Token t : tokens) {
      if (t.start() >= from && t.end() <= to) {
        n++;
      }
    }
    return n;
  }

  private static boolean isFunctionWord(Token t) {
    return t.isAny("in", "on", "at", "of", "from", "by", "and", "or", "were", "was", "have", "had", "has", "are", "is",
        "been", "the", "to", "with", "for", "as", "while", "after", "when", "during", "since", "who", "which", "that",
        "including", "among", "near", "across", "into", "over", "under", "others", "more", "killed", "died",
        "wounded", "injured", "dead", "a", "an", "last", "this", "yesterday", "today", "overnight", "so", "far",
        "between", "according", "said", "says", "reported", "people", "but", "before", "inside", "outside", "around",
        "than");
  }
}
