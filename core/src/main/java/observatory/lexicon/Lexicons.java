package observatory.lexicon;

import java.util.List;

/** STUB until wip-lex lands. */
public final class Lexicons {
  private Lexicons() {
  }

  public static Lexicon weapons() {
    return Lexicon.fromLines("weapons", List.of("air strike\tair strikes", "air strike\tair strike", "air strike\twarplanes", "barrel bomb\tbarrel bomb", "shelling\tshelling"));
  }

  public static Lexicon actors() {
    return Lexicon.fromLines("actors", List.of("Russia\tRussian", "Syrian government\tgovernment", "Syrian government\tregime"));
  }

  public static Lexicon sources() {
    return Lexicon.fromLines("sources", List.of("Syrian Observatory for Human Rights\tSyrian Observatory for Human Rights", "Syrian Observatory for Human Rights\tSOHR"));
  }
}
