package observatory.claim;

/** Who the killed were, as far as a report says. Categories overlap: children are civilians. */
public enum Category {
  CIVILIANS("civilians"),
  CHILDREN("children"),
  WOMEN("women"),
  COMBATANTS("combatants");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
