package observatory.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import observatory.claim.Span;
import observatory.lexicon.LexiconMatch;

/**
 * Actors a report names by a role instead of a name, and who they are in that report: state
 * media's "terrorists", "the army", "the coalition", "the group". Their labels in
 * {@code actors.tsv} start with '?'. Who they are depends on who speaks and where: Syrian state
 * media's "terrorists" firing on government-held areas are the armed opposition, an Iraqi
 * report's are the Islamic State, a Turkish official's are the PKK/YPG; "the army" is the army of
 * the country the report is about; "the coalition" over Yemen is the Saudi-led one; "the group"
 * is the armed group the report named last ({@link Attribution} first looks for the last one it
 * named as an attacker).
 */
final class StandIns {
  /** Who one stand-in is: the actor's name, and the words besides its own that decided it. */
  record Resolved(String label, List<Span> evidence) {
  }

  private final Reading reading;
  private String country;
  private boolean countryRead;
  private Optional<Span> turkishVoice;
  private final Optional<Span> syrianStateVoice;
  private final boolean namesKurdishForces;

  /**
   * Reads the report's voice once per report; its main country and whether a Turkish official
   * speaks are read when a stand-in first needs them (most reports name none). Confined to the
   * thread that reads the report, like {@link Sentence}'s dates.
   */
  private StandIns(Reading r) {
    this.reading = r;
    Optional<Span> sana = Optional.empty();
    boolean kurdish = false;
    for (Sentence s : r.sentences()) {
      for (LexiconMatch m : s.sources()) {
        if (sana.isEmpty() && STATE_MEDIA.contains(m.label())) {
          sana = Optional.of(m.span());
        }
      }
      for (LexiconMatch a : s.actors()) {
        kurdish |= a.label().equals("YPG") || a.label().equals("SDF");
      }
    }
    this.syrianStateVoice = sana;
    this.namesKurdishForces = kurdish;
  }

  static StandIns of(Reading r) {
    return new StandIns(r);
  }

  static boolean isStandIn(LexiconMatch m) {
    return m.label().startsWith("?");
  }

  /**
   * Who the stand-in {@code m} is, for a draft whose places lie in {@code draftCountry} (null when
   * unknown); empty when the report does not say.
   */
  Optional<Resolved> resolve(LexiconMatch m, String draftCountry) {
    if (draftCountry == null && !countryRead) {
      country = mainCountry(reading);
      countryRead = true;
    }
    String where = draftCountry != null ? draftCountry : country;
    if (m.label().equals("?enemy") && turkishVoice == null) {
      turkishVoice = find(reading.text(), TURKISH_VOICE);
    }
    switch (m.label()) {
      case "?army" -> {
        // "The army" in a report about Syria is the Syrian army; the lexicon's longer entries
        // ("Turkish army", "Israeli army") have already named the others.
        String label = ARMIES.getOrDefault(where == null ? "SY" : where, null);
        return label == null ? Optional.empty() : Optional.of(new Resolved(label, List.of()));
      }
      case "?factions" -> {
        // the monitors' "the factions": the armed opposition ("Iranian-backed factions" is named by its sponsor)
        return Optional.of(new Resolved("opposition", List.of()));
      }
      case "?coalition" -> {
        return Optional.of(new Resolved("YE".equals(where) ? "Saudi-led coalition" : "US-led coalition", List.of()));
      }
      case "?enemy" -> {
        if (turkishVoice.isPresent()) {
          // Turkish officials' "terrorists" are the PKK/YPG, when the report names them so.
          return namesKurdishForces ? Optional.of(new Resolved("YPG", List.of(turkishVoice.get()))) : Optional.empty();
        }
        if ("IQ".equals(where)) {
          return Optional.of(new Resolved("ISIS", List.of()));
        }
        if ("SY".equals(where) || where == null && syrianStateVoice.isPresent()) {
          // Syrian state media's word for the armed opposition.
          return Optional.of(new Resolved("opposition", syrianStateVoice.map(List::of).orElse(List.of())));
        }
        return Optional.empty();
      }
      case "?group", "?jihadists" -> {
        Set<String> groups = m.label().equals("?jihadists") ? JIHADIST_GROUPS : ARMED_GROUPS;
        LexiconMatch last = null;
        for (Sentence s : reading.sentences()) {
          if (s.span().start() > m.span().start()) {
            break;
          }
          for (LexiconMatch a : s.actors()) {
            if (a.span().end() <= m.span().start() && groups.contains(a.label())) {
              last = a;
            }
          }
        }
        return last == null ? Optional.empty() : Optional.of(new Resolved(last.label(), List.of(last.span())));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** The country most of the report's places lie in, or null. */
  private static String mainCountry(Reading r) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : r.sentences()) {
      for (PlaceFinder.Candidate c : s.places()) {
        c.mention().place().ifPresent(p -> counts.merge(p.countryCode(), 1, Integer::sum));
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** The country of a draft's places, or null when none resolved. */
  static String countryOf(Draft d) {
    for (PlaceFinder.Candidate c : d.places()) {
      if (c.mention().place().isPresent()) {
        return c.mention().place().get().countryCode();
      }
    }
    return d.region().map(p -> p.countryCode()).orElse(null);
  }

  private static Optional<Span> find(String text, Pattern p) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(Span.of(m.start(), m.end())) : Optional.empty();
  }

  /** A capital that names a state only when it acts as one ("Damascus accused Ankara"); else it is a place. */
  static boolean capital(LexiconMatch m, String text) {
    return CAPITALS.contains(m.text(text).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> CAPITALS = Set.of("damascus", "ankara", "moscow", "tehran", "baghdad", "amman",
      "beirut", "riyadh", "sanaa", "washington");
  private static final Set<String> STATE_MEDIA = Set.of("SANA", "al-Ekhbariya");
  static final Set<String> ARMED_GROUPS = Set.of("ISIS", "HTS", "opposition", "SDF", "YPG",
      "pro-government militia", "Houthis");
  /** The groups "the jihadist group" may be. */
  static final Set<String> JIHADIST_GROUPS = Set.of("ISIS", "HTS");
  private static final Map<String, String> ARMIES = Map.of("SY", "Syrian government", "IQ", "Iraq", "TR", "Turkey",
      "LB", "Lebanon", "IL", "Israel", "PS", "Israel", "JO", "Jordan", "YE", "Yemen");
  private static final Pattern TURKISH_VOICE = Pattern.compile(
      "(?i)\\b(anadolu|turkish (national )?defen[cs]e ministry|turkish ministry of (national )?defen[cs]e"
          + "|turkish general staff|turkish (military|army|armed forces|officials?) (said|says|announced|stated))\\b");
}
