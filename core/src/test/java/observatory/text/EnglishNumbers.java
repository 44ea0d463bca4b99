package observatory.text;

/** Test-side number-to-words, written independently of the parser it checks. */
final class EnglishNumbers {
  private static final String[] SMALL = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {
      "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

  private EnglishNumbers() {
  }

  /**
   * English words for 0..999,999. {@code british} puts "and" after hundreds ("one hundred and
   * twenty"); {@code hyphen} writes "twenty-six" rather than "twenty six".
   */
  static String words(int n, boolean british, boolean hyphen) {
    if (n < 0 || n > 999_999) {
      throw new IllegalArgumentException("only 0..999,999, was " + n);
    }
    if (n == 0) {
      return "zero";
    }
    int thousands = n / 1000;
    int rest = n % 1000;
    StringBuilder sb = new StringBuilder();
    if (thousands > 0) {
      sb.append(below1000(thousands, british, hyphen)).append(" thousand");
      if (rest > 0) {
        sb.append(rest < 100 && british ? " and " : " ");
      }
    }
    if (rest > 0) {
      sb.append(below1000(rest, british, hyphen));
    }
    return sb.toString();
  }

  private static String below1000(int n, boolean british, boolean hyphen) {
    int hundreds = n / 100;
    int rest = n % 100;
    StringBuilder sb = new StringBuilder();
    if (hundreds > 0) {
      sb.append(SMALL[hundreds]).append(" hundred");
      if (rest > 0) {
        sb.append(british ? " and " : " ");
      }
    }
    if (rest > 0) {
      if (rest < 20) {
        sb.append(SMALL[rest]);
      } else {
        sb.append(TENS[rest / 10]);
        if (rest % 10 > 0) {
          sb.append(hyphen ? "-" : " ").append(SMALL[rest % 10]);
        }
      }
    }
    return sb.toString();
  }
}
