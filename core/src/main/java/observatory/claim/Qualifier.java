package observatory.claim;

/** How a figure is qualified in the text: "at least 26", "nearly 600", "up to 100". */
public enum Qualifier {
  EXACT("exact"),
  AT_LEAST("at least"),
  MORE_THAN("more than"),
  ABOUT("about"),
  UP_TO("up to"),
  FEWER_THAN("fewer than");

  private final String label;

  Qualifier(String label) {
    this.label = label;
  }

  /** The label used in the JSON output and the annotation schema ("at least"). */
  public String label() {
    return label;
  }

  public static Qualifier fromLabel(String label) {
    for (Qualifier q : values()) {
      if (q.label.equalsIgnoreCase(label.trim())) {
        return q;
      }
    }
    throw new IllegalArgumentException("unknown qualifier '" + label + "'; expected one of exact, at least, more than, about, up to, fewer than");
  }
}
