package observatory.store;

/**
 * An analyst's change was refused because of what it asked (an unknown incident or field, a value
 * that does not parse, a merge of a total with a single event); nothing was changed. The message
 * names the input and the fault.
 */
public final class ReviewException extends RuntimeException {
  public ReviewException(String message) {
    super(message);
  }
}
