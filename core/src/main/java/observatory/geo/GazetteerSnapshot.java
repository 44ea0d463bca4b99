package observatory.geo;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A loaded GeoNames gazetteer written to one binary file: its places with every field, the keys
 * computed from their names, and the key index, as flat arrays that are read back in bulk. Reading
 * it skips what makes a text load slow (parsing a million names, folding them into three
 * million keys, filling the index).
 *
 * <p>A snapshot is a cache of its source file, never a source of truth. It records
 * <ul>
 *   <li>the source's size and CRC-32C content hash ({@link Source}): a file replaced, edited or
 *       re-extracted from a newer package (npm gives every file the same date) is parsed again;
 *   <li>a fingerprint of the code that turns text into a gazetteer: a format number, the class files
 *       of the parsing, keying and indexing code ({@link NameKeys} among them), the bundled tables the
 *       places take their governorate names from, and the Java version (whose Unicode tables the
 *       keys depend on). Any change to them, on any branch, makes every older snapshot stale;
 *   <li>a CRC-32C of everything before it: a truncated or damaged file is detected.
 * </ul>
 * Anything amiss is an {@link Unusable} naming the file and the fault; the caller then parses the
 * source. So a snapshot never gives other results than the text: it holds exactly what the text
 * load computed, and only the code that computed it may read it.
 *
 * <p>Written to a temporary file beside it and renamed over it in one step, so a reader sees the
 * old snapshot or the new one, never half of one.
 */
final class GazetteerSnapshot {
  /** Bump on any change of the layout below. */
  static final int FORMAT = 1;
  private static final byte[] MAGIC = "OBSGAZ\n\0".getBytes(StandardCharsets.US_ASCII);
  /** The code and data whose change invalidates snapshots (besides this class). */
  private static final List<Class<?>> CODE = List.of(GazetteerSnapshot.class, Gazetteer.class, Gazetteer.Entry.class,
      KeyIndex.class, KeyIndex.Builder.class, NameKeys.class, NameKeys.Keys.class,
      observatory.text.ArabicLetters.class, GazetteerFiles.class,
      GazetteerFiles.Line.class, GazetteerFiles.PlaceRow.class, Districts.class, Place.class, ReferenceTables.class);
  private static final List<String> DATA = List.of("admin1.tsv", "admin1-canonical.tsv", "alternate-names.tsv");

  private static final int HAS_ID = 1;
  private static final int APPROXIMATE_DISTRICT = 2;

  private GazetteerSnapshot() {
  }


  /** Why a snapshot cannot be used; the message names the file and says what is wrong with it. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(Path file, String fault) {
      super("gazetteer snapshot " + file + " " + fault);
    }
  }

  /** Which source file a snapshot was made from: its size and a CRC-32C of its bytes. */
  record Source(long size, int crc) {

