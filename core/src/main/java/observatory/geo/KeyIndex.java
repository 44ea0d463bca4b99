package observatory.geo;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * One tier of the gazetteer's name index: a key (a {@link NameKeys} key of some place name) to the
 * ids of the entries that have it, in the order they were added. Held in a few flat arrays rather
 * than a map of strings to lists: a world-wide gazetteer has about three million (key, entry) pairs,
 * and flat arrays are several times smaller, and are written to and read from a snapshot
 * ({@link GazetteerSnapshot}) in bulk instead of key by key.
 *
 * <p>Immutable once built; safe to share between threads.
 */
final class KeyIndex {
  /** The keys' UTF-16 chars back to back; key {@code k} ends at {@code keyEnds[k]}. */
  private final char[] chars;
  private final int[] keyEnds;
  /** The entry ids of key {@code k} are {@code postings[postEnds[k - 1] .. postEnds[k])}. */
  private final int[] postEnds;
  private final int[] postings;
  /** {@code String.hashCode()} of each key. */
  private final int[] hashes;
  /** Open addressing, linear probing: key id + 1, 0 for an empty slot. */
  private final int[] slots;
  private final int mask;

  KeyIndex(char[] chars, int[] keyEnds, int[] postEnds, int[] postings) {
    this(chars, keyEnds, postEnds, postings, hashes(chars, keyEnds));
  }

  /** With the keys' hashes as {@link #hashes()} gave them (a snapshot stores them). */
  KeyIndex(char[] chars, int[] keyEnds, int[] postEnds, int[] postings, int[] hashes) {
    int keys = keyEnds.length;
    if (postEnds.length != keys || hashes.length != keys) {
      throw new IllegalArgumentException("keys " + keys + " but posting lists " + postEnds.length + " and hashes "
          + hashes.length);
    }
    if (keys > 0 && (keyEnds[keys - 1] != chars.length || postEnds[keys - 1] != postings.length)) {
      throw new IllegalArgumentException("keys end at " + keyEnds[keys - 1] + " of " + chars.length
          + " chars, postings at " + postEnds[keys - 1] + " of " + postings.length);
    }
    this.chars = chars;
    this.keyEnds = keyEnds;
    this.postEnds = postEnds;
    this.postings = postings;
    this.hashes = hashes;
    int capacity = Integer.highestOneBit(Math.max(4, keys * 2 - 1)) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int k = 0; k < keys; k++) {
      int slot = spread(hashes[k]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = k + 1;
    }
  }

