package observatory.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import observatory.claim.Span;

/**
 * The cue words of casualty statements, read from the data files {@code cues.tsv} (figures,
 * attackers, attacks) and {@code scope-cues.tsv} (what makes a figure a total, a tally or a
 * war-wide toll), in one word trie for all roles. {@link #index(String)} walks a report once and answers every later
 * question about it ("is there a period word in this clause?") by binary search. Immutable and
 * shared.
 *
 * <p>Words are runs of letters, digits and inner apostrophes, compared in lower case; hyphens and
 * other marks separate words, so "death-toll" matches "death toll". A phrase ending in '*'
 * matches any word that starts with it ("injur*").
 */
final class Cues {
  static final String RESOURCE = "observatory/extract/cues.tsv";
  static final String SCOPE_RESOURCE = "observatory/extract/scope-cues.tsv";

  private static final Cues STANDARD = load(RESOURCE, SCOPE_RESOURCE);

  /** A node of the word trie: the roles whose phrases end here, and the words that continue. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<String[]> prefixes = new ArrayList<>(0); // {prefix, role}
    final List<String> roles = new ArrayList<>(1);
    /** The children by word id, sorted, for look-ups without strings; filled by {@link #freeze}. */
    int[] childIds = new int[0];
    Node[] children = new Node[0];

    Node child(int id) {
      int k = Arrays.binarySearch(childIds, id);
      return k < 0 ? null : children[k];
    }

    void freeze(Vocabulary vocabulary) {
      List<String> keys = new ArrayList<>(next.keySet());
      int[] ids = new int[keys.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = vocabulary.id(keys.get(i), 0, keys.get(i).length());
      }
      Integer[] order = new Integer[ids.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
      childIds = new int[ids.length];
      children = new Node[ids.length];
      for (int i = 0; i < order.length; i++) {
        childIds[i] = ids[order[i]];
        children[i] = next.get(keys.get(order[i]));
        children[i].freeze(vocabulary);
      }
    }
  }

  /** Every word of every phrase, with an id, found from the text's characters without a string. */
  private static final class Vocabulary {
    private final String[] keys;
    private final int[] values;
    private final int mask;

    Vocabulary(java.util.Collection<String> words) {
      int size = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
      keys = new String[size];
      values = new int[size];
      mask = size - 1;
      int id = 0;
      for (String w : words) {
        int slot = hash(w, 0, w.length()) & mask;
        while (keys[slot] != null && !keys[slot].equals(w)) {
          slot = (slot + 1) & mask;
        }
        if (keys[slot] == null) {
          keys[slot] = w;
          values[slot] = id++;
        }
      }
    }

    /** The id of the word at {@code [start, end)} of the text, compared without case; -1 if none. */
    int id(String text, int start, int end) {
      int len = end - start;
      int slot = hash(text, start, end) & mask;
      while (keys[slot] != null) {
        String k = keys[slot];
        if (k.length() == len && text.regionMatches(true, start, k, 0, len)) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    private static int hash(String s, int start, int end) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + Character.toLowerCase(s.charAt(i));
      }
      return h ^ (h >>> 16);
    }
  }

  private final Node root;
  private final Vocabulary vocabulary;
  /** Each role's phrases as written, in file order: for rules that need them as a pattern. */
  private final Map<String, List<String>> phrases;

  private Cues(Node root, Map<String, List<String>> phrases) {
    this.root = root;
    Map<String, List<String>> copy = new HashMap<>();
    phrases.forEach((role, list) -> copy.put(role, List.copyOf(list)));
    this.phrases = Map.copyOf(copy);
    java.util.Set<String> words = new java.util.TreeSet<>();
    collect(root, words);
    this.vocabulary = new Vocabulary(words);
    root.freeze(vocabulary);
  }

  private static void collect(Node node, java.util.Set<String> words) {
    node.next.forEach((w, child) -> {
      words.add(w);
      collect(child, words);
    });
  }

  static Cues standard() {
    return STANDARD;
  }

  /** The cues of the files, merged: a role may have phrases in several. */
  static Cues load(String... resources) {
    Node root = new Node();
    Map<String, List<String>> phrases = new HashMap<>();
    for (String resource : resources) {
      read(resource, root, phrases);
    }
    return new Cues(root, phrases);
  }

  /** The phrases of a role, as written in the data files, in file order; empty for an unknown role. */
  List<String> phrases(String role) {
    return phrases.getOrDefault(role, List.of());
  }

