package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import observatory.geo.Gazetteer.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder whose base gazetteer is a GeoNames file of the user's choice, read through its snapshot. */
class BaseGazetteerTest {

  // A place of Yemen the bundled extract lacks, in the GeoNames format of cities500.txt.
  private static final String HAJJAH_VILLAGE = "9990011\tBani Qays\tBani Qays\tBany Qays,بني قيس\t16.02\t43.58\tP\tPPL\tYE"
      + "\t\t15\t\t\t\t2500\t\t\t\t";
  private static final String ALEPPO = "170063\tAleppo\tAleppo\tHalab,حلب\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t"
      + "1602264\t\t\t\t";

  @TempDir
  Path data;

  private Path world() throws IOException {
    Path file = data.resolve("world.txt");
    Files.writeString(file, HAJJAH_VILLAGE + "\n" + ALEPPO + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aFolderUsesTheBundledExtractUntilAGeoNamesFileIsChosen() throws IOException {
    PlaceStore store = PlaceStore.at(data);
    assertThat(store.baseSource()).isEmpty();
    assertThat(Gazetteer.standard(data, notice -> { })).isSameAs(Gazetteer.bundled());

    PlaceStore.BaseSummary summary = store.useBase(world(), notice -> { });
    assertThat(summary.places()).isEqualTo(2);
    assertThat(store.baseSource()).hasValue(world().toAbsolutePath().normalize());
    assertThat(store.baseSnapshot()).isRegularFile();

    List<String> notices = new ArrayList<>();
    Gazetteer gazetteer = Gazetteer.standard(data, notices::add);
    assertThat(notices).isEmpty(); // the snapshot was built by 'use'
    assertThat(gazetteer.size()).isEqualTo(2);
    assertThat(gazetteer.resolve("Bani Qays", Context.in("YE"))).isInstanceOf(Resolution.Resolved.class);
    assertThat(gazetteer.resolve("Halab", Context.in("SY"))).isInstanceOfSatisfying(Resolution.Resolved.class,
        r -> assertThat(r.place().admin1()).hasValue("Aleppo"));

    assertThat(store.useBundled()).isTrue();
    assertThat(Gazetteer.standard(data, notice -> { })).isSameAs(Gazetteer.bundled());
    assertThat(store.baseSnapshot()).doesNotExist();
  }

  @Test
  void importedPlacesAreAddedToTheChosenBase() throws IOException {
    PlaceStore store = PlaceStore.at(data);
    store.useBase(world(), notice -> { });
    Path villages = data.resolve("villages.csv");
    Files.writeString(villages, "name,alternates,lat,lon,country,admin1,admin2\n"
        + "Tell Dhahabiya,Tal Dahabiya|تل ذهبية,35.1790,36.2910,SY,,\n", StandardCharsets.UTF_8);
    store.importFile(villages, Optional.empty());
    Gazetteer gazetteer = Gazetteer.standard(data, notice -> { });
    assertThat(gazetteer.size()).isEqualTo(3);
    assertThat(gazetteer.resolve("Tal Dahabiya", Context.in("SY"))).isInstanceOf(Resolution.Resolved.class);
    assertThat(gazetteer.resolve("Bani Qays", Context.in("YE"))).isInstanceOf(Resolution.Resolved.class);
  }

  @Test
  void anEditedBaseFileIsReadAgainWithANotice() throws IOException {
    PlaceStore store = PlaceStore.at(data);
    Path world = world();
    store.useBase(world, notice -> { });
    Files.writeString(world, ALEPPO + "\n", StandardCharsets.UTF_8);
    List<String> notices = new ArrayList<>();
    assertThat(Gazetteer.standard(data, notices::add).size()).isEqualTo(1);
    assertThat(notices).singleElement().asString().contains(PlaceStore.BASE_SNAPSHOT).contains("stale");
  }

  @Test
  void aMalformedFileIsNotMadeTheBase() throws IOException {
    PlaceStore store = PlaceStore.at(data);
    Path bad = data.resolve("bad.txt");
    Files.writeString(bad, ALEPPO.replace("36.20124", "north") + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> store.useBase(bad, notice -> { })).isInstanceOf(GazetteerFormatException.class)
        .hasMessageContaining("bad.txt");
    assertThat(store.baseSource()).isEmpty();
    assertThat(Gazetteer.standard(data, notice -> { })).isSameAs(Gazetteer.bundled());
  }

  @Test
  void aBaseFileThatIsGoneIsNamed() throws IOException {
    PlaceStore store = PlaceStore.at(data);
    Path world = world();
    store.useBase(world, notice -> { });
    Files.delete(world);
    assertThatThrownBy(() -> Gazetteer.standard(data, notice -> { })).isInstanceOf(GazetteerFormatException.class)
        .hasMessageContaining(world.toString()).hasMessageContaining("gazetteer use");
  }
}
