package observatory.lexicon;

import java.util.ArrayList;
import java.util.List;
import observatory.text.ArabicLetters;
import observatory.text.ArabicProclitics;

/**
 * A token trie of phrase patterns, the matching engine behind {@link Lexicon} and
 * {@link EventTyper}. Built once, then read-only (safe to share between threads).
 *
 * <p>Text and phrases are cut into the same tokens: maximal runs of letters and digits,
 * lower-cased. Everything else (spaces, hyphens, apostrophes straight or curly, dots) only
 * separates tokens, which is why "air-strike" and "air strike" match alike, and "Russia's"
 * holds the whole word "Russia". Each multi-word phrase is also entered with its words run
 * together, so "air strike" matches "airstrike" as well.
 *
 * <p>Pattern syntax, per word of a phrase: {@code strike(s)} optional letters (any word may
 * hold several groups); {@code *} exactly one arbitrary word; {@code =IS} the word matches only
 * in exactly this case (for acronyms that are also common words: IS, WHO, AP).
 *
 * @param <T> what a phrase stands for
 */
final class PhraseTrie<T> {
  private static final String WILDCARD = "*";

  private final Node<T> root = new Node<>();

  /** One pattern word: the word (lower-cased unless case-sensitive) or the wildcard. */
  record Word(String key, boolean caseSensitive) {
    boolean isWildcard() {
      return key.equals(WILDCARD);
    }
  }

  /** A word sequence a pattern expands to; {@code joined} for the run-together form of several words. */
  record Variant(List<Word> words, boolean joined) {
  }

  /** A match: the character span and the payloads. */
  record Hit<T>(int start, int end, List<T> payloads) {
  }

  private static final class Node<T> {
    WordTable<Node<T>> children;
    WordTable<Node<T>> caseSensitive;
    Node<T> wildcard;
    List<T> payloads = List.of();

    Node<T> child(Word w, boolean create) {
      WordTable<Node<T>> table = w.caseSensitive() ? caseSensitive : children;
      Node<T> n = table == null ? null : table.get(w.key());
      if (n == null && create) {
        if (table == null) {
          table = new WordTable<>();
          if (w.caseSensitive()) {
            caseSensitive = table;
          } else {
            children = table;
          }
        }
        n = new Node<>();
        table.put(w.key(), n);
      }
      return n;
    }
  }

  /**
   * An open-addressing map from words to values that is looked up by a word of the text in
   * place (its character range and the hash of its lower-cased form), without making a String.
   */
  private static final class WordTable<V> {
    private String[] keys = new String[4];
    private int[] hashes = new int[4];
    private Object[] values = new Object[4];
    private int size;

    private static int slot(int hash, int mask) {
      return (hash ^ (hash >>> 16)) & mask;
    }

    @SuppressWarnings("unchecked")
    V get(String key) {
      int h = key.hashCode();
      int mask = keys.length - 1;
      for (int i = slot(h, mask); keys[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == h && keys[i].equals(key)) {
          return (V) values[i];
        }
      }
      return null;
    }

    void put(String key, V value) {
      if (2 * (size + 1) > keys.length) {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[keys.length];
        values = new Object[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            insert(oldKeys[i], oldValues[i]);
          }
        }
      }
      insert(key, value);
    }

