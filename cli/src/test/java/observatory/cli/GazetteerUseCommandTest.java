package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazetteer use FILE | --bundled}: a GeoNames file as the data folder's base gazetteer, run in-process. */
class GazetteerUseCommandTest {
  // A village of Yemen that the bundled extract lacks, in the GeoNames format of cities500.txt.
  private static final String BANI_QAYS = "9990011\tBani Qays\tBani Qays\tBany Qays,بني قيس\t16.02\t43.58\tP\tPPL\tYE"
      + "\t\t15\t\t\t\t2500\t\t\t\t\n";

  @TempDir
  Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  @Test
  void aGeoNamesFileBecomesTheBaseOfEveryCommandUntilTheBundledOneIsChosenAgain() throws IOException {
    Path world = Files.writeString(dir.resolve("world.txt"), BANI_QAYS, StandardCharsets.UTF_8);
    assertThat(Run.of("places", "Bany Qays", "--context", "in Yemen", "--data", data()).out()).contains("not found");

    Run use = Run.of("gazetteer", "use", world.toString(), "--data", data());
    assertThat(use.code()).as(use.err()).isZero();
    assertThat(use.out()).contains("base gazetteer: " + world.toAbsolutePath(), "(1 places)",
        "snapshot: " + Path.of(data(), "base-gazetteer.snapshot"));
    Run places = Run.of("places", "Bany Qays", "--context", "in Yemen", "--data", data());
    assertThat(places.out()).contains("resolved", "Bani Qays");

    Run back = Run.of("gazetteer", "use", "--bundled", "--data", data());
    assertThat(back.out()).contains("the bundled extract again");
    assertThat(Run.of("places", "Bany Qays", "--context", "in Yemen", "--data", data()).out()).contains("not found");
  }

  @Test
  void aMalformedFileIsNamedWithItsLineAndChangesNothing() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.txt"), BANI_QAYS + BANI_QAYS.replace("16.02", "north"),
        StandardCharsets.UTF_8);
    Run r = Run.of("gazetteer", "use", bad.toString(), "--data", data());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString().contains("bad.txt", "line 2", "north", "nothing was changed");
    assertThat(Path.of(data(), "base-gazetteer.txt")).doesNotExist();
  }

  @Test
  void neitherFileNorBundledIsBadUsage() {
    assertThat(Run.of("gazetteer", "use", "--data", data()).code()).isEqualTo(2);
  }
}
