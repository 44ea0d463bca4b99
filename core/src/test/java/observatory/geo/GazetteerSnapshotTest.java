package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import observatory.geo.Gazetteer.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot of a GeoNames file is a cache: read back, it resolves every name as the text does,
 * and whatever is wrong with it (missing, stale, of other code, truncated, damaged) makes the load
 * parse the text again, saying so in one line that names the snapshot.
 */
class GazetteerSnapshotTest {

  // Two GeoNames rows (19 tab-separated columns), as in a GeoNames country dump.
  private static final String HAS = "9990001\tHas\tHas\tHass,Hass Village,حاس\t35.586\t36.524\tP\tPPL\tSY\t\t12\t\t\t\t4000\t\t\t\t";
  private static final String TALMENES = "9990002\tTalmenes\tTalmenes\tTalmanas,تلمنس\t35.622\t36.703\tP\tPPL\tSY\t\t12\t\t\t\t5000\t\t\t\t";
  private static final String KAFR_SAJNA = "9990003\tKafr Sajna\tKafr Sajna\tKafr Sajneh,كفرسجنة\t35.55\t36.58\tP\tPPL\tSY\t\t12\t\t\t\t3000\t\t\t\t";

  @TempDir
  static Path shared;

  @TempDir
  Path dir;

  /** The bundled extract as a GeoNames file, parsed, and read back from its snapshot. */
  private static Path extract;
  private static Gazetteer parsed;
  private static Gazetteer fromSnapshot;
  private static final List<String> NOTICES = new ArrayList<>();