    private void insert(String key, Object value) {
      int h = key.hashCode();
      int mask = keys.length - 1;
      int i = slot(h, mask);
      while (keys[i] != null) {
        if (hashes[i] == h && keys[i].equals(key)) {
          values[i] = value;
          return;
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      hashes[i] = h;
      values[i] = value;
      size++;
    }

    /** The value of the word {@code text[s, e)} lower-cased, whose lower-cased hash is {@code h}. */
    @SuppressWarnings("unchecked")
    V getLower(CharSequence text, int s, int e, int h) {
      int mask = keys.length - 1;
      for (int i = slot(h, mask); keys[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == h && sameLower(keys[i], text, s, e)) {
          return (V) values[i];
        }
      }
      return null;
    }

    /** The value of the word {@code text[s, e)} exactly as written. */
    @SuppressWarnings("unchecked")
    V getExact(CharSequence text, int s, int e) {
      int h = 0;
      for (int k = s; k < e; k++) {
        h = 31 * h + text.charAt(k);
      }
      int mask = keys.length - 1;
      for (int i = slot(h, mask); keys[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == h && same(keys[i], text, s, e)) {
          return (V) values[i];
        }
      }
      return null;
    }

    private static boolean sameLower(String key, CharSequence text, int s, int e) {
      if (key.length() != e - s) {
        return false;
      }
      for (int k = 0; k < key.length(); k++) {
        if (key.charAt(k) != Tokens.lower(text.charAt(s + k))) {
          return false;
        }
      }
      return true;
    }

    private static boolean same(String key, CharSequence text, int s, int e) {
      if (key.length() != e - s) {
        return false;
      }
      for (int k = 0; k < key.length(); k++) {
        if (key.charAt(k) != text.charAt(s + k)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Expands a phrase pattern into its word sequences: every combination of its optional
   * groups, plus the run-together form of each multi-word sequence without wildcards.
   *
   * @throws IllegalArgumentException on a bad pattern (unbalanced parenthesis, empty phrase)
   */
  static List<Variant> expand(String pattern) {
    List<Variant> out = new ArrayList<>();
    for (String variant : optionalGroups(pattern)) {
      List<Word> words = new ArrayList<>();
      for (String raw : variant.trim().split("\\s+")) {
        if (raw.isEmpty()) {
          continue;
        }
        if (raw.equals(WILDCARD)) {
          words.add(new Word(WILDCARD, false));
          continue;
        }
        boolean exactCase = raw.startsWith("=");
        String body = exactCase ? raw.substring(1) : raw;
        if (body.indexOf('*') >= 0) {
          throw new IllegalArgumentException("'*' must stand alone as a whole word, found '" + raw + "'");
        }
        Tokens t = Tokens.of(body, 0, body.length());
        for (int i = 0; i < t.size(); i++) {
          String arabic = t.arabic(i);
          words.add(arabic != null ? new Word(withoutArticle(arabic), false)
              : new Word(exactCase ? t.original(body, i) : t.lower(i), exactCase));
        }
      }
      if (words.isEmpty()) {
        throw new IllegalArgumentException("phrase '" + pattern + "' has no word to match");
      }
      out.add(new Variant(List.copyOf(words), false));
      if (words.size() > 1 && words.stream().noneMatch(w -> w.isWildcard() || w.caseSensitive() || isArabic(w.key()))) {
        StringBuilder joined = new StringBuilder();
        words.forEach(w -> joined.append(w.key()));
        out.add(new Variant(List.of(new Word(joined.toString(), false)), true));
      }
    }
    return out;
  }

  /**
   * An Arabic word as the trie keeps it: without its article when at least three letters are left
   * ("الطيران" is kept as "طيران", so that "طيران حربي" and "الطيران الحربي" match alike; "الله" is
   * kept whole). The text's words are read the same way, with their proclitics.
   */
  static String withoutArticle(String key) {
    return key.length() >= 5 && key.startsWith("ال") ? key.substring(2) : key;
  }

  private static boolean isArabic(String key) {
    return !key.isEmpty() && ArabicLetters.isArabicScript(key.charAt(0));
  }

  private static List<String> optionalGroups(String pattern) {
    int open = pattern.indexOf('(');
    int close = pattern.indexOf(')');
    if (open < 0 && close < 0) {
      return List.of(pattern);
    }
    if (open < 0 || close < open) {
      throw new IllegalArgumentException("unbalanced parenthesis in '" + pattern + "'");
    }
    String inner = pattern.substring(open + 1, close);
    if (inner.isBlank() || inner.indexOf('(') >= 0) {
      throw new IllegalArgumentException("an optional group needs letters and cannot nest, in '" + pattern + "'");
    }
    String head = pattern.substring(0, open);
    List<String> out = new ArrayList<>();
    for (String rest : optionalGroups(pattern.substring(close + 1))) {
      out.add(head + rest);
      out.add(head + inner + rest);
    }
    return out;
  }

  /**
   * Adds a word sequence; returns the payloads already at its end (empty if none), so that a
   * caller can refuse conflicts.
   */
  List<T> add(List<Word> words, T payload) {
    Node<T> n = root;
    for (Word w : words) {
      if (w.isWildcard()) {
        if (n.wildcard == null) {
          n.wildcard = new Node<>();
        }
        n = n.wildcard;
      } else {
        n = n.child(w, true);
      }
    }
    List<T> before = n.payloads;
    List<T> now = new ArrayList<>(before);
    now.add(payload);
    n.payloads = List.copyOf(now);
    return before;
  }

  /** Payloads stored at exactly this word sequence. */
  List<T> at(List<Word> words) {
    Node<T> n = root;
    for (Word w : words) {
      n = w.isWildcard() ? n.wildcard : n.child(w, false);
      if (n == null) {
        return List.of();
      }
    }
    return n.payloads;
  }

  /** Leftmost-longest, non-overlapping matches in {@code [from, to)}, in text order. */
  List<Hit<T>> find(CharSequence text, int from, int to) {
    return find(text, Tokens.of(text, from, to));
  }

  /** As {@link #find(CharSequence, int, int)}, on words already cut from {@code text}. */
  List<Hit<T>> find(CharSequence text, Tokens t) {
    List<Hit<T>> hits = new ArrayList<>();
    Best<T> best = new Best<>();
    int i = 0;
    int n = t.size();
    while (i < n) {
      best.end = -1;
      best.node = null;
      best.start = t.start(i);
      search(root, t, text, i, best, t.start(i));
      if (best.node == null) {
        i++;
        continue;
      }
      hits.add(new Hit<>(best.start, t.end(best.end - 1), best.node.payloads));
      i = best.end;
    }
    return hits;
  }

  /**
   * Every phrase that starts at word {@code i}, one hit per phrase end (the shortest first); for
   * a caller that wants the longest phrase of each payload kind rather than of all.
   */
  List<Hit<T>> allAt(CharSequence text, Tokens t, int i) {
    List<Hit<T>> hits = new ArrayList<>(2);
    search(root, t, text, i, (node, end, start) -> {
      for (int h = 0; h < hits.size(); h++) {
        if (hits.get(h).end() == t.end(end - 1) && hits.get(h).payloads() == node.payloads) {
          return;
        }
      }
      hits.add(new Hit<>(start, t.end(end - 1), node.payloads));
    }, t.start(i));
    hits.sort((x, y) -> Integer.compare(x.end(), y.end()));
    return hits;
  }

  /** Where a search reports the phrases it reaches: a node with payloads, the word after it, the span start. */
  private interface Sink<T> {
    void found(Node<T> node, int end, int start);
  }

  private static final class Best<T> implements Sink<T> {
    int end;
    Node<T> node;
    /** Where the best match starts: after a conjunction or preposition written onto its first word. */
    int start;

    @Override
    public void found(Node<T> n, int e, int s) {
      if (e > end) {
        end = e;
        node = n;
        start = s;
      }
    }
  }

  // Depth-first: the literal branch before the case-sensitive one before the wildcard, and only a
  // strictly longer match replaces the best so far, so a literal wins a tie.
  private void search(Node<T> node, Tokens t, CharSequence text, int i, Sink<T> best, int start) {
    if (!node.payloads.isEmpty()) {
      best.found(node, i, start);
    }
    if (i >= t.size()) {
      return;
    }
    if (node.children != null) {
      String arabic = t.arabic(i);
      if (arabic == null) {
        Node<T> lit = node.children.getLower(text, t.start(i), t.end(i), t.hash(i));
        if (lit != null) {
          search(lit, t, text, i + 1, best, start);
        }
      } else {
        searchArabic(node, t, text, i, best, start, arabic);
      }
    }
    if (node.caseSensitive != null && t.hasUpper(i)) {
      Node<T> cs = node.caseSensitive.getExact(text, t.start(i), t.end(i));
      if (cs != null) {
        search(cs, t, text, i + 1, best, start);
      }
    }
    if (node.wildcard != null) {
      search(node.wildcard, t, text, i + 1, best, start);
    }
  }

  /**
   * An Arabic word is looked up by its stems: the first word of a phrase with any proclitics
   * read off ("وبالغارات" as "غارات"), a later word with its article only ("الحربي" as
   * "حربي"). A phrase's span starts at the article of its first word, after a conjunction or
   * preposition ("والغارات" gives "الغارات"); "للنظام", where ل and the article share a lam, stays whole.
   */
  private void searchArabic(Node<T> node, Tokens t, CharSequence text, int i, Sink<T> best, int start, String key) {
    boolean first = node == root;
    int starts = first ? ArabicProclitics.stemStarts(key) : 1 | (withoutArticle(key).length() < key.length() ? 4 : 0);
    for (int s = 0; s < key.length() && s < 31; s++) {
      if ((starts & (1 << s)) == 0) {
        continue;
      }
      String stem = s == 0 ? key : key.substring(s);
      Node<T> lit = node.children.get(first && s > 0 && !ArabicProclitics.articleBefore(key, s) ? withoutArticle(stem)
          : stem);
      if (lit == null) {
        continue;
      }
      int from = start;
      if (first && s > 0) {
        // from the article ("وال" gives "ال..."), or from لل, where the preposition and the article
        // share their letters ("للنظام" stays whole)
        boolean article = ArabicProclitics.articleBefore(key, s);
        from = t.offsetOf(i, article ? s - 2 : s);
      }
      search(lit, t, text, i + 1, best, from);
    }
  }
}
