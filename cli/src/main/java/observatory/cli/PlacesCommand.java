package observatory.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import observatory.geo.Gazetteer;
import observatory.geo.GazetteerFormatException;
import observatory.geo.Place;
import observatory.geo.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code observatory places NAME}: how a place name resolves, and why. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = {"Shows how a place name resolves against the gazetteer (bundled plus imported places):"
        + " the outcome, the place, the reason and the candidates weighed."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:resolved", "1:the imported places file cannot be read", "2:bad usage", "3:ambiguous",
        "4:not found"})
final class PlacesCommand implements Callable<Integer> {
  static final int AMBIGUOUS = 3;
  static final int NOT_FOUND = 4;

  enum Format { table, json }

  /** A run of capitalised words: "Idlib", "Rif Dimashq", "Deir ez-Zor" (lower-case particles are not taken). */
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
  private static final Pattern ARABIC_WORDS = Pattern.compile("[\\s\\p{P}]+");
  private static final Pattern NAMES = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*");

  @Spec
  private CommandSpec spec;

  @Mixin
  private DataOption data;

  @Parameters(index = "0", paramLabel = "NAME", description = "A place name as a report writes it.")
  private String name;

  @Option(names = "--context", paramLabel = "TEXT",
      description = "Text around the name; the countries and governorates it names (capitalised words, or any"
          + " Arabic words) break ties.")
  private String context;

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Gazetteer gazetteer;
    try {
      gazetteer = Gazetteer.standard(data.dir());
    } catch (GazetteerFormatException | UncheckedIOException e) {
      err.println("observatory: " + Main.oneLine(e));
      return 1;
    }
    Gazetteer.Context ctx = context == null ? Gazetteer.Context.NONE : context(gazetteer, context);
    Resolution resolution = gazetteer.resolve(name, ctx);
    List<Place> candidates = resolution instanceof Resolution.Ambiguous a ? a.candidates()
        : gazetteer.candidates(name);
    ObjectNode json = json(resolution, ctx, candidates);
    if (format == Format.json) {
      try {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      table(out, json);
    }
    out.flush();
    return resolution instanceof Resolution.Resolved ? 0 : resolution instanceof Resolution.Ambiguous
        ? AMBIGUOUS : NOT_FOUND;
  }

  /** The countries and governorates the capitalised words of a text name. */
  static Gazetteer.Context context(Gazetteer gazetteer, String text) {
    Set<String> countries = new LinkedHashSet<>();
    Set<String> admin1s = new LinkedHashSet<>();
    Matcher m = NAMES.matcher(text);
    while (m.find()) {
      String run = m.group().replaceAll("['’]s$", "");
      List<String> tries = new ArrayList<>();
      tries.add(run);
      for (String word : run.split("\\s+")) {
        tries.add(word.replaceAll("['’]s$", ""));
      }
      for (String t : tries) {
        Optional<Place> country = t.length() > 2 ? gazetteer.country(t) : Optional.empty();
        if (country.isPresent()) {
          countries.add(country.get().countryCode());
          continue;
        }
        gazetteer.admin1(t).ifPresent(a -> {
          admin1s.add(a.name());
          countries.add(a.countryCode());
        });
      }
    }
    arabicContext(gazetteer, text, countries, admin1s);
    return new Gazetteer.Context(List.copyOf(countries), List.copyOf(admin1s), List.of());
  }

  /**
   * Arabic script has no capitals: every word, and every two words in a row ("دير الزور", "ريف
   * حماة"), that names a country or governorate counts, a preposition written onto it too ("بإدلب").
   */
  private static void arabicContext(Gazetteer gazetteer, String text, Set<String> countries, Set<String> admin1s) {
    List<String> words = new ArrayList<>();
    for (String word : ARABIC_WORDS.split(text)) {
      if (ARABIC.matcher(word).find()) {
        words.add(word);
      }
    }
    for (int i = 0; i < words.size(); i++) {
      boolean pair = i + 1 < words.size() && addPlace(gazetteer, words.get(i) + " " + words.get(i + 1), countries, admin1s);
      if (pair) {
        i++;
      } else {
        addPlace(gazetteer, words.get(i), countries, admin1s);
      }
    }
  }

