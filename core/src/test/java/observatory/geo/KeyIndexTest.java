package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

  private static List<Integer> postings(KeyIndex index, String key) {
    int k = index.find(key);
    List<Integer> ids = new ArrayList<>();
    if (k >= 0) {
      for (int i = index.from(k); i < index.to(k); i++) {
        ids.add(index.posting(i));
      }
    }
    return ids;
  }

  @Test
  void keysWithOneHashAreKeptApart() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    KeyIndex.Builder builder = new KeyIndex.Builder(4);
    builder.add("Aa", 0);
    builder.add("BB", 1);
    builder.add("Aa", 2);
    KeyIndex index = builder.build();
    assertThat(postings(index, "Aa")).containsExactly(0, 2);
    assertThat(postings(index, "BB")).containsExactly(1);
    assertThat(index.find("AaBB")).isEqualTo(-1);
  }

  @Test
  void anEntryUnderTheKeyItWasJustAddedUnderIsAddedOnceAndTheEmptyKeyNever() {
    KeyIndex.Builder builder = new KeyIndex.Builder(4);
    builder.add("halab", 7);
    builder.add("halab", 7);
    builder.add("", 7);
    builder.add("halab", 9);
    KeyIndex index = builder.build();
    assertThat(postings(index, "halab")).containsExactly(7, 9);
    assertThat(index.find("")).isEqualTo(-1);
    assertThat(index.keyCount()).isEqualTo(1);
  }

  @Test
  void findsWhatAMapOfListsWouldOnRandomKeysAndAfterACopyOfItsArrays() {
    Random random = new Random(7);
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    KeyIndex.Builder builder = new KeyIndex.Builder(16);
    for (int entry = 0; entry < 20_000; entry++) {
      for (int n = random.nextInt(4); n >= 0; n--) {
        String key = Integer.toString(random.nextInt(30_000), 36) + (random.nextBoolean() ? "ب" : "");
        builder.add(key, entry);
        List<Integer> ids = expected.computeIfAbsent(key, k -> new ArrayList<>());
        if (ids.isEmpty() || ids.get(ids.size() - 1) != entry) {
          ids.add(entry);
        }
      }
    }
    KeyIndex index = builder.build();
    KeyIndex copy = new KeyIndex(index.chars().clone(), index.keyEnds().clone(), index.postEnds().clone(),
        index.postings().clone(), index.hashes().clone());
    assertThat(index.keyCount()).isEqualTo(expected.size());
    for (Map.Entry<String, List<Integer>> e : expected.entrySet()) {
      assertThat(postings(index, e.getKey())).isEqualTo(e.getValue());
      assertThat(postings(copy, e.getKey())).isEqualTo(e.getValue());
      assertThat(index.key(index.find(e.getKey()))).isEqualTo(e.getKey());
    }
    for (int i = 0; i < 1000; i++) {
      String absent = "x" + i;
      assertThat(index.find(absent)).isEqualTo(expected.containsKey(absent) ? index.find(absent) : -1);
    }
  }

  @Test
  void keyListsAndSetsReadTheKeysInPlace() {
    KeyIndex.Builder builder = new KeyIndex.Builder(4);
    builder.add("maaratalnuman", 0);
    builder.add("kafranbel", 0);
    KeyIndex index = builder.build();
    int[] ids = {index.find("kafranbel"), -1, index.find("maaratalnuman")};
    assertThat(index.keys(ids, 0, 3)).containsExactly("kafranbel", "", "maaratalnuman");
    assertThat(index.keySet(ids, 0, 1)).containsExactly("kafranbel");
    assertThat(index.keySet(ids, 0, 1).contains("kafranbel")).isTrue();
    assertThat(index.keySet(ids, 0, 1).contains("kafranbe")).isFalse();
    assertThat(index.keySet(ids, 1, 2).contains("")).isTrue();
  }
}
