package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistrictsTest {
  // GeoNames rows with no admin2 code, as cities500 gives Syrian places: two district seats of
  // Idlib (PPLA2, PPLA), a village between them, and a seat of Hama closer to the village than either.
  private static final String SEAT = "9990101\tTell Qarun\tTell Qarun\t\t36.00\t36.60\tP\tPPLA2\tSY\t\t12\t\t\t\t20000\t\t\t\t";
  private static final String CAPITAL = "9990102\tBashmir\tBashmir\t\t35.60\t36.60\tP\tPPLA\tSY\t\t12\t\t\t\t90000\t\t\t\t";
  private static final String VILLAGE = "9990103\tZaytunah\tZaytunah\t\t35.65\t36.70\tP\tPPL\tSY\t\t12\t\t\t\t900\t\t\t\t";
  private static final String OTHER = "9990104\tQalbun\tQalbun\t\t35.66\t36.75\tP\tPPLA2\tSY\t\t10\t\t\t\t30000\t\t\t\t";
  private static final String FAR = "9990105\tMarwadiya\tMarwadiya\t\t34.60\t38.60\tP\tPPL\tSY\t\t12\t\t\t\t900\t\t\t\t";

  @TempDir
  Path dir;

  private Gazetteer load() throws IOException {
    Path file = dir.resolve("SY.txt");
    Files.writeString(file, String.join("\n", SEAT, CAPITAL, VILLAGE, OTHER, FAR) + "\n", StandardCharsets.UTF_8);
    return Gazetteer.load(file);
  }

  private static Place only(Gazetteer g, String name) {
    assertThat(g.candidates(name)).hasSize(1);
    return g.candidates(name).get(0);
  }

  @Test
  void aSeatIsInItsOwnDistrictExactly() throws IOException {
    Place seat = only(load(), "Tell Qarun");
    assertThat(seat.admin2()).hasValue("Tell Qarun");
    assertThat(Districts.isApproximate(seat)).isFalse();
  }

  @Test
  void aVillageTakesTheNearestSeatOfItsOwnGovernorateMarkedApproximate() throws IOException {
    Place village = only(load(), "Zaytunah");
    // Qalbun is nearer, but in another governorate.
    assertThat(village.admin2()).hasValue("Bashmir");
    assertThat(Districts.isApproximate(village)).isTrue();
  }

  @Test
  void aPlaceFarFromEverySeatHasNoDistrict() throws IOException {
    assertThat(only(load(), "Marwadiya").admin2()).isEmpty();
  }

  @Test
  void aDistrictAPlaceWasImportedWithIsNotApproximate() throws IOException {
    Place village = only(load(), "Zaytunah");
    Place imported = new Place(village.geonameId(), village.name(), village.alternateNames(), village.latitude(),
        village.longitude(), "SY", village.admin1(), java.util.Optional.of("Other District"),
        Place.Kind.POPULATED_PLACE, 0);
    assertThat(Districts.isApproximate(imported)).isFalse();
  }
}
