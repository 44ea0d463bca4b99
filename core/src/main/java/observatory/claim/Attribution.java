package observatory.claim;

/** How firmly a report attributes an attack to its perpetrator. */
public enum Attribution {
  /** "government barrel bombs", "Russian jets struck". */
  STATED("stated"),
  /** "suspected Russian air strikes", "believed to be", "reportedly". */
  SUSPECTED("suspected"),
  /** The accused or another party denies it: "the army denied using chemical weapons". */
  DISPUTED("disputed");

  private final String label;

  Attribution(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
