package observatory.trend;

/** A series file that cannot be read as daily counts; the message names the file, the row and the fault. */
public final class SeriesFormatException extends RuntimeException {
  public SeriesFormatException(String message) {
    super(message);
  }

  public SeriesFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
