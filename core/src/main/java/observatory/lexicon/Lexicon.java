package observatory.lexicon;

import java.util.ArrayList;
import java.util.List;
import observatory.claim.Span;

/**
 * A list of phrases, each with the canonical label it stands for, found in text by whole
 * words, case-insensitively, longest match first. Read from a data file so that analysts
 * extend it without touching code.
 *
 * <h2>File format</h2>
 * UTF-8 text; one entry per line, {@code label<TAB>phrase}; {@code #} starts a comment; blank
 * lines are skipped. One phrase may carry only one label (a second, different label for the
 * same phrase is an error naming both lines).
 *
 * <h2>Phrase syntax</h2>
 * <ul>
 *   <li>Words are runs of letters and digits. Spaces, hyphens, apostrophes (straight or curly)
 *       and dots only separate words: "air-strike" = "air strike", "People’s" = "People's".
 *   <li>A multi-word phrase also matches with its words run together: "air strike" matches
 *       "airstrike".
 *   <li>{@code strike(s)}: optional letters; {@code air raid(s)} matches "air raid" and "air raids".
 *   <li>{@code *}: exactly one arbitrary word ({@code raids by * warplanes}).
 *   <li>{@code =IS}: this word only in exactly this case (acronyms that are also English words).
 * </ul>
 *
 * <h2>Matching</h2>
 * {@link #find} scans left to right; at each word it takes the longest phrase that starts
 * there (a literal word beats {@code *} on equal length), then continues after it, so matches
 * never overlap. "Russia" matches in "Russia's"; it does not match inside "Russian".
 *
 * <p>Instances are immutable and thread-safe; matching allocates only the result and the
 * word list of the searched stretch.
 */
public final class Lexicon {
  private final String name;
  private final PhraseTrie<Entry> trie;
  private final int size;

  private record Entry(String label, String phrase, int line) {
  }

  private record Derived(List<PhraseTrie.Word> words, Entry entry) {
  }

  private Lexicon(String name, PhraseTrie<Entry> trie, int size) {
    this.name = name;
    this.trie = trie;
    this.size = size;
  }

  /**
   * Loads a lexicon from a classpath resource ("observatory/lexicon/weapons.tsv").
   *
   * @throws LexiconFormatException on a bad row, naming the file and the line
   * @throws IllegalArgumentException when the resource does not exist
   */
  public static Lexicon load(String resourceName) {
    return fromLines(resourceName, DataFiles.lines(resourceName));
  }

  /**
   * Builds a lexicon from the lines of a file in the format above.
   *
   * @param name the name used in error messages and returned by {@link #name()}
   * @throws LexiconFormatException on a bad row
   */
  public static Lexicon fromLines(String name, List<String> lines) {
    PhraseTrie<Entry> trie = new PhraseTrie<>();
    int entries = 0;
    // Explicit phrases first, so that a run-together variant never shadows a phrase written out.
    List<Derived> derived = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      String row = DataFiles.content(raw);
      if (row.isEmpty()) {
        continue;
      }
      int lineNo = i + 1;
      String[] cols = row.split("\t");
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new LexiconFormatException(name, lineNo, raw,
            "expected two tab-separated columns, label<TAB>phrase, found " + cols.length);
      }
      String label = cols[0].strip();
      String phrase = cols[1].strip();
      List<PhraseTrie.Variant> variants;
      try {
        variants = PhraseTrie.expand(phrase);
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(name, lineNo, raw, e.getMessage());
      }
      for (PhraseTrie.Variant v : variants) {
        List<PhraseTrie.Word> words = v.words();
        if (v.joined()) {
          derived.add(new Derived(words, new Entry(label, phrase, lineNo)));
          continue;
        }
        List<Entry> before = trie.at(words);
        if (before.isEmpty()) {
          trie.add(words, new Entry(label, phrase, lineNo));
        } else if (!before.get(0).label().equals(label)) {
          Entry other = before.get(0);
          throw new LexiconFormatException(name, lineNo, raw, "phrase '" + phrase + "' is already labelled '"
              + other.label() + "' at line " + other.line() + "; a phrase may carry only one label");
        }
      }
      entries++;
    }
    for (Derived d : derived) {
      if (trie.at(d.words()).isEmpty()) {
        trie.add(d.words(), d.entry());
      }
    }
    return new Lexicon(name, trie, entries);
  }

  /**
   * The entries found in {@code text[from, to)}: whole words, case-insensitive, longest match
   * wins, no overlaps, in text order. Spans are offsets into {@code text}.
   */
  public List<LexiconMatch> find(CharSequence text, int from, int to) {
    List<PhraseTrie.Hit<Entry>> hits = trie.find(text, from, to);
    List<LexiconMatch> out = new ArrayList<>(hits.size());
    for (PhraseTrie.Hit<Entry> h : hits) {
      Entry e = h.payloads().get(0);
      out.add(new LexiconMatch(new Span(h.start(), h.end()), e.label(), e.phrase()));
    }
    return out;
  }

  /** The entries found anywhere in {@code text}. */
  public List<LexiconMatch> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  public String name() {
    return name;
  }

  /** The number of entries (rows) read. */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "Lexicon[" + name + ", " + size + " entries]";
  }
}
