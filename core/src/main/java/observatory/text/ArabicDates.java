package observatory.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import observatory.claim.Span;
import observatory.claim.When;

/**
 * Finds Arabic date phrases and resolves them against the publication date, as {@link Dates}
 * does for English: "اليوم"، "أمس"، "أمس الأول"، "فجر اليوم"، "مساء أمس"، "ليلة أمس"، "الليلة
 * الماضية"، "يوم الخميس"، "صباح اليوم السبت 18 أيلول"، "20 من آب"، "٨/٢/٢٠٢٥"، "09/ كانون الأول/
 * 2023"، "قبل يومين"، "الشهر الماضي"، "خلال الـ24 ساعة الماضية"، "منذ مطلع العام"، "منذ بداية شهر
 * حزيران حتى اليوم"، "بين 20 و22 آب". Both month series are read (كانون الثاني … / يناير …);
 * "تشرين" or "كانون" alone is the one of its two months that fits the publication date.
 *
 * <p>A weekday means the latest such day on or before publication ("الخميس الماضي": before it;
 * "الخميس المقبل": after it); a day and month without a year the latest such day not after
 * publication; "تموز الماضي" the latest July before the month of publication. "الأسبوع الماضي"
 * is the calendar week (Monday to Sunday) before the week of publication, as English "last week".
 * Without a publication date, relative phrases are found but resolve to {@link When#UNKNOWN}.
 * Spans are offsets into the text as written. Linear; no regular expressions.
 */
public final class ArabicDates {
  private ArabicDates() {
  }

  /** All date phrases in {@code text[from, to)}, in text order, not overlapping. */
  public static List<DateMention> find(CharSequence text, int from, int to, Optional<LocalDate> published) {
    if (published == null) {
      throw new IllegalArgumentException("published must be an Optional (use Optional.empty() when unknown)");
    }
    List<ArabicTok> t = ArabicTok.tokenize(text, from, to);
    List<DateMention> out = new ArrayList<>();
    ArabicDateReader c = new ArabicDateReader(t, text, published);
    int i = 0;
    while (i < t.size()) {
      ArabicDatePoints.Match m = t.get(i).isWord() || t.get(i).isNum() ? c.at(i) : null;
      if (m == null) {
        i++;
      } else {
        out.add(new DateMention(Span.of(c.startOf(m.first()), t.get(m.next() - 1).end), m.when()));
        i = m.next();
      }
    }
    return out;
  }

  /** All date phrases of the whole text. */
  public static List<DateMention> find(CharSequence text, Optional<LocalDate> published) {
    return find(text, 0, text.length(), published);
  }
}
