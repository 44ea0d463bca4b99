package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazetteer import} and {@code places}, run in-process. */
class PlacesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  // Invented villages: two of one name in different governorates, and one with no governorate given.
  private static final String VILLAGES = """
      name,alternates,lat,lon,country,admin1,admin2
      Tell Dhahabiya,Tal Dahabiya|تل ذهبية,35.1790,36.2910,SY,,
      Ain Qurtuba,عين قرطبة,35.9300,36.6400,SY,Idlib,
      Ain Qurtuba,عين قرطبة,33.5200,36.0500,SY,Rif Dimashq,
      """;

  @TempDir
  Path dir;


  private static Run run(String... args) {
    return Run.of(args);
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  private Path imported() throws IOException {
    Path csv = Files.writeString(dir.resolve("villages.csv"), VILLAGES, StandardCharsets.UTF_8);
    Run r = run("gazetteer", "import", csv.toString(), "--data", data());
    assertThat(r.code()).as(r.err()).isZero();
    return csv;
  }

  @Test
  void importPrintsWhatItReadAddedAndWrote() throws IOException {
    Path csv = Files.writeString(dir.resolve("villages.csv"), VILLAGES, StandardCharsets.UTF_8);
    Run first = run("gazetteer", "import", csv.toString(), "--data", data());
    assertThat(first.out()).contains("places read: 3", "new: 3", "already known: 0",
        "written: " + Path.of(data(), "places.tsv"));

    Run second = run("gazetteer", "import", csv.toString(), "--data", data());
    assertThat(second.out()).contains("new: 0", "already known: 3", "unchanged: ");
  }

  @Test
  void placesJsonShowsTheOutcomeThePlaceItsPrecisionAndTheReason() throws IOException {
    imported();
    Run r = run("places", "Tal Dahabiya", "--format", "json", "--data", data());

    assertThat(r.code()).isZero();
    JsonNode o = JSON.readTree(r.out());
    assertThat(o.get("outcome").asText()).isEqualTo("resolved");
    JsonNode place = o.get("place");
    assertThat(place.get("name").asText()).isEqualTo("Tell Dhahabiya");
    assertThat(place.get("geonameid").isNull()).isTrue();
    assertThat(place.get("lat").asDouble()).isEqualTo(35.179);
    assertThat(place.get("lon").asDouble()).isEqualTo(36.291);
    assertThat(place.get("admin1").asText()).isEqualTo("Hama");
    assertThat(place.get("admin2").isNull()).isTrue();
    assertThat(place.get("precision").asText()).isEqualTo("place");
    assertThat(place.get("geo_precision").asInt()).isEqualTo(1);
    assertThat(place.get("where_prec").asInt()).isEqualTo(1);
    assertThat(o.get("reason").asText()).isNotBlank();
    assertThat(o.get("candidates")).hasSize(1);
  }

  @Test
  void aBundledTownShowsItsGeonamesId() {
    Run r = run("places", "Kafranbel", "--format", "json", "--data", data());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"geonameid\" : ");
    assertThat(r.out()).doesNotContain("\"geonameid\" : null");
  }

  @Test
  void anAmbiguousNameListsItsCandidatesAndExitsThree() throws IOException {
    imported();
    Run r = run("places", "Ain Qurtuba", "--format", "json", "--data", data());

    assertThat(r.code()).isEqualTo(3);
    JsonNode o = JSON.readTree(r.out());
    assertThat(o.get("outcome").asText()).isEqualTo("ambiguous");
    assertThat(o.get("place").isNull()).isTrue();
    assertThat(o.get("candidates").findValuesAsText("admin1")).containsExactlyInAnyOrder("Idlib", "Rif Dimashq");
  }

  @Test
  void contextNamingTheGovernorateResolvesIt() throws IOException {
    imported();
    Run r = run("places", "Ain Qurtuba", "--context", "Shelling hit a village in Idlib's southern countryside.",
        "--data", data());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("outcome:    resolved", "context:    SY; Idlib", "Ain Qurtuba", "/ Idlib");
  }

  @Test
  void arabicContextNamingTheGovernorateResolvesAnArabicName() throws IOException {
    imported();
    Run r = run("places", "وعين قرطبة", "--context", "قصف مدفعي على قرية في ريف إدلب الجنوبي", "--data", data());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("outcome:    resolved", "context:    SY; Idlib", "Ain Qurtuba", "/ Idlib",
        "read without the prefix");
  }

  @Test
  void anUnknownNameExitsFour() {
    Run r = run("places", "Qaryat al-Khayal", "--data", data());
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.out()).contains("outcome:    not found");
  }

  @Test
  void aMalformedRowIsOneLineAndNothingIsImported() throws IOException {
    Path csv = imported();
    byte[] before = Files.readAllBytes(Path.of(data(), "places.tsv"));
    Path bad = Files.writeString(dir.resolve("bad.csv"),
        "name,alternates,lat,lon,country,admin1,admin2\nKafr Ein,,35.1,36.2,SY,,\nDeir Ein,,35.1,,SY,,\n",
        StandardCharsets.UTF_8);

    Run r = run("gazetteer", "import", bad.toString(), "--data", data());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("observatory: " + bad + " line 3: lon is empty").doesNotContain("Exception");
    assertThat(Files.readAllBytes(Path.of(data(), "places.tsv"))).isEqualTo(before);
    assertThat(csv).exists();
  }

  @Test
  void extractUsesTheImportedPlaces() throws IOException {
    imported();
    Path report = Files.writeString(dir.resolve("report.txt"),
        "An air strike killed four civilians in Tal Dahabiya on Sunday, a monitor said.", StandardCharsets.UTF_8);

    Run without = run("extract", report.toString(), "--data", dir.resolve("empty").toString());
    Run with = run("extract", report.toString(), "--data", data());

    assertThat(without.out()).doesNotContain("Hama");
    assertThat(JSON.readTree(with.out()).get("incidents").get(0).get("admin1").asText()).isEqualTo("Hama");
  }

  @Test
  void theDataFolderIsTheOptionThenTheEnvironmentThenTheDefault() {
    assertThat(DataOption.dir(Path.of("x"), Map.of(DataOption.ENV, "y"))).isEqualTo(Path.of("x"));
    assertThat(DataOption.dir(null, Map.of(DataOption.ENV, "y"))).isEqualTo(Path.of("y"));
    assertThat(DataOption.dir(null, Map.of())).isEqualTo(Path.of("observatory-data"));
  }
}
