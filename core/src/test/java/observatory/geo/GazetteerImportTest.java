package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import observatory.geo.Gazetteer.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A monitor's place file imported into a data folder, all or nothing, and then resolved. */
class GazetteerImportTest {

  @TempDir
  Path data;

  private static Path fixture(String name) {
    try {
      return Path.of(GazetteerImportTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private PlaceStore store() {
    return PlaceStore.at(data);
  }

  @Test
  void aVillageImportedFromCsvThenResolves() {
    assertThat(Gazetteer.bundled().resolve("Tal Dahabiya", Context.in("SY"))).isInstanceOf(Resolution.NotFound.class);

    PlaceStore.ImportSummary summary = store().importFile(fixture("villages.csv"), Optional.empty());

    assertThat(summary.read()).isEqualTo(3);
    assertThat(summary.added()).isEqualTo(3);
    assertThat(summary.written()).isTrue();
    Resolution r = Gazetteer.standard(data).resolve("Tal Dahabiya", Context.in("SY"));
    assertThat(r).isInstanceOfSatisfying(Resolution.Resolved.class, resolved -> {
      assertThat(resolved.place().name()).isEqualTo("Tell Dhahabiya");
      // The CSV leaves admin1 blank: the point lies in Hama governorate.
      assertThat(resolved.place().admin1()).hasValue("Hama");
      assertThat(resolved.precision()).isEqualTo(LocationPrecision.PLACE);
    });
  }

  @Test
  void csvGovernoratesAndCountriesInAnySpellingOrCodeBecomeTheObservatorys() {
    store().importFile(fixture("villages.csv"), Optional.empty());
    Gazetteer g = Gazetteer.standard(data);
    // "Syria" and "Idleb" as written; a quoted name with a comma; alternates split on ';'.
    assertThat(g.resolve("Khirbat al-Zaytuna", Context.NONE)).isInstanceOfSatisfying(Resolution.Resolved.class,
        r -> {
          assertThat(r.place().name()).isEqualTo("Kherbet Zeitouna, lower");
          assertThat(r.place().countryCode()).isEqualTo("SY");
          assertThat(r.place().admin1()).hasValue("Idlib");
        });
    // "09" is the GeoNames admin1 code of Aleppo.
    assertThat(g.resolve("Umm Sarjeh", Context.in("SY"))).isInstanceOfSatisfying(Resolution.Resolved.class,
        r -> assertThat(r.place().admin1()).hasValue("Aleppo"));
  }

  @Test
  void aGeonamesDumpAddsItsPlacesAndDistrictsAndSkipsTheRest() {
    PlaceStore.ImportSummary summary = store().importFile(fixture("geonames-sample.txt"),
        Optional.of(fixture("alternate-names-sample.txt")));

    // A stream, and a village in a country the gazetteer does not cover, are skipped.
    assertThat(summary.read()).isEqualTo(3);
    assertThat(summary.skipped()).isEqualTo(2);
    Gazetteer g = Gazetteer.standard(data);
    assertThat(g.resolve("Jib Zeitoun", Context.in("SY"))).isInstanceOfSatisfying(Resolution.Resolved.class, r -> {
      assertThat(r.place().geonameId()).hasValue(9900001);
      assertThat(r.place().admin1()).hasValue("Idlib");
      assertThat(r.place().admin2()).hasValue("Mantiqat Jisr Sughur");
    });
    assertThat(g.resolve("Mantiqat Jisr Sughur", Context.in("SY")))
        .isInstanceOfSatisfying(Resolution.Resolved.class,
            r -> assertThat(r.precision()).isEqualTo(LocationPrecision.ADMIN2));
    // No admin1 code: the governorate is the one the point lies in.
    assertThat(g.resolve("Tell Qasabiya", Context.in("SY"))).isInstanceOfSatisfying(Resolution.Resolved.class,
        r -> assertThat(r.place().admin1()).hasValue("Al-Hasakah"));
    assertThat(g.candidates("Jubb Zaytouna")).singleElement()
        .satisfies(p -> assertThat(p.alternateNames()).contains("جب زيتونة").doesNotContain("https://example.org/jubb"));
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() throws IOException {
    store().importFile(fixture("villages.csv"), Optional.empty());
    byte[] before = Files.readAllBytes(store().file());

    PlaceStore.ImportSummary again = store().importFile(fixture("villages.csv"), Optional.empty());

    assertThat(again.added()).isZero();
    assertThat(again.alreadyKnown()).isEqualTo(3);
    assertThat(again.written()).isFalse();
    assertThat(Files.readAllBytes(store().file())).isEqualTo(before);
    assertThat(store().places()).hasSize(3);
  }

  @Test
  void aMalformedRowNamesFileLineAndFaultAndImportsNothing() throws IOException {
    store().importFile(fixture("villages.csv"), Optional.empty());
    byte[] before = Files.readAllBytes(store().file());
    Path bad = fixture("bad-number.csv");

    assertThatThrownBy(() -> store().importFile(bad, Optional.empty()))
        .isInstanceOfSatisfying(GazetteerFormatException.class, e -> {
          assertThat(e.file()).isEqualTo(bad.toString());
          assertThat(e.line()).isEqualTo(3);
          assertThat(e).hasMessageContaining("lon 'east' is not a number");
        });
    // The good row before it is not imported either.
    assertThat(Files.readAllBytes(store().file())).isEqualTo(before);
    assertThat(Files.list(data).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
  }

  @Test
  void eachKindOfFaultIsNamed() throws IOException {
    String header = "name,alternates,lat,lon,country,admin1,admin2\n";
    assertFault(header + "Kafr Ein,,95.1,36.2,SY,,\n", 2, "lat 95.1 is out of range");
    assertFault(header + ",Nameless,35.1,36.2,SY,,\n", 2, "name is empty");
    assertFault(header + "Kafr Ein,,35.1,36.2,SY\n", 2, "expected 7 columns");
    assertFault(header + "\n# a comment\nKafr Ein,,35.1,36.2,Atlantis,,\n", 4, "unknown country 'Atlantis'");
    assertFault(header + "Kafr Ein,,35.1,36.2,SY,Narnia,\n", 2, "admin1 'Narnia' is not a governorate of SY");
    assertFault("name,lat,lon\nKafr Ein,35.1,36.2\n", 1, "header lacks alternates, country, admin1, admin2");
    assertThat(store().file()).doesNotExist();
  }

  private void assertFault(String csv, long line, String fault) throws IOException {
    Path file = Files.writeString(data.resolveSibling(data.getFileName() + "-input.csv"), csv, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> store().importFile(file, Optional.empty()))
        .isInstanceOfSatisfying(GazetteerFormatException.class, e -> {
          assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
          assertThat(e).hasMessageStartingWith(file.toString()).hasMessageContaining(fault);
        });
  }

  @Test
  void twoVillagesOfOneNameAreAmbiguousUntilTheGovernorateIsKnown() {
    store().importFile(fixture("twins.csv"), Optional.empty());
    Gazetteer g = Gazetteer.standard(data);

    assertThat(g.resolve("Ain Qurtuba", Context.in("SY"))).isInstanceOfSatisfying(Resolution.Ambiguous.class,
        a -> assertThat(a.candidates()).extracting(p -> p.admin1().orElseThrow())
            .containsExactlyInAnyOrder("Idlib", "Rif Dimashq"));
    assertThat(g.resolve("Ain Qurtuba", new Context(java.util.List.of("SY"), java.util.List.of("Idlib"),
        java.util.List.of()))).isInstanceOfSatisfying(Resolution.Resolved.class,
            r -> assertThat(r.place().admin1()).hasValue("Idlib"));
  }

  @Test
  void aDamagedPlacesFileIsNamedWithItsLine() throws IOException {
    Files.writeString(store().file(), "# header\n\tOnly three\tcolumns\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.standard(data)).isInstanceOfSatisfying(GazetteerFormatException.class,
        e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void withoutImportedPlacesTheStandardGazetteerIsTheBundledOne() {
    assertThat(Gazetteer.standard(data.resolve("missing"))).isSameAs(Gazetteer.bundled());
  }

  @Test
  void aMonitorsIncidentTableIsReadInItsOwnColumnsOncePerPlace() throws IOException {
    Path table = data.resolve("strikes.csv");
    Files.writeString(table, String.join("\n",
        "incident,date,location,location_ar,latitude,longitude,killed",
        "A-1,2017-03-02,Tal Dahabiya,تل ذهبية,35.1790,36.2910,4",
        "A-2,2017-03-09,Tal Dahabiya,تل ذهبية,35.1790,36.2910,2",
        "A-3,2017-04-01,,,,,7",
        "A-4,2017-04-11,Kafr Zeita West,,35.3702,36.6015,1"), StandardCharsets.UTF_8);
    UserPlaces.CsvOptions options = new UserPlaces.CsvOptions(java.util.Map.of("name", "location",
        "alternates", "location_ar", "lat", "latitude", "lon", "longitude"), true, Optional.of("SY"));

    PlaceStore.ImportSummary summary = store().importFile(table, Optional.empty(), options);

    assertThat(summary.added()).isEqualTo(2); // two incidents at one village, one without a location
    assertThat(summary.skipped()).isEqualTo(1);
    assertThat(Gazetteer.standard(data).resolve("تل ذهبية", Context.in("SY")))
        .isInstanceOfSatisfying(Resolution.Resolved.class, r -> assertThat(r.place().admin1()).hasValue("Hama"));
  }

  @Test
  void aMappingThatNamesAMissingColumnIsRefusedWithTheHeader() throws IOException {
    Path table = data.resolve("strikes.csv");
    Files.writeString(table, "incident,place,lat,lon\nA-1,Tal Dahabiya,35.1790,36.2910\n", StandardCharsets.UTF_8);
    UserPlaces.CsvOptions options = new UserPlaces.CsvOptions(java.util.Map.of("name", "location", "lat", "lat",
        "lon", "lon"), false, Optional.empty());

    assertThatThrownBy(() -> store().importFile(table, Optional.empty(), options))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessageContaining("strikes.csv line 1")
        .hasMessageContaining("'location'");
  }
}
