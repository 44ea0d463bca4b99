package observatory.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR}: the folder of the user's own places. Without the option, the environment
 * variable OBSERVATORY_DATA names it; without that, {@code observatory-data} in the current folder.
 */
final class DataOption {
  static final String ENV = "OBSERVATORY_DATA";
  static final String DEFAULT = "observatory-data";

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder of imported places (default: $" + ENV + ", else ./" + DEFAULT + ").")
  Path data;

  Path dir() {
    return dir(data, System.getenv());
  }

  static Path dir(Path option, Map<String, String> env) {
    if (option != null) {
      return option;
    }
    String fromEnv = env.get(ENV);
    return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of(DEFAULT);
  }
}
