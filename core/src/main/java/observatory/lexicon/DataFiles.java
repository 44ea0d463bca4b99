package observatory.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading the bundled data files from the classpath. */
final class DataFiles {
  private DataFiles() {
  }

  static List<String> lines(String resourceName) {
    ClassLoader cl = DataFiles.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw new IllegalArgumentException("lexicon resource '" + resourceName
            + "' is not on the classpath; give its full path, e.g. observatory/lexicon/weapons.tsv");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource '" + resourceName + "'", e);
    }
  }

  /** A line without its comment and surrounding blanks; "" if nothing is left. */
  static String content(String line) {
    String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    return s.strip();
  }
}
