package observatory.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which incidents a query selects. Start from {@link #all()} and narrow:
 * {@code IncidentFilter.all().region("Idlib").from(LocalDate.of(2019, 3, 1))}. A date bound keeps out
 * incidents with no date; text matches ignore case ({@code actor} matches a part of the name,
 * {@code type} the ACLED event type or sub-event type).
 *
 * <p>The region is a {@link Region}: a country, a governorate or a district. A region given by name
 * ({@link #region(String)}) is found by the store when the filter is used, by the rules of
 * {@link Store#region} (the same names series, onsets and alerts read), falling back to a governorate
 * or country the bundled gazetteer knows (another spelling, an admin1 code such as SY.12, a
 * governorate without incidents yet); a name neither knows is a {@link StoreException} naming the
 * nearest known regions. {@link Store#resolve} does it once, so that a caller can show the region found.
 *
 * <p>{@link #needsReview(boolean) needsReview(true)} keeps only the incidents marked for review
 * (see {@link observatory.review.ReviewMark}); totals over such a filter sum those alone.
 *
 * @param regionName a region as typed, not yet found; never present with {@code region}
 * @param needsReview whether only incidents marked for review are selected
 */
public record IncidentFilter(
    Optional<Region> region,
    Optional<String> regionName,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> actor,
    Optional<String> type,
    boolean needsReview) {

  public IncidentFilter {
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("the period ends (" + to.get() + ") before it starts (" + from.get() + ")");
    }
    if (region.isPresent() && regionName.isPresent()) {
      throw new IllegalArgumentException("a filter has one region, found (" + region.get().qualifiedLabel()
          + ") or named ('" + regionName.get() + "'), not both");
    }
  }

  public static IncidentFilter all() {
    return new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), false);
  }

  /** The incidents of this region (null: any region). */
  public IncidentFilter region(Region found) {
    return new IncidentFilter(Optional.ofNullable(found), Optional.empty(), from, to, actor, type, needsReview);
  }

  /**
   * The incidents of the region this names (null or blank: any region): "Idlib", "SY",
   * "Maarrat al-Numan", "Idlib district", "district:Harim"; found when the filter is used.
   */
  public IncidentFilter region(String name) {
    return new IncidentFilter(Optional.empty(), Optional.ofNullable(name).filter(n -> !n.isBlank()).map(String::strip),
        from, to, actor, type, needsReview);
  }

  public IncidentFilter from(LocalDate day) {
    return new IncidentFilter(region, regionName, Optional.ofNullable(day), to, actor, type, needsReview);
  }

  public IncidentFilter to(LocalDate day) {
    return new IncidentFilter(region, regionName, from, Optional.ofNullable(day), actor, type, needsReview);
  }

  public IncidentFilter actor(String name) {
    return new IncidentFilter(region, regionName, from, to, Optional.ofNullable(name), type, needsReview);
  }

  public IncidentFilter type(String eventType) {
    return new IncidentFilter(region, regionName, from, to, actor, Optional.ofNullable(eventType), needsReview);
  }

  /** Only the incidents marked for review ({@code true}), or every incident ({@code false}). */
  public IncidentFilter needsReview(boolean only) {
    return new IncidentFilter(region, regionName, from, to, actor, type, only);
  }

  /** This filter with its region name found (see {@link Regions#forFilter}); itself when there is none to find. */
  IncidentFilter resolved(java.sql.Connection c) throws java.sql.SQLException {
    return regionName.isEmpty() ? this : region(Regions.forFilter(c, regionName.get()));
  }

  /** The governorate a governorate filter selects, in lower case (what the summary tables key on). */
  Optional<String> governorateKey() {
    return region.filter(r -> r.level() == Region.Level.GOVERNORATE)
        .map(r -> r.name().toLowerCase(java.util.Locale.ROOT));
  }
}