  private static boolean addPlace(Gazetteer gazetteer, String name, Set<String> countries, Set<String> admin1s) {
    Optional<Place> country = gazetteer.country(name);
    if (country.isPresent()) {
      countries.add(country.get().countryCode());
      return true;
    }
    Optional<Place> admin1 = gazetteer.admin1(name);
    admin1.ifPresent(a -> {
      admin1s.add(a.name());
      countries.add(a.countryCode());
    });
    return admin1.isPresent();
  }

  private ObjectNode json(Resolution r, Gazetteer.Context ctx, List<Place> candidates) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("name", name);
    o.put("outcome", r instanceof Resolution.Resolved ? "resolved"
        : r instanceof Resolution.Ambiguous ? "ambiguous" : "not found");
    ObjectNode c = o.putObject("context");
    ctx.countryCodes().forEach(c.putArray("countries")::add);
    ctx.admin1s().forEach(c.putArray("admin1")::add);
    if (r instanceof Resolution.Resolved res) {
      ObjectNode p = place(o.putObject("place"), res.place());
      p.put("precision", res.precision().name().toLowerCase(java.util.Locale.ROOT));
      p.put("geo_precision", res.precision().acledGeoPrecision());
      p.put("where_prec", res.precision().ucdpWherePrec());
      o.put("reason", res.reason());
    } else {
      o.putNull("place");
      o.put("reason", r instanceof Resolution.Ambiguous a
          ? a.candidates().size() + " places fit equally well; give --context with the governorate or country"
          : "no gazetteer entry has this name; import the place with 'observatory gazetteer import'");
    }
    ArrayNode list = o.putArray("candidates");
    for (Place candidate : candidates) {
      place(list.addObject(), candidate);
    }
    return o;
  }

  private static ObjectNode place(ObjectNode o, Place p) {
    o.put("name", p.name());
    if (p.geonameId().isPresent()) {
      o.put("geonameid", p.geonameId().getAsLong());
    } else {
      o.putNull("geonameid");
    }
    o.put("lat", p.latitude());
    o.put("lon", p.longitude());
    o.put("country", p.countryCode());
    o.put("admin1", p.admin1().orElse(null));
    o.put("admin2", p.admin2().orElse(null));
    if (p.admin2().isPresent()) {
      o.put("admin2_approximate", observatory.geo.Districts.isApproximate(p));
    }
    o.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
    o.put("population", p.population());
    return o;
  }

  private static void table(PrintWriter out, ObjectNode o) {
    out.println("name:       " + o.get("name").asText());
    out.println("outcome:    " + o.get("outcome").asText());
    String countries = String.join(", ", texts(o.get("context").get("countries")));
    String admin1s = String.join(", ", texts(o.get("context").get("admin1")));
    if (!countries.isEmpty()) {
      out.println("context:    " + countries + (admin1s.isEmpty() ? "" : "; " + admin1s));
    }
    if (!o.get("place").isNull()) {
      var p = o.get("place");
      out.println("place:      " + line(p));
      out.println("precision:  " + p.get("precision").asText() + " (ACLED geo_precision " + p.get("geo_precision")
          + ", UCDP where_prec " + p.get("where_prec") + ")");
    }
    out.println("reason:     " + o.get("reason").asText());
    var candidates = o.get("candidates");
    out.println("candidates: " + candidates.size());
    for (var c : candidates) {
      out.println("  " + line(c));
    }
  }

  private static String line(com.fasterxml.jackson.databind.JsonNode p) {
    StringBuilder s = new StringBuilder(p.get("name").asText());
    s.append(" (").append(p.get("geonameid").isNull() ? "no GeoNames id" : "GeoNames " + p.get("geonameid").asText())
        .append(") ").append(p.get("lat").asText()).append(", ").append(p.get("lon").asText()).append(" ")
        .append(p.get("country").asText());
    for (String field : new String[] {"admin1", "admin2"}) {
      if (!p.get(field).isNull()) {
        s.append(" / ").append(p.get(field).asText());
        if (field.equals("admin2")) {
          s.append(p.path("admin2_approximate").asBoolean() ? " district (nearest district seat)" : " district");
        }
      }
    }
    if (p.get("population").asLong() > 0) {
      s.append(", population ").append(p.get("population").asLong());
    }
    return s.toString();
  }

  private static List<String> texts(com.fasterxml.jackson.databind.JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
