package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every spelling of a town in {@code spellings.txt} resolves, in a Syrian report, to the place its first spelling does. */
class SpellingsTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  static Stream<Arguments> towns() throws IOException {
    try (InputStream in = SpellingsTest.class.getResourceAsStream("/observatory/geo/spellings.txt")) {
      assertThat(in).as("spellings.txt on the test classpath").isNotNull();
      List<Arguments> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> spellings = Arrays.stream(line.split(";")).map(String::strip).toList();
        out.add(Arguments.of(spellings.get(0), spellings));
      }
      assertThat(out).hasSizeGreaterThan(80);
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("towns")
  void everySpellingResolvesToTheTownOfTheFirst(String town, List<String> spellings) {
    Place reference = place(town);
    for (String spelling : spellings) {
      assertThat(place(spelling)).as(spelling).isEqualTo(reference);
    }
  }

  private static Place place(String name) {
    Resolution r = GAZETTEER.resolve(name, Gazetteer.Context.in("SY"));
    assertThat(r).as(name).isInstanceOf(Resolution.Resolved.class);
    return ((Resolution.Resolved) r).place();
  }
}
