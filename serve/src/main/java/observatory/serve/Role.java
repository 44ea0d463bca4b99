package observatory.serve;

import java.util.Locale;

/** What an account may do: read, also add reports, also administer. Each role can do all the ones before it. */
public enum Role {
  VIEWER, ANALYST, ADMIN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean allows(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The role a label names, in any case; an unknown label is an error that lists the roles. */
  public static Role of(String label) {
    for (Role r : values()) {
      if (r.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role '" + label + "'; use viewer, analyst or admin");
  }
}
