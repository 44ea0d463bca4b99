package observatory.lexicon;

/**
 * The lexicons bundled with Observatory, each loaded once on first use. Their data files are
 * {@code observatory/lexicon/*.tsv} (see the README there for the choices a user must know).
 */
public final class Lexicons {
  public static final String WEAPONS = "observatory/lexicon/weapons.tsv";
  public static final String ACTORS = "observatory/lexicon/actors.tsv";
  public static final String SOURCES = "observatory/lexicon/sources.tsv";

  private Lexicons() {
  }

  /** Weapons and modes of attack; labels are the eval weapon vocabulary ("air strike", "barrel bomb"). */
  public static Lexicon weapons() {
    return WeaponsHolder.INSTANCE;
  }

  /** Armed actors; labels are canonical actor names ("Russia", "Syrian government", "ISIS"). */
  public static Lexicon actors() {
    return ActorsHolder.INSTANCE;
  }

  /** Reporting sources; labels are canonical source names ("Syrian Observatory for Human Rights"). */
  public static Lexicon sources() {
    return SourcesHolder.INSTANCE;
  }

  private static final class WeaponsHolder {
    static final Lexicon INSTANCE = Lexicon.load(WEAPONS);
  }

  private static final class ActorsHolder {
    static final Lexicon INSTANCE = Lexicon.load(ACTORS);
  }

  private static final class SourcesHolder {
    static final Lexicon INSTANCE = Lexicon.load(SOURCES);
  }
}
