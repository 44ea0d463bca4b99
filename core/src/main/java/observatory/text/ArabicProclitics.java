package observatory.text;

/**
 * The short words Arabic writes onto the next one: the conjunctions و and ف, the prepositions
 * ب, ل and ك, and the article ال (with ل before it written لل). "وبالغارات" is و + ب + ال +
 * "غارات"; "للأطفال" is ل + "الأطفال". A reader that looks a word up tries its stems, from the
 * word as written to the shortest: many words begin with those letters by themselves (بلدة،
 * كفرنبل، فصائل، وادي), so a stem is a reading to try, not a fact.
 */
public final class ArabicProclitics {
  private ArabicProclitics() {
  }

  /** A stem shorter than this is never offered: "له" is not read as ل + "ه". */
  public static final int MIN_STEM = 2;

  /**
   * Where a stem of the folded word may start: bit k is set when {@code key[0, k)} is a run of
   * proclitics (conjunction, then preposition, then article) and at least {@link #MIN_STEM}
   * letters follow. Bit 0 (the word as written) is always set.
   */
  public static int stemStarts(CharSequence key) {
    int n = key.length();
    int starts = 1;
    int conj = n > 0 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? 1 : 0;
    for (int b = 0; b <= conj; b++) {
      if (b == 1) {
        starts = add(starts, 1, n);
      }
      if (b < n && (key.charAt(b) == 'ب' || key.charAt(b) == 'ل' || key.charAt(b) == 'ك')) {
        int p = b + 1;
        starts = add(starts, p, n);
        if (key.charAt(b) == 'ل' && p < n && key.charAt(p) == 'ل') {
          starts = add(starts, p + 1, n); // لل: li- before the article, whose alef is not written
        } else if (article(key, p)) {
          starts = add(starts, p + 2, n);
        }
      }
      if (article(key, b)) {
        starts = add(starts, b + 2, n);
      }
    }
    return starts;
  }

  /** Whether the word has an article (after its other proclitics) before the stem starting at k. */
  public static boolean articleBefore(CharSequence key, int k) {
    return k >= 2 && key.charAt(k - 1) == 'ل' && (key.charAt(k - 2) == 'ا' || key.charAt(k - 2) == 'ل');
  }

  private static boolean article(CharSequence key, int at) {
    return at + 1 < key.length() && key.charAt(at) == 'ا' && key.charAt(at + 1) == 'ل';
  }

  private static int add(int starts, int k, int n) {
    return n - k >= MIN_STEM && k < 31 ? starts | (1 << k) : starts;
  }
}
