package observatory.cli;

import java.time.LocalDate;
import observatory.report.ReportFormatException;
import observatory.report.ReportReader;
import picocli.CommandLine;

/** Reads {@code --published} as YYYY-MM-DD. */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return ReportReader.parseDate("--published", value);
    } catch (ReportFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a valid date (expected YYYY-MM-DD)");
    }
  }
}
