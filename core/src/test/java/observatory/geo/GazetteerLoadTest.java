package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerLoadTest {

  // Two GeoNames rows (19 tab-separated columns), as in a GeoNames country dump.
  private static final String HAS = "9990001\tHas\tHas\tHass,Hass Village,حاس\t35.586\t36.524\tP\tPPL\tSY\t\t12\t\t\t\t4000\t\t\t\t";
  private static final String TALMENES = "9990002\tTalmenes\tTalmenes\tTalmanas,تلمنس\t35.622\t36.703\tP\tPPL\tSY\t\t12\t\t\t\t5000\t\t\t\t";

  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void loadsAGeoNamesFileWithTheBundledGovernorates() throws IOException {
    Gazetteer gazetteer = Gazetteer.load(write("SY.txt", HAS, TALMENES));
    assertThat(gazetteer.size()).isEqualTo(2);
    Resolution r = gazetteer.resolve("Talmanas", Gazetteer.Context.NONE);
    assertThat(r).isInstanceOfSatisfying(Resolution.Resolved.class, resolved -> {
      assertThat(resolved.place().geonameId()).hasValue(9990002);
      assertThat(resolved.place().admin1()).hasValue("Idlib");
    });
    assertThat(gazetteer.admin1("Rif Idlib")).isPresent();
  }

  @Test
  void aCountryDumpGivesItsPopulatedPlacesOnly() throws IOException {
    // GeoNames country dumps also list streams (H), hills (T) and the like.
    String river = "9990004\tNahr al `Asi\tNahr al `Asi\tOrontes\t35.13\t36.75\tH\tSTM\tSY\t\t08\t\t\t\t0\t\t\t\t";
    Gazetteer gazetteer = Gazetteer.load(write("SY.txt", "\uFEFF" + HAS, river, TALMENES));
    assertThat(gazetteer.size()).isEqualTo(2);
    assertThat(gazetteer.resolve("Hass", Gazetteer.Context.NONE)).isInstanceOf(Resolution.Resolved.class);
  }

  @Test
  void alternatesInScriptsReportsAreNotWrittenInAreLeftOut() throws IOException {
    // A world-wide file lists names in every script; only Latin and Arabic ones are kept, which
    // is what lets cities500 fit in memory.
    String aleppo = "9990005\tAleppo\tAleppo\tHalab,حلب,Алеппо,阿勒颇,Χαλέπι\t36.2\t37.16\tP\tPPLA\tSY\t\t09\t\t\t\t1600000\t\t\t\t";
    Gazetteer gazetteer = Gazetteer.load(write("world.txt", aleppo));
    assertThat(gazetteer.resolve("حلب", Gazetteer.Context.NONE)).isInstanceOf(Resolution.Resolved.class);
    assertThat(gazetteer.resolve("Halab", Gazetteer.Context.NONE)).isInstanceOf(Resolution.Resolved.class);
    assertThat(gazetteer.resolve("Алеппо", Gazetteer.Context.NONE)).isInstanceOf(Resolution.NotFound.class);
    assertThat(gazetteer.candidates("Aleppo")).singleElement()
        .satisfies(p -> assertThat(p.alternateNames()).containsExactlyInAnyOrder("Halab", "حلب"));
  }

  @Test
  void aBadLatitudeNamesTheFileTheLineAndTheValue() throws IOException {
    Path file = write("SY.txt", "# a comment line", HAS, TALMENES.replace("35.622", "abc"));
    assertThatThrownBy(() -> Gazetteer.load(file))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessage(file + " line 3: latitude 'abc' is not a number")
        .satisfies(e -> assertThat(((GazetteerFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void aRowWithTooFewColumnsSaysWhatFormatWasExpected() throws IOException {
    Path file = write("places.txt", HAS, "9990003,Zardana,36.0,36.6");
    assertThatThrownBy(() -> Gazetteer.load(file))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessageContaining("places.txt line 2: expected 19 tab-separated columns (GeoNames format), found 1");
  }

  @Test
  void aLongitudeOutOfRangeIsRejected() throws IOException {
    Path file = write("SY.txt", HAS.replace("36.524", "366.524"));
    assertThatThrownBy(() -> Gazetteer.load(file))
        .hasMessageContaining("line 1: longitude 366.524 is out of range");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nowhere.txt");
    assertThatThrownBy(() -> Gazetteer.load(missing))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessageContaining("nowhere.txt: cannot be read");
  }
}
