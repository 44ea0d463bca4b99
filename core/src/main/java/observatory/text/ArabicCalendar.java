package observatory.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Month and weekday names in Arabic, compared by folded keys. Both month series are read: the
 * Levantine names used in Syria (كانون الثاني، شباط، آذار ...) and the standard ones (يناير،
 * فبراير ...); reports often write both ("تشرين الأول/ أكتوبر").
 */
final class ArabicCalendar {
  private ArabicCalendar() {
  }

  /** "تشرين" or "كانون" without الأول / الثاني: one of two months, told apart by the date. */
  static final int TISHREEN = 13;
  static final int KANUN = 14;

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

  static {
    String[][] months = {
        {"يناير"}, {"شباط", "فبراير"}, {"آذار", "مارس"}, {"نيسان", "أبريل", "إبريل", "ابريل"},
        {"أيار", "مايو", "مايس"}, {"حزيران", "يونيو", "يونيه"}, {"تموز", "يوليو", "يوليه"},
        {"آب", "أغسطس", "اغسطس"}, {"أيلول", "سبتمبر"}, {"أكتوبر", "اكتوبر"}, {"نوفمبر"}, {"ديسمبر"}};
    for (int m = 0; m < months.length; m++) {
      for (String name : months[m]) {
        MONTHS.put(ArabicLetters.key(name), m + 1);
      }
    }
    String[][] weekdays = {{"الاثنين", "الإثنين", "الأثنين"}, {"الثلاثاء"}, {"الأربعاء"}, {"الخميس"}, {"الجمعة"},
        {"السبت"}, {"الأحد"}};
    for (int d = 0; d < weekdays.length; d++) {
      for (String name : weekdays[d]) {
        String key = ArabicLetters.key(name);
        WEEKDAYS.put(key, d + 1);
        WEEKDAYS.put(key.substring(2) + "#", d + 1); // without the article: only after يوم
      }
    }
  }

  /** The words of a month name at token i: its month (1..12, or TISHREEN / KANUN) and its token count. */
  record Month(int month, int tokens) {
  }

  /** The month named at token i, or null. The first word may carry و, or ب / ل for a name of four letters or more. */
  static Month month(List<ArabicTok> t, int i) {
    if (i >= t.size() || !t.get(i).isWord()) {
      return null;
    }
    String key = t.get(i).key;
    String stem = monthStem(key);
    if (stem == null) {
      return null;
    }
    if (stem.equals("كانون") || stem.equals("تشرين")) {
      boolean kanun = stem.equals("كانون");
      if (i + 1 < t.size() && t.get(i + 1).isWord()) {
        String second = t.get(i + 1).key;
        if (second.equals("الاول") || second.equals("اول")) {
          return new Month(kanun ? 12 : 10, 2);
        }
        if (second.equals("الثاني") || second.equals("ثاني")) {
          return new Month(kanun ? 1 : 11, 2);
        }
      }
      return new Month(kanun ? KANUN : TISHREEN, 1);
    }
    return new Month(MONTHS.get(stem), 1);
  }

  private static String monthStem(String key) {
    if (MONTHS.containsKey(key) || key.equals("كانون") || key.equals("تشرين")) {
      return key;
    }
    int starts = ArabicProclitics.stemStarts(key);
    for (int s = 1; s < key.length(); s++) {
      if ((starts & (1 << s)) == 0 || ArabicProclitics.articleBefore(key, s)) {
        continue;
      }
      String stem = key.substring(s);
      if (stem.length() >= 4 && (MONTHS.containsKey(stem) || stem.equals("كانون") || stem.equals("تشرين"))) {
        return stem;
      }
    }
    return null;
  }

  /** Whether the word at token i is a month name (see {@link #month}). */
  static boolean isMonth(List<ArabicTok> t, int i) {
    return month(t, i) != null;
  }

  /**
   * The ISO weekday (1 = Monday) the word at token i names, or 0: with the article ("الخميس"),
   * or without it when {@code afterYawm} ("يوم خميس"). The article may follow a preposition
   * ("بالجمعة" is rare; "ليوم السبت" carries it on يوم).
   */
  static int weekday(List<ArabicTok> t, int i, boolean afterYawm) {
    if (i >= t.size() || !t.get(i).isWord()) {
      return 0;
    }
    String key = t.get(i).key;
    Integer d = WEEKDAYS.get(key);
    if (d == null && key.length() > 3 && key.charAt(0) == 'و') {
      d = WEEKDAYS.get(key.substring(1));
    }
    if (d == null && afterYawm) {
      d = WEEKDAYS.get(key + "#");
    }
    return d == null ? 0 : d;
  }
}
