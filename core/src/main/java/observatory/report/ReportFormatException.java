package observatory.report;

/**
 * A file that cannot be read as a report. The message is one line that names the file and
 * what was wrong with it, so that a command line can print it as it is.
 */
public final class ReportFormatException extends RuntimeException {
  private final String source;
  private final String fault;

  public ReportFormatException(String source, String fault) {
    super(source + ": " + fault);
    this.source = source;
    this.fault = fault;
  }

  public ReportFormatException(String source, String fault, Throwable cause) {
    super(source + ": " + fault, cause);
    this.source = source;
    this.fault = fault;
  }

  /** The file name (or "-" for standard input) the report was read from. */
  public String source() {
    return source;
  }

  /** What was wrong, without the file name: "invalid UTF-8 at byte 1042". */
  public String fault() {
    return fault;
  }
}
