package observatory.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import observatory.claim.Span;

/**
 * Cue words by role ("killed", "children", "composition" ...), in the format of the extractor's
 * {@code cues.tsv}, found with the word matching of {@link Lexicon}: whole words, any case,
 * Arabic letters folded and the conjunctions, prepositions and article written onto a word read
 * off. Unlike a {@link Lexicon}, one phrase may carry several roles ("حصيلة" is a word of killing
 * and of a total), and matches are longest per role: a phrase found for one role does not hide a
 * shorter one of another role at the same place. Immutable and thread-safe.
 *
 * <h2>File format</h2>
 * UTF-8; one cue per line, {@code ROLE<TAB>PHRASE}; lines that are blank or start with {@code #}
 * are skipped. A trailing {@code *} (a prefix cue of {@code cues.tsv}, "injur*") is refused here:
 * write the forms out, since an Arabic prefix would also match unrelated words.
 */
public final class RoleLexicon {
  private final String name;
  private final PhraseTrie<Entry> trie;
  private final Set<String> roles;

  private record Entry(String role, String phrase, int line) {
  }

  private RoleLexicon(String name, PhraseTrie<Entry> trie, Set<String> roles) {
    this.name = name;
    this.trie = trie;
    this.roles = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(roles));
  }

  /**
   * Loads a cue file from the classpath ("observatory/lexicon/cues-ar.tsv").
   *
   * @throws LexiconFormatException on a bad row, naming the file and the line
   */
  public static RoleLexicon load(String resourceName) {
    return fromLines(resourceName, DataFiles.lines(resourceName));
  }

  /** Builds a role lexicon from the lines of a cue file; {@code name} is used in messages. */
  public static RoleLexicon fromLines(String name, List<String> lines) {
    PhraseTrie<Entry> trie = new PhraseTrie<>();
    Set<String> roles = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      String row = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] cols = row.split("\t");
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new LexiconFormatException(name, i + 1, raw, "expected ROLE<TAB>PHRASE, found " + cols.length + " column(s)");
      }
      String role = cols[0].strip();
      String phrase = cols[1].strip();
      if (phrase.endsWith("*")) {
        throw new LexiconFormatException(name, i + 1, raw,
            "a prefix cue ('" + phrase + "') is not read here; write each form of the word on its own line");
      }
      List<PhraseTrie.Variant> variants;
      try {
        variants = PhraseTrie.expand(phrase);
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(name, i + 1, raw, e.getMessage());
      }
      for (PhraseTrie.Variant v : variants) {
        if (!v.joined() && trie.at(v.words()).stream().noneMatch(e -> e.role().equals(role))) {
          trie.add(v.words(), new Entry(role, phrase, i + 1));
        }
      }
      roles.add(role);
    }
    return new RoleLexicon(name, trie, roles);
  }

  /**
   * The cues in {@code text[from, to)}, in text order (then by role): for each role, the longest
   * phrase at each word, never overlapping another match of the same role. A match's label is
   * its role; spans are offsets into {@code text}.
   */
  public List<LexiconMatch> find(CharSequence text, int from, int to) {
    Tokens t = Tokens.of(text, from, to);
    List<LexiconMatch> out = new ArrayList<>();
    Map<String, Integer> lastEnd = new HashMap<>();
    Map<String, PhraseTrie.Hit<Entry>> longest = new HashMap<>();
    Map<String, Entry> entryOf = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      List<PhraseTrie.Hit<Entry>> hits = trie.allAt(text, t, i);
      if (hits.isEmpty()) {
        continue;
      }
      longest.clear();
      entryOf.clear();
      for (PhraseTrie.Hit<Entry> h : hits) {
        for (Entry e : h.payloads()) {
          PhraseTrie.Hit<Entry> before = longest.get(e.role());
          if (before == null || h.end() > before.end()) {
            longest.put(e.role(), h);
            entryOf.put(e.role(), e);
          }
        }
      }
      List<String> found = new ArrayList<>(longest.keySet());
      found.sort(Comparator.naturalOrder());
      for (String role : found) {
        PhraseTrie.Hit<Entry> h = longest.get(role);
        if (lastEnd.getOrDefault(role, -1) <= h.start()) {
          out.add(new LexiconMatch(Span.of(h.start(), h.end()), role, entryOf.get(role).phrase()));
          lastEnd.put(role, h.end());
        }
      }
    }
    return out;
  }

  /** The cues of the whole text. */
  public List<LexiconMatch> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /** The roles the file names, in the order they first appear. */
  public Set<String> roles() {
    return roles;
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "RoleLexicon[" + name + ", " + roles.size() + " roles]";
  }
}