  @BeforeAll
  static void loadTheBundledExtractBothWays() throws IOException {
    extract = shared.resolve("places.tsv.gz");
    try (InputStream in = GazetteerFiles.class.getResourceAsStream("places.tsv.gz")) {
      Files.copy(in, extract);
    }
    Path snapshot = shared.resolve("places.snapshot");
    parsed = Gazetteer.load(extract);
    Gazetteer.load(extract, snapshot, NOTICES::add); // builds it
    NOTICES.clear();
    fromSnapshot = Gazetteer.load(extract, snapshot, NOTICES::add);
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /** Every name and alternate of the extract, and spellings of them a report might use. */
  private static List<String> namesOfTheExtract() {
    Set<String> names = new LinkedHashSet<>();
    for (Place place : parsed.places()) {
      List<String> own = new ArrayList<>();
      own.add(place.name());
      own.addAll(place.alternateNames());
      for (String name : own) {
        names.add(name);
        names.add(name.toLowerCase(Locale.ROOT));
        names.add(name.replace('-', ' ').replace("'", "").replace("’", ""));
        names.add(name + " countryside");
        names.add("northern " + name);
        if (name.length() > 4) {
          names.add(name.substring(0, name.length() - 1)); // a letter short: skeleton and fold matches
        }
      }
    }
    return List.copyOf(names);
  }

  @Test
  void readBackItResolvesEveryNameOfTheBundledExtractAsTheTextDoes() {
    assertThat(NOTICES).isEmpty();
    assertThat(fromSnapshot).isNotSameAs(parsed);
    assertThat(fromSnapshot.size()).isEqualTo(parsed.size()).isEqualTo(Gazetteer.bundled().size());
    assertThat(fromSnapshot.places()).isEqualTo(parsed.places());
    List<String> names = namesOfTheExtract();
    assertThat(names).hasSizeGreaterThan(20_000);
    List<Context> contexts = List.of(Context.NONE, Context.in("SY"), Context.in("TR"),
        new Context(List.of("SY"), List.of("Idlib"), List.of()),
        new Context(List.of("SY"), List.of(), List.of(parsed.places().get(0))));
    int differences = 0;
    for (String name : names) {
      for (Context context : contexts) {
        Resolution text = parsed.resolve(name, context);
        Resolution snapshot = fromSnapshot.resolve(name, context);
        if (!text.equals(snapshot)) {
          differences++;
          assertThat(snapshot).as("'%s' in %s", name, context).isEqualTo(text);
        }
      }
      assertThat(fromSnapshot.candidates(name)).as(name).isEqualTo(parsed.candidates(name));
    }
    assertThat(differences).isZero();
  }

  @Test
  void readBackTheExtractResolvesAsTheBundledGazetteerDoes() {
    // The bundled extract is that same file; a snapshot of it is the bundled gazetteer.
    for (String name : List.of("Kafranbel", "Maarat al-Numan", "Ma'arrat an-Nu'man", "معرة النعمان", "Idlib",
        "Idlib province", "the southern Idlib countryside", "Eastern Ghouta", "Kobanê", "Serekaniye", "Ariha")) {
      assertThat(fromSnapshot.resolve(name, Context.in("SY"))).as(name)
          .isEqualTo(Gazetteer.bundled().resolve(name, Context.in("SY")));
    }
  }

  @Test
  void aMissingSnapshotIsBuiltAndThenUsedWithoutANotice() throws IOException {
    Path file = write("SY.txt", HAS, TALMENES);
    Path snapshot = dir.resolve("SY.snapshot");
    List<String> notices = new ArrayList<>();
    Gazetteer first = Gazetteer.load(file, snapshot, notices::add);
    assertThat(notices).singleElement().asString().contains(snapshot.toString()).contains("does not exist yet");
    assertThat(snapshot).isRegularFile();
    notices.clear();
    Gazetteer second = Gazetteer.load(file, snapshot, notices::add);
    assertThat(notices).isEmpty();
    assertThat(second.places()).isEqualTo(first.places());
    assertThat(second.resolve("Talmanas", Context.NONE)).isEqualTo(first.resolve("Talmanas", Context.NONE));
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aChangedSourceMakesTheSnapshotStaleAndItIsRebuilt() throws IOException {
    Path file = write("SY.txt", HAS, TALMENES);
    Path snapshot = dir.resolve("SY.snapshot");
    Gazetteer.load(file, snapshot, notice -> { });
    assertThat(Gazetteer.load(file, snapshot, notice -> { }).resolve("Kafr Sajneh", Context.NONE))
        .isInstanceOf(Resolution.NotFound.class);

    write("SY.txt", HAS, TALMENES, KAFR_SAJNA);
    List<String> notices = new ArrayList<>();
    Gazetteer changed = Gazetteer.load(file, snapshot, notices::add);
    assertThat(notices).singleElement().asString().contains(snapshot.toString()).contains("is stale");
    assertThat(changed.resolve("Kafr Sajneh", Context.NONE)).isInstanceOf(Resolution.Resolved.class);
    notices.clear();
    assertThat(Gazetteer.load(file, snapshot, notices::add).resolve("Kafr Sajneh", Context.NONE))
        .isInstanceOf(Resolution.Resolved.class);
    assertThat(notices).isEmpty();
  }

  @Test
  void aSourceOfTheSameSizeWithOtherBytesIsStaleToo() throws IOException {
    // npm gives every file of a package the same date, so the date cannot tell two versions apart.
    Path file = write("SY.txt", HAS, TALMENES);
    Path snapshot = dir.resolve("SY.snapshot");
    Gazetteer.load(file, snapshot, notice -> { });
    String renamed = TALMENES.replace("Talmenes\tTalmenes", "Talmenez\tTalmenez");
    write("SY.txt", HAS, renamed);
    List<String> notices = new ArrayList<>();
    Gazetteer changed = Gazetteer.load(file, snapshot, notices::add);
    assertThat(notices).singleElement().asString().contains("is stale");
    assertThat(changed.places()).extracting(Place::name).containsExactly("Has", "Talmenez");
  }

  @Test
  void aTruncatedSnapshotIsNamedAndRebuiltAndChangesNoResult() throws IOException {
    Path snapshot = dir.resolve("places.snapshot");
    Gazetteer.load(extract, snapshot, notice -> { });
    long size = Files.size(snapshot);
    try (RandomAccessFile file = new RandomAccessFile(snapshot.toFile(), "rw")) {
      file.setLength(size / 2);
    }
    List<String> notices = new ArrayList<>();
    Gazetteer rebuilt = Gazetteer.load(extract, snapshot, notices::add);
    assertThat(notices).singleElement().asString().contains(snapshot.toString())
        .contains("damaged or truncated").contains("building it from " + extract);
    assertThat(Files.size(snapshot)).isEqualTo(size);
    assertSameResolutions(rebuilt);
  }

  @Test
  void aDamagedByteIsDetectedAndChangesNoResult() throws IOException {
    Path snapshot = dir.resolve("places.snapshot");
    Gazetteer.load(extract, snapshot, notice -> { });
    try (RandomAccessFile file = new RandomAccessFile(snapshot.toFile(), "rw")) {
      long at = file.length() * 2 / 3; // somewhere in the places
      file.seek(at);
      int b = file.read();
      file.seek(at);
      file.write(b ^ 0x10);
    }
    List<String> notices = new ArrayList<>();
    Gazetteer rebuilt = Gazetteer.load(extract, snapshot, notices::add);
    assertThat(notices).singleElement().asString().contains(snapshot.toString()).contains("damaged");
    assertSameResolutions(rebuilt);
    notices.clear();
    assertSameResolutions(Gazetteer.load(extract, snapshot, notices::add));
    assertThat(notices).isEmpty();
  }

  @Test
  void aSnapshotOfOtherGazetteerCodeIsRebuilt() throws IOException {
    Path file = write("SY.txt", HAS, TALMENES);
    Path snapshot = dir.resolve("SY.snapshot");
    Gazetteer.load(file, snapshot, notice -> { });
    // The fingerprint of the code follows the magic number and the format number.
    try (RandomAccessFile raf = new RandomAccessFile(snapshot.toFile(), "rw")) {
      raf.seek(8 + 4);
      raf.write(~raf.readByte());
    }
    List<String> notices = new ArrayList<>();
    Gazetteer.load(file, snapshot, notices::add);
    assertThat(notices).singleElement().asString().contains(snapshot.toString())
        .contains("another version of the gazetteer code");
    notices.clear();
    Gazetteer.load(file, snapshot, notices::add);
    assertThat(notices).isEmpty();
  }

  @Test
  void aSnapshotWhoseKeysThisCodeWouldNotComputeIsRebuilt() throws IOException {
    // As if the keys had changed through something the code fingerprint does not cover: the
    // snapshot is intact and of this code, but Talmenes' consonant skeleton starts with an x.
    Path file = write("SY.txt", HAS, TALMENES);
    Path snapshot = dir.resolve("SY.snapshot");
    Gazetteer text = Gazetteer.load(file);
    KeyIndex[] tiers = text.tiers();
    KeyIndex skeletons = tiers[2];
    int talmenes = skeletons.find(NameKeys.skeleton("Talmenes"));
    assertThat(talmenes).isNotNegative();
    char[] chars = skeletons.chars().clone();
    chars[talmenes == 0 ? 0 : skeletons.keyEnds()[talmenes - 1]] = 'x';
    tiers[2] = new KeyIndex(chars, skeletons.keyEnds(), skeletons.postEnds(), skeletons.postings());
    GazetteerSnapshot.write(new Gazetteer(text.entries(), tiers, ReferenceTables.bundled()),
        GazetteerSnapshot.Source.of(file), snapshot);

    List<String> notices = new ArrayList<>();
    Gazetteer gazetteer = Gazetteer.load(file, snapshot, notices::add);
    assertThat(notices).singleElement().asString().contains(snapshot.toString())
        .contains("other spelling keys than this code computes").contains("'Talmenes'");
    assertThat(gazetteer.candidates("Talmnes")).extracting(Place::name).containsExactly("Talmenes");
  }

  @Test
  void anOlderFormatNumberIsRebuilt() throws IOException {
    Path file = write("SY.txt", HAS, TALMENES);
    Path snapshot = dir.resolve("SY.snapshot");
    Gazetteer.load(file, snapshot, notice -> { });
    try (RandomAccessFile raf = new RandomAccessFile(snapshot.toFile(), "rw")) {
      raf.seek(8);
      raf.writeInt(GazetteerSnapshot.FORMAT - 1);
    }
    List<String> notices = new ArrayList<>();
    Gazetteer.load(file, snapshot, notices::add);
    assertThat(notices).singleElement().asString().contains("format " + (GazetteerSnapshot.FORMAT - 1));
  }

  @Test
  void aFileThatIsNoSnapshotIsRebuilt() throws IOException {
    Path file = write("SY.txt", HAS, TALMENES);
    Path snapshot = write("SY.snapshot", "not a snapshot, but long enough to hold a header of sixty bytes or so......");
    List<String> notices = new ArrayList<>();
    Gazetteer gazetteer = Gazetteer.load(file, snapshot, notices::add);
    assertThat(notices).singleElement().asString().contains("is not a gazetteer snapshot");
    assertThat(gazetteer.size()).isEqualTo(2);
  }

  @Test
  void aSnapshotThatCannotBeWrittenIsANoticeAndTheGazetteerIsTheSame() throws IOException {
    Path file = write("SY.txt", HAS, TALMENES);
    Path notAFolder = write("file", "x");
    List<String> notices = new ArrayList<>();
    Gazetteer gazetteer = Gazetteer.load(file, notAFolder.resolve("SY.snapshot"), notices::add);
    assertThat(notices).hasSize(2);
    assertThat(notices.get(1)).startsWith("cannot write gazetteer snapshot");
    assertThat(gazetteer.places()).isEqualTo(Gazetteer.load(file).places());
  }

  @Test
  void aMalformedSourceIsRefusedAsTheTextLoadRefusesIt() throws IOException {
    Path file = write("SY.txt", HAS, TALMENES.replace("35.622", "north"));
    Path snapshot = dir.resolve("SY.snapshot");
    assertThatThrownBy(() -> Gazetteer.load(file, snapshot, notice -> { }))
        .isInstanceOfSatisfying(GazetteerFormatException.class, e -> {
          assertThat(e.getMessage()).contains("SY.txt").contains("north");
          assertThat(e.line()).isEqualTo(2);
        });
    assertThat(snapshot).doesNotExist();
  }

  private static void assertSameResolutions(Gazetteer gazetteer) {
    assertThat(gazetteer.places()).isEqualTo(parsed.places());
    for (String name : namesOfTheExtract().subList(0, 3000)) {
      assertThat(gazetteer.resolve(name, Context.in("SY"))).as(name).isEqualTo(parsed.resolve(name, Context.in("SY")));
    }
  }
}