  private static void read(String resource, Node root, Map<String, List<String>> phrases) {
    InputStream in = Cues.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("cue file " + resource + " is missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new IllegalStateException(resource + " line " + n + ": expected ROLE<TAB>PHRASE, found '" + line + "'");
        }
        String role = cols[0].trim();
        phrases.computeIfAbsent(role, k -> new ArrayList<>()).add(cols[1].trim());
        List<String> words = words(cols[1].trim().toLowerCase(Locale.ROOT));
        if (words.isEmpty()) {
          throw new IllegalStateException(resource + " line " + n + ": phrase '" + cols[1] + "' has no word");
        }
        Node node = root;
        for (int i = 0; i < words.size(); i++) {
          String w = words.get(i);
          if (i == words.size() - 1 && w.endsWith("*")) {
            node.prefixes.add(new String[] {w.substring(0, w.length() - 1), role});
            node = null;
            break;
          }
          node = node.next.computeIfAbsent(w, k -> new Node());
        }
        if (node != null && !node.roles.contains(role)) {
          node.roles.add(role);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cue file " + resource, e);
    }
  }

  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.split("[\\s\\-]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Finds every cue of every role in the text, once. */
  Index index(String text) {
    int[][] words = tokenize(text);
    int[] starts = words[0];
    int[] ends = words[1];
    int count = words[2][0];
    // Each word of the text becomes the id of the same word in the phrases (or -1), once.
    int[] ids = new int[count];
    for (int i = 0; i < count; i++) {
      ids[i] = vocabulary.id(text, starts[i], ends[i]);
    }
    Map<String, List<Span>> found = new HashMap<>();
    Map<String, Integer> lastEnd = new HashMap<>();
    Map<String, Integer> longest = new HashMap<>();
    for (int i = 0; i < count; i++) {
      if (ids[i] < 0 && !prefixAt(root, text, starts[i], ends[i])) {
        continue;
      }
      longest.clear();
      Node node = root;
      for (int j = i; j < count && node != null; j++) {
        for (String[] p : node.prefixes) {
          if (ends[j] - starts[j] >= p[0].length() && text.regionMatches(true, starts[j], p[0], 0, p[0].length())) {
            longest.merge(p[1], ends[j], Math::max);
          }
        }
        node = ids[j] < 0 ? null : node.child(ids[j]);
        if (node != null) {
          for (String role : node.roles) {
            longest.merge(role, ends[j], Math::max);
          }
        }
      }
      for (Map.Entry<String, Integer> e : longest.entrySet()) {
        String role = e.getKey();
        if (lastEnd.getOrDefault(role, -1) <= starts[i]) {
          found.computeIfAbsent(role, k -> new ArrayList<>()).add(Span.of(starts[i], e.getValue()));
          lastEnd.put(role, e.getValue());
        }
      }
    }
    Map<String, Span[]> byRole = new HashMap<>();
    found.forEach((role, list) -> byRole.put(role, list.toArray(new Span[0])));
    return new Index(byRole);
  }

  private static boolean prefixAt(Node node, String text, int start, int end) {
    for (String[] p : node.prefixes) {
      if (end - start >= p[0].length() && text.regionMatches(true, start, p[0], 0, p[0].length())) {
        return true;
      }
    }
    return false;
  }

  /** Word boundaries: {starts, ends, {count}}. */
  private static int[][] tokenize(String text) {
    int n = text.length();
    int[] starts = new int[Math.max(16, n / 4)];
    int[] ends = new int[starts.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n) {
        char d = text.charAt(j);
        if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK
            || (d == '\'' || d == '’') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = i;
      ends[count] = j;
      count++;
      i = j;
    }
    return new int[][] {starts, ends, {count}};
  }

  /** The cues of one text, by role, in text order. */
  static final class Index {
    private static final Span[] NONE = new Span[0];
    private final Map<String, Span[]> byRole;

    private Index(Map<String, Span[]> byRole) {
      this.byRole = byRole;
    }

    /** Every cue of a role lying wholly within {@code [from, to)}, in order. */
    List<Span> find(String role, int from, int to) {
      Span[] spans = byRole.getOrDefault(role, NONE);
      int i = firstAtOrAfter(spans, from);
      List<Span> out = new ArrayList<>(2);
      for (; i < spans.length && spans[i].start() < to; i++) {
        if (spans[i].end() <= to) {
          out.add(spans[i]);
        }
      }
      return out;
    }

    /** Whether a cue of the role starts exactly at {@code offset}. */
    boolean startsAt(String role, int offset) {
      Span[] spans = byRole.getOrDefault(role, NONE);
      int i = firstAtOrAfter(spans, offset);
      return i < spans.length && spans[i].start() == offset;
    }

    boolean any(String role, int from, int to) {
      Span[] spans = byRole.getOrDefault(role, NONE);
      for (int i = firstAtOrAfter(spans, from); i < spans.length && spans[i].start() < to; i++) {
        if (spans[i].end() <= to) {
          return true;
        }
      }
      return false;
    }

    private static int firstAtOrAfter(Span[] spans, int from) {
      int lo = 0;
      int hi = spans.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (spans[mid].start() < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
