package observatory.link;

/** A claim's identity across the store: its report (content hash) and its id within the report. */
public record ClaimRef(String reportId, String claimId) implements Comparable<ClaimRef> {
  public ClaimRef {
    if (reportId == null || reportId.isBlank() || claimId == null || claimId.isBlank()) {
      throw new IllegalArgumentException("a claim reference needs a report id and a claim id, was "
          + reportId + ":" + claimId);
    }
  }

  @Override
  public int compareTo(ClaimRef o) {
    int c = reportId.compareTo(o.reportId);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(claimId.length(), o.claimId.length());  // c2 before c10
    return c != 0 ? c : claimId.compareTo(o.claimId);
  }

  @Override
  public String toString() {
    return (reportId.length() > 12 ? reportId.substring(0, 12) : reportId) + ":" + claimId;
  }
}
