package observatory.claim;

/** The words of a report that support one field of a claim. */
public record Evidence(Field field, Span span, String text) {
  public Evidence {
    if (field == null || span == null || text == null) {
      throw new IllegalArgumentException("evidence needs a field, a span and its text");
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("evidence text '" + text + "' does not fit its span " + span);
    }
  }

  public static Evidence of(Field field, Span span, CharSequence reportText) {
    return new Evidence(field, span, span.of(reportText));
  }

  /** The field of a claim that a piece of evidence supports. */
  public enum Field {
    STATEMENT, KILLED, WOUNDED, CIVILIANS, CHILDREN, WOMEN, COMBATANTS, DATE, PLACE, PERPETRATOR, WEAPON, SOURCE, SCOPE
  }
}