  /** {@code String.hashCode()} of each key, computed from its chars. */
  private static int[] hashes(char[] chars, int[] keyEnds) {
    int[] hashes = new int[keyEnds.length];
    int start = 0;
    for (int k = 0; k < keyEnds.length; k++) {
      int end = keyEnds[k];
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + chars[i];
      }
      hashes[k] = h;
      start = end;
    }
    return hashes;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The id of a key, or -1 when no entry has it. */
  int find(String key) {
    int h = key.hashCode();
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int s = slots[slot];
      if (s == 0) {
        return -1;
      }
      int k = s - 1;
      if (hashes[k] == h && matches(k, key)) {
        return k;
      }
    }
  }

  private boolean matches(int k, String key) {
    int start = k == 0 ? 0 : keyEnds[k - 1];
    int length = keyEnds[k] - start;
    if (length != key.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Where the entry ids of key {@code k} start in {@link #posting}. */
  int from(int k) {
    return k == 0 ? 0 : postEnds[k - 1];
  }

  /** Where they end (exclusive). */
  int to(int k) {
    return postEnds[k];
  }

  int posting(int i) {
    return postings[i];
  }

  int keyCount() {
    return keyEnds.length;
  }

  /** The key of id {@code k} (for tests and the snapshot's checks; the look-ups never build it). */
  String key(int k) {
    int start = k == 0 ? 0 : keyEnds[k - 1];
    return new String(chars, start, keyEnds[k] - start);
  }

  // The arrays as they are, for the snapshot writer.
  char[] chars() {
    return chars;
  }

  int[] keyEnds() {
    return keyEnds;
  }

  int[] postEnds() {
    return postEnds;
  }

  int[] postings() {
    return postings;
  }

  int[] hashes() {
    return hashes;
  }

  /**
   * Keys of this index by id, as a list whose strings are made when read: a snapshot's entries
   * keep their folded names so, rather than as half a million more strings. Id -1 stands for the
   * empty key, which is never indexed.
   */
  List<String> keys(int[] ids, int from, int to) {
    return new KeyList(ids, from, to);
  }

  /** As {@link #keys}, as a set: {@code contains} compares in place. */
  Set<String> keySet(int[] ids, int from, int to) {
    return new KeySet(ids, from, to);
  }

  private String keyOrEmpty(int k) {
    return k < 0 ? "" : key(k);
  }

  private boolean isKey(int k, Object o) {
    return o instanceof String s && (k < 0 ? s.isEmpty() : matches(k, s));
  }

  private final class KeyList extends AbstractList<String> implements RandomAccess {
    private final int[] ids;
    private final int from;
    private final int to;

    KeyList(int[] ids, int from, int to) {
      this.ids = ids;
      this.from = from;
      this.to = to;
    }

    @Override
    public String get(int i) {
      Objects.checkIndex(i, to - from);
      return keyOrEmpty(ids[from + i]);
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public boolean contains(Object o) {
      for (int i = from; i < to; i++) {
        if (isKey(ids[i], o)) {
          return true;
        }
      }
      return false;
    }
  }

  private final class KeySet extends AbstractSet<String> {
    private final KeyList list;

    KeySet(int[] ids, int from, int to) {
      this.list = new KeyList(ids, from, to);
    }

    @Override
    public boolean contains(Object o) {
      return list.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
      return list.iterator();
    }

    @Override
    public int size() {
      return list.size();
    }
  }

  /**
   * Collects (key, entry id) pairs in the order the gazetteer adds them; an entry added again
   * under the key it was just added under is added once (one entry's names are added one after
   * another, and several of them often share a key).
   */
  static final class Builder {
    private final Map<String, Integer> ids;
    private final List<String> keys;
    private int[] lastEntry = new int[1024];
    private int[] pairKeys;
    private int[] pairEntries;
    private int pairs;

    Builder(int expectedKeys) {
      ids = new HashMap<>(Math.max(16, expectedKeys * 4 / 3));
      keys = new ArrayList<>(expectedKeys);
      pairKeys = new int[Math.max(16, expectedKeys)];
      pairEntries = new int[pairKeys.length];
    }

    void add(String key, int entry) {
      if (key.isEmpty()) {
        return;
      }
      Integer known = ids.putIfAbsent(key, keys.size());
      int k;
      if (known == null) {
        k = keys.size();
        keys.add(key);
        if (k == lastEntry.length) {
          lastEntry = Arrays.copyOf(lastEntry, k * 2);
        }
      } else {
        k = known;
        if (lastEntry[k] == entry + 1) {
          return;
        }
      }
      lastEntry[k] = entry + 1;
      if (pairs == pairKeys.length) {
        pairKeys = Arrays.copyOf(pairKeys, pairs * 2);
        pairEntries = Arrays.copyOf(pairEntries, pairs * 2);
      }
      pairKeys[pairs] = k;
      pairEntries[pairs] = entry;
      pairs++;
    }

    KeyIndex build() {
      int n = keys.size();
      int length = 0;
      for (String key : keys) {
        length += key.length();
      }
      char[] chars = new char[length];
      int[] keyEnds = new int[n];
      int[] hashes = new int[n];
      int at = 0;
      for (int k = 0; k < n; k++) {
        String key = keys.get(k);
        key.getChars(0, key.length(), chars, at);
        at += key.length();
        keyEnds[k] = at;
        hashes[k] = key.hashCode(); // computed by the map already
      }
      // A counting sort by key, stable, so each key's entries stay in the order they were added.
      int[] postEnds = new int[n];
      for (int i = 0; i < pairs; i++) {
        postEnds[pairKeys[i]]++;
      }
      int[] next = new int[n];
      int sum = 0;
      for (int k = 0; k < n; k++) {
        next[k] = sum;
        sum += postEnds[k];
        postEnds[k] = sum;
      }
      int[] postings = new int[pairs];
      for (int i = 0; i < pairs; i++) {
        postings[next[pairKeys[i]]++] = pairEntries[i];
      }
      return new KeyIndex(chars, keyEnds, postEnds, postings, hashes);
    }
  }
}
