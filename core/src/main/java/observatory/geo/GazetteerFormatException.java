package observatory.geo;

/**
 * A gazetteer file that cannot be read: names the file, the line and what is wrong with it,
 * e.g. {@code SY.txt line 812: latitude 'abc' is not a number}.
 */
public final class GazetteerFormatException extends RuntimeException {

  private final String file;
  private final long line;

  GazetteerFormatException(String file, long line, String fault) {
    super(file + (line > 0 ? " line " + line : "") + ": " + fault);
    this.file = file;
    this.line = line;
  }

  GazetteerFormatException(String file, String fault, Throwable cause) {
    super(file + ": " + fault, cause);
    this.file = file;
    this.line = 0;
  }

  /** The file's name as given. */
  public String file() {
    return file;
  }

  /** The 1-based line of the fault; 0 when the fault is not on one line (the file cannot be read). */
  public long line() {
    return line;
  }
}
