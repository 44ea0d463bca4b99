package observatory.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import observatory.geo.Gazetteer;
import observatory.geo.Place;
import observatory.geo.Resolution;

/**
 * How the gazetteer resolves the place names of an annotated corpus: every place string of every
 * incident is resolved in its document's country, and the governorate it resolves to is compared
 * with the annotation's. Measures the gazetteer alone, not the extractor.
 */
public final class PlaceCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PlaceCheck() {
  }

  /** The outcome for one name as annotated. */
  public record Mention(String document, String name, String outcome, Optional<String> admin1, Optional<String> goldAdmin1) {
    /** Whether the resolved governorate is one the annotation gives (several are joined with "; "). */
    public boolean admin1Agrees() {
      if (admin1.isEmpty() || goldAdmin1.isEmpty()) {
        return false;
      }
      for (String g : goldAdmin1.get().split(";")) {
        if (fold(g).equals(fold(admin1.get()))) {
          return true;
        }
      }
      return false;
    }
  }

  /** All mentions, and the summary figures. */
  public record Report(List<Mention> mentions) {
    public long count(String outcome) {
      return mentions.stream().filter(m -> m.outcome().equals(outcome)).count();
    }

    /** Resolved mentions whose annotation names a governorate, and how many agree with it. */
    public long[] admin1Agreement() {
      long n = 0;
      long ok = 0;
      for (Mention m : mentions) {
        if (m.outcome().equals("resolved") && m.goldAdmin1().isPresent() && m.admin1().isPresent()) {
          n++;
          ok += m.admin1Agrees() ? 1 : 0;
        }
      }
      return new long[] {ok, n};
    }

    public List<String> lines() {
      List<String> out = new ArrayList<>();
      TreeMap<String, Integer> notFound = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (Mention m : mentions) {
        if (m.outcome().equals("not found")) {
          notFound.merge(m.name(), 1, Integer::sum);
        }
        if (m.outcome().equals("resolved") && m.goldAdmin1().isPresent() && m.admin1().isPresent() && !m.admin1Agrees()) {
          out.add("admin1 differs: " + m.document() + ": " + m.name() + " -> " + m.admin1().get() + " (annotated "
              + m.goldAdmin1().get() + ")");
        }
      }
      int total = mentions.size();
      out.add(String.format(Locale.ROOT, "mentions: %d  resolved: %d (%.3f)  ambiguous: %d  not found: %d", total,
          count("resolved"), total == 0 ? 0.0 : count("resolved") / (double) total, count("ambiguous"),
          count("not found")));
      long[] a = admin1Agreement();
      out.add(String.format(Locale.ROOT, "admin1 of resolved mentions: %d/%d (%.3f)", a[0], a[1],
          a[1] == 0 ? 0.0 : a[0] / (double) a[1]));
      out.add("not in the gazetteer (" + notFound.size() + " names): " + String.join(", ", notFound.keySet()));
      return out;
    }
  }

  /** Resolves the places of every annotated document (*.json with "incidents") in a folder. */
  public static Report check(Path dir, Gazetteer gazetteer) {
    List<Mention> mentions = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (Path file : files) {
      JsonNode doc;
      try {
        doc = MAPPER.readTree(file.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      String name = file.getFileName().toString();
      for (JsonNode incident : doc.path("incidents")) {
        if (incident.path("background").asBoolean(false)) {
          continue;
        }
        Gazetteer.Context context = incident.hasNonNull("country")
            ? gazetteer.country(incident.get("country").asText()).map(c -> Gazetteer.Context.in(c.countryCode()))
                .orElse(Gazetteer.Context.NONE)
            : Gazetteer.Context.NONE;
        Optional<String> gold = incident.hasNonNull("admin1") ? Optional.of(incident.get("admin1").asText())
            : Optional.empty();
        for (JsonNode place : incident.path("places")) {
          Resolution r = gazetteer.resolve(place.asText(), context);
          String outcome = r instanceof Resolution.Resolved ? "resolved"
              : r instanceof Resolution.Ambiguous ? "ambiguous" : "not found";
          Optional<String> admin1 = r instanceof Resolution.Resolved res
              ? res.place().admin1().or(() -> res.place().kind() == Place.Kind.ADMIN1
                  ? Optional.of(res.place().name()) : Optional.empty())
              : Optional.empty();
          mentions.add(new Mention(name, place.asText(), outcome, admin1, gold));
        }
      }
    }
    return new Report(mentions);
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
