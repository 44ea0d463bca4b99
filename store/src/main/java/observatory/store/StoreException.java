package observatory.store;

/** A store operation failed; the message names what (the database, the report) and why. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage().strip()), cause);
  }
}