    /** Reads the whole file (a few tens of milliseconds for the world-wide cities500). */
    static Source of(Path file) {
      CRC32C crc = new CRC32C();
      long size = 0;
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        for (int n = channel.read(buffer); n >= 0; n = channel.read(buffer)) {
          buffer.flip();
          size += buffer.remaining();
          crc.update(buffer);
          buffer.clear();
        }
      } catch (NoSuchFileException e) {
        throw new GazetteerFormatException(file.toString(), "cannot be read: no such file", e);
      } catch (IOException e) {
        throw new GazetteerFormatException(file.toString(), "cannot be read: " + e, e);
      }
      return new Source(size, (int) crc.getValue());
    }
  }

  /** The fingerprint of the code and data that make a gazetteer from text; computed once. */
  static byte[] fingerprint() {
    return Fingerprint.VALUE.clone();
  }

  private static final class Fingerprint {
    static final byte[] VALUE = compute();

    private static byte[] compute() {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(("format " + FORMAT + "; java " + System.getProperty("java.version") + "\n")
            .getBytes(StandardCharsets.UTF_8));
        for (Class<?> type : CODE) {
          String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
          update(sha, type, resource);
        }
        for (String resource : DATA) {
          update(sha, GazetteerSnapshot.class, resource);
        }
        return sha.digest();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("this Java has no SHA-256", e);
      }
    }

    private static void update(MessageDigest sha, Class<?> beside, String resource) {
      try (InputStream in = beside.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the classpath");
        }
        sha.update(resource.getBytes(StandardCharsets.UTF_8));
        sha.update(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + resource, e);
      }
    }
  }

  /**
   * Writes the snapshot of a gazetteer loaded from one file (no places added since).
   *
   * @throws IOException when the folder cannot be written or does not support atomic renames
   */
  static void write(Gazetteer gazetteer, Source source, Path snapshot) throws IOException {
    Path dir = snapshot.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + snapshot.getFileName() + "-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        CRC32C crc = new CRC32C();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
            new CheckedOutputStream(java.nio.channels.Channels.newOutputStream(channel), crc), 1 << 16));
        writeBody(out, gazetteer, source);
        out.flush();
        // The checksum itself is not part of what it sums.
        new DataOutputStream(java.nio.channels.Channels.newOutputStream(channel)).writeInt((int) crc.getValue());
        channel.force(true);
      }
      try {
        Files.move(tmp, snapshot, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(dir + " does not support atomic renames; put the snapshot on a local file system", e);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void writeBody(DataOutputStream out, Gazetteer gazetteer, Source source) throws IOException {
    out.write(MAGIC);
    out.writeInt(FORMAT);
    out.write(Fingerprint.VALUE);
    out.writeLong(source.size());
    out.writeInt(source.crc());

    KeyIndex[] tiers = gazetteer.tiers();
    out.writeInt(tiers.length);
    for (KeyIndex tier : tiers) {
      out.writeInt(tier.keyCount());
      writeInts(out, tier.keyEnds());
      writeInts(out, tier.hashes());
      out.writeInt(tier.chars().length);
      for (char c : tier.chars()) {
        out.writeChar(c);
      }
      writeInts(out, tier.postEnds());
      out.writeInt(tier.postings().length);
      writeInts(out, tier.postings());
    }

    List<Gazetteer.Entry> entries = gazetteer.entries();
    int n = entries.size();
    Strings strings = new Strings();
    long[] ids = new long[n];
    byte[] flags = new byte[n];
    byte[] kinds = new byte[n];
    int[] names = new int[n];
    int[] countries = new int[n];
    int[] admin1s = new int[n];
    int[] admin2s = new int[n];
    double[] latitudes = new double[n];
    double[] longitudes = new double[n];
    double[] priors = new double[n];
    long[] populations = new long[n];
    Lists alternates = new Lists(n);
    Lists ownKeys = new Lists(n);
    Lists folds = new Lists(n);
    for (int i = 0; i < n; i++) {
      Gazetteer.Entry entry = entries.get(i);
      Place place = entry.place();
      ids[i] = place.geonameId().orElse(0);
      flags[i] = (byte) ((place.geonameId().isPresent() ? HAS_ID : 0)
          | (Districts.isApproximate(place) ? APPROXIMATE_DISTRICT : 0));
      kinds[i] = (byte) place.kind().ordinal();
      names[i] = strings.id(place.name());
      countries[i] = strings.id(place.countryCode());
      admin1s[i] = place.admin1().map(strings::id).orElse(-1);
      admin2s[i] = place.admin2().map(strings::id).orElse(-1);
      latitudes[i] = place.latitude();
      longitudes[i] = place.longitude();
      priors[i] = entry.prior();
      populations[i] = place.population();
      alternates.add(place.alternateNames(), strings::id);
      // Own keys are exact keys (tier 0), folds fold keys (tier 1): kept as the ids of those keys.
      // A set's order varies from run to run; sorted, the same gazetteer gives the same bytes.
      ownKeys.add(entry.ownKeys().stream().sorted().toList(), key -> keyId(tiers[0], key));
      folds.add(entry.folds(), key -> keyId(tiers[1], key));
    }
    strings.write(out);
    out.writeInt(n);
    writeLongs(out, ids);
    out.write(flags);
    out.write(kinds);
    writeInts(out, names);
    writeInts(out, countries);
    writeInts(out, admin1s);
    writeInts(out, admin2s);
    writeDoubles(out, latitudes);
    writeDoubles(out, longitudes);
    writeDoubles(out, priors);
    writeLongs(out, populations);
    alternates.write(out);
    ownKeys.write(out);
    folds.write(out);

  }

  /** The id of a key in an index; -1 for the empty key, which is not indexed. */
  private static int keyId(KeyIndex index, String key) {
    if (key.isEmpty()) {
      return -1;
    }
    int k = index.find(key);
    if (k < 0) {
      throw new IllegalStateException("key '" + key + "' of an entry is not in the index");
    }
    return k;
  }

  /**
   * The gazetteer a snapshot holds, when it was written from that source by this code and is intact.
   *
   * @throws Unusable when it is missing, stale, of another version, truncated or damaged
   */
  static Gazetteer read(Path snapshot, Source source, ReferenceTables tables) throws Unusable {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(snapshot);
    } catch (NoSuchFileException e) {
      throw new Unusable(snapshot, "does not exist yet");
    } catch (IOException | OutOfMemoryError e) {
      throw new Unusable(snapshot, "cannot be read (" + e + ")");
    }
    int headerLength = MAGIC.length + 4 + 32 + 8 + 4;
    if (bytes.length < headerLength + 4) {
      throw new Unusable(snapshot, "is truncated (" + bytes.length + " bytes)");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte[] magic = new byte[MAGIC.length];
    in.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new Unusable(snapshot, "is not a gazetteer snapshot");
    }
    int format = in.getInt();
    byte[] fingerprint = new byte[32];
    in.get(fingerprint);
    if (format != FORMAT || !Arrays.equals(fingerprint, Fingerprint.VALUE)) {
      throw new Unusable(snapshot, "was written by another version of the gazetteer code (format " + format
          + ", code " + HexFormat.of().formatHex(fingerprint, 0, 4) + "; this one: format " + FORMAT + ", code "
          + HexFormat.of().formatHex(Fingerprint.VALUE, 0, 4) + ")");
    }
    long size = in.getLong();
    int crc = in.getInt();
    if (size != source.size() || crc != source.crc()) {
      throw new Unusable(snapshot, "is stale: its source changed (" + size + " bytes, CRC-32C "
          + Integer.toHexString(crc) + "; now " + source.size() + " bytes, " + Integer.toHexString(source.crc()) + ")");
    }
    CRC32C sum = new CRC32C();
    sum.update(bytes, 0, bytes.length - 4);
    if ((int) sum.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
      throw new Unusable(snapshot, "is damaged or truncated (checksum mismatch)");
    }
    try {
      return readBody(snapshot, in, bytes, tables);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
        | NegativeArraySizeException e) {
      // The checksum matched, so the writer wrote this: a bug, but still only a cache to rebuild.
      throw new Unusable(snapshot, "is malformed (" + e + ")");
    }
  }

  private static Gazetteer readBody(Path snapshot, ByteBuffer in, byte[] bytes, ReferenceTables tables)
      throws Unusable {
    int tierCount = in.getInt();
    KeyIndex[] tiers = new KeyIndex[tierCount];
    for (int t = 0; t < tierCount; t++) {
      int keys = in.getInt();
      int[] keyEnds = readInts(in, keys);
      int[] hashes = readInts(in, keys);
      char[] chars = new char[in.getInt()];
      in.asCharBuffer().get(chars);
      in.position(in.position() + chars.length * 2);
      int[] postEnds = readInts(in, keys);
      int[] postings = readInts(in, in.getInt());
      tiers[t] = new KeyIndex(chars, keyEnds, postEnds, postings, hashes);
    }
    if (tierCount != 3) {
      throw new IllegalArgumentException(tierCount + " key tiers");
    }
    String[] strings = Strings.read(in, bytes);
    int n = in.getInt();
    long[] ids = readLongs(in, n);
    byte[] flags = readBytes(in, n);
    byte[] kinds = readBytes(in, n);
    int[] names = readInts(in, n);
    int[] countries = readInts(in, n);
    int[] admin1s = readInts(in, n);
    int[] admin2s = readInts(in, n);
    double[] latitudes = readDoubles(in, n);
    double[] longitudes = readDoubles(in, n);
    double[] priors = readDoubles(in, n);
    long[] populations = readLongs(in, n);
    Lists alternates = Lists.read(in, n);
    Lists ownKeys = Lists.read(in, n);
    Lists folds = Lists.read(in, n);
    for (KeyIndex tier : tiers) {
      for (int posting : tier.postings()) {
        if (posting < 0 || posting >= n) {
          throw new IndexOutOfBoundsException("entry " + posting + " of " + n);
        }
      }
    }
    Place.Kind[] kindValues = Place.Kind.values();
    List<Gazetteer.Entry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Place place = new Place((flags[i] & HAS_ID) != 0 ? OptionalLong.of(ids[i]) : OptionalLong.empty(),
          strings[names[i]], alternates.strings(i, strings), latitudes[i], longitudes[i], strings[countries[i]],
          admin1s[i] < 0 ? Optional.empty() : Optional.of(strings[admin1s[i]]),
          admin2s[i] < 0 ? Optional.empty() : Optional.of(strings[admin2s[i]]), kindValues[kinds[i]], populations[i]);
      if ((flags[i] & APPROXIMATE_DISTRICT) != 0) {
        Districts.markApproximate(place);
      }
      entries.add(new Gazetteer.Entry(place, priors[i], ownKeys.keySet(i, tiers[0]), folds.keys(i, tiers[1])));
    }
    if (in.remaining() != 4) {
      throw new IllegalArgumentException((in.remaining() - 4) + " bytes after the index");
    }
    String differs = keysDiffer(entries, tiers);
    if (differs != null) {
      throw new Unusable(snapshot, "holds other spelling keys than this code computes (" + differs
          + "; the keys or the data they read changed)");
    }
    return new Gazetteer(entries, tiers, tables);
  }

  /** Entries whose names' keys are computed again on every read: enough to see changed keys, cheap to do. */
  static final int KEY_CHECKS = 512;

  /**
   * The first difference between the keys this code computes for the names of a spread of
   * entries and those the snapshot indexed them under, or null. The fingerprint already covers
   * the key code; this also catches what it cannot see, such as a table the keys might one day
   * read from elsewhere.
   */
  private static String keysDiffer(List<Gazetteer.Entry> entries, KeyIndex[] tiers) {
    int step = Math.max(1, entries.size() / KEY_CHECKS);
    for (int id = 0; id < entries.size(); id += step) {
      Gazetteer.Entry entry = entries.get(id);
      List<String> names = new ArrayList<>(entry.place().alternateNames().size() + 1);
      names.add(entry.place().name());
      names.addAll(entry.place().alternateNames());
      List<String> folds = new ArrayList<>(names.size());
      for (String name : names) {
        NameKeys.Keys keys = NameKeys.keys(name);
        String[] byTier = {keys.exact(), keys.fold(), keys.skeleton()};
        for (int t = 0; t < byTier.length; t++) {
          if (!byTier[t].isEmpty() && !indexes(tiers[t], byTier[t], id)) {
            return "'" + name + "' is not under its key '" + byTier[t] + "'";
          }
        }
        if (!folds.contains(keys.fold())) {
          folds.add(keys.fold());
        }
      }
      if (!folds.equals(entry.folds())) {
        return "the folded names of '" + entry.place().name() + "' are " + folds + ", not " + entry.folds();
      }
    }
    return null;
  }

  private static boolean indexes(KeyIndex index, String key, int entry) {
    int k = index.find(key);
    if (k < 0) {
      return false;
    }
    for (int i = index.from(k); i < index.to(k); i++) {
      if (index.posting(i) == entry) {
        return true;
      }
    }
    return false;
  }

  /** Each distinct string once, by id; stored as UTF-8 back to back. */
  private static final class Strings {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int id(String s) {
      Integer id = ids.get(s);
      if (id == null) {
        id = values.size();
        ids.put(s, id);
        values.add(s);
      }
      return id;
    }

    void write(DataOutputStream out) throws IOException {
      List<byte[]> encoded = new ArrayList<>(values.size());
      int[] ends = new int[values.size()];
      int end = 0;
      for (int i = 0; i < values.size(); i++) {
        byte[] utf8 = values.get(i).getBytes(StandardCharsets.UTF_8);
        encoded.add(utf8);
        end += utf8.length;
        ends[i] = end;
      }
      out.writeInt(values.size());
      writeInts(out, ends);
      for (byte[] utf8 : encoded) {
        out.write(utf8);
      }
    }

    static String[] read(ByteBuffer in, byte[] bytes) {
      int count = in.getInt();
      int[] ends = readInts(in, count);
      int base = in.position();
      String[] strings = new String[count];
      int start = 0;
      for (int i = 0; i < count; i++) {
        strings[i] = new String(bytes, base + start, ends[i] - start, StandardCharsets.UTF_8);
        start = ends[i];
      }
      in.position(base + start);
      return strings;
    }
  }

  /** A list of strings per entry: the ids back to back, and where each entry's end. */
  private static final class Lists {
    private final int[] ends;
    private int[] ids;
    private int size;
    private int count;

    Lists(int entries) {
      this(new int[entries], new int[entries * 2]);
    }

    private Lists(int[] ends, int[] ids) {
      this.ends = ends;
      this.ids = ids;
    }

    void add(List<String> values, java.util.function.ToIntFunction<String> id) {
      for (String value : values) {
        if (size == ids.length) {
          ids = Arrays.copyOf(ids, Math.max(16, size * 2));
        }
        ids[size++] = id.applyAsInt(value);
      }
      ends[count++] = size;
    }

    List<String> strings(int entry, String[] strings) {
      int start = entry == 0 ? 0 : ends[entry - 1];
      int end = ends[entry];
      if (start == end) {
        return List.of();
      }
      String[] values = new String[end - start];
      for (int i = start; i < end; i++) {
        values[i - start] = strings[ids[i]];
      }
      return List.of(values);
    }

    List<String> keys(int entry, KeyIndex index) {
      return index.keys(ids, entry == 0 ? 0 : ends[entry - 1], ends[entry]);
    }

    Set<String> keySet(int entry, KeyIndex index) {
      return index.keySet(ids, entry == 0 ? 0 : ends[entry - 1], ends[entry]);
    }

    void write(DataOutputStream out) throws IOException {
      writeInts(out, ends);
      out.writeInt(size);
      for (int i = 0; i < size; i++) {
        out.writeInt(ids[i]);
      }
    }

    static Lists read(ByteBuffer in, int entries) {
      int[] ends = readInts(in, entries);
      int[] ids = readInts(in, in.getInt());
      return new Lists(ends, ids);
    }
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    for (long v : values) {
      out.writeLong(v);
    }
  }

  private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    for (double v : values) {
      out.writeDouble(v);
    }
  }

  private static int[] readInts(ByteBuffer in, int count) {
    int[] values = new int[count];
    in.asIntBuffer().get(values);
    in.position(in.position() + count * 4);
    return values;
  }

  private static long[] readLongs(ByteBuffer in, int count) {
    long[] values = new long[count];
    in.asLongBuffer().get(values);
    in.position(in.position() + count * 8);
    return values;
  }

  private static double[] readDoubles(ByteBuffer in, int count) {
    double[] values = new double[count];
    in.asDoubleBuffer().get(values);
    in.position(in.position() + count * 8);
    return values;
  }

  private static byte[] readBytes(ByteBuffer in, int count) {
    byte[] values = new byte[count];
    in.get(values);
    return values;
  }
}
