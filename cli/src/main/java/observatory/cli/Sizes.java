package observatory.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a size such as {@code 10MB}, {@code 512KB}, {@code 2048} (bytes); units are powers of 1024. */
final class Sizes implements CommandLine.ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)i?b?", Pattern.CASE_INSENSITIVE);

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.strip());
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a size; write it as 10MB, 512KB or a number of bytes");
    }
    double n = Double.parseDouble(m.group(1));
    long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> 1024L;
      case "m" -> 1024L * 1024;
      case "g" -> 1024L * 1024 * 1024;
      default -> 1L;
    };
    long bytes = (long) (n * unit);
    if (bytes <= 0) {
      throw new CommandLine.TypeConversionException("the size limit must be at least one byte, was '" + value + "'");
    }
    return bytes;
  }
}
