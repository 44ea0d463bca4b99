package observatory.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.When;
import observatory.link.ClaimRef;
import observatory.link.LinkClaim;
import observatory.link.Measure;

/**
 * Synthetic claims for the link benchmark, generated day by day without holding them: events
 * spread from 2011 to 2024 over the fourteen governorates (weighted towards the north-west, as
 * the war's toll is), each told by one to four reports from different sources with their own
 * figures, some a day late or early, some naming only the governorate, a few none; and roundup
 * reports with a total over a governorate and day beside their parts, as {@code Generator} writes.
 * Labelled synthetic: every report's publisher is {@value #PUBLISHER}.
 */
final class ClaimStream {
  static final String PUBLISHER = "Observatory link benchmark (synthetic)";
  static final LocalDate FIRST_DAY = LocalDate.of(2011, 3, 15);
  static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
  static final List<String> GOVERNORATES = List.of("Idlib", "Aleppo", "Rif Dimashq", "Hama", "Daraa", "Homs",
      "Deir ez-Zor", "Damascus", "Raqqa", "Latakia", "Hasakah", "Quneitra", "Tartus", "As-Suwayda");
  static final int[] WEIGHTS = {20, 18, 14, 11, 8, 8, 6, 4, 4, 2, 2, 1, 1, 1};
  static final int TOWNS_PER_GOVERNORATE = 150;
  static final List<EventType> TYPES = List.of(
      new EventType("Explosions/Remote violence", "Air/drone strike"),
      new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
      new EventType("Explosions/Remote violence", "Remote explosive/landmine/IED"),
      new EventType("Battles", "Armed clash"));
  static final List<String> WEAPONS = List.of("air strike", "barrel bomb", "shelling", "missile", "car bomb", "gunfire");
  static final List<String> ACTORS = List.of("Russia", "Syrian government", "Russia or Syrian government",
      "Islamic State", "HTS", "SDF", "Turkey");
  static final List<String> SOURCES = List.of("Syrian Observatory for Human Rights", "AFP", "Reuters", "White Helmets",
      "SNHR", "SANA", "Local Coordination Committees");

  /** One synthetic report and the claims it states. */
  record Report(String id, String publisher, List<LinkClaim> claims) {
  }

  private final SplittableRandom random;
  private final int eventsPerDay;
  private long reports;

  /** A stream of about {@code claims} claims: the events per day are chosen to reach it over the years. */
  ClaimStream(long claims, long seed) {
    this.random = new SplittableRandom(seed);
    long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
    this.eventsPerDay = (int) Math.max(1, Math.round(claims / 2.6 / days));
  }

  /** Generates the reports of each day in turn, handing each report out; stops at {@code limit} claims. */
  void forEachReport(long limit, Consumer<Report> out) {
    long made = 0;
    for (LocalDate day = FIRST_DAY; made < limit; day = day.plusDays(1)) {
      if (day.isAfter(LAST_DAY)) {
        day = FIRST_DAY;  // a longer run wraps round: more events on the same days
      }
      for (Report r : day(day)) {
        int take = (int) Math.min(r.claims().size(), limit - made);
        out.accept(take == r.claims().size() ? r : new Report(r.id(), r.publisher(), r.claims().subList(0, take)));
        made += take;
        if (made >= limit) {
          return;
        }
      }
    }
  }

  private List<Report> day(LocalDate day) {
    List<Report> out = new ArrayList<>();
    int events = eventsPerDay / 2 + random.nextInt(eventsPerDay + 1);
    List<int[]> roundupParts = new ArrayList<>();
    for (int e = 0; e < events; e++) {
      int gov = governorate();
      int town = random.nextInt(TOWNS_PER_GOVERNORATE);
      EventType type = TYPES.get(random.nextInt(TYPES.size()));
      String weapon = WEAPONS.get(random.nextInt(WEAPONS.size()));
      String actor = ACTORS.get(random.nextInt(ACTORS.size()));
      long killed = 1 + (long) Math.floor(-Math.log(1 - random.nextDouble()) * 9);
      int tellers = 1 + random.nextInt(4);
      int firstSource = random.nextInt(SOURCES.size());
      for (int t = 0; t < tellers; t++) {
        String source = SOURCES.get((firstSource + t) % SOURCES.size());
        LocalDate date = random.nextInt(10) == 0 ? day.plusDays(random.nextBoolean() ? 1 : -1) : day;
        int place = random.nextInt(100);
        OptionalLong placeId = place < 80 ? OptionalLong.of(1_000_000L + gov * 1000L + town) : OptionalLong.empty();
        Optional<String> admin1 = place < 97 ? Optional.of(GOVERNORATES.get(gov)) : Optional.empty();
        long stated = Math.max(0, killed + Math.round(killed * 0.3 * (random.nextDouble() * 2 - 1)));
        Qualifier q = random.nextInt(3) == 0 ? Qualifier.AT_LEAST : random.nextInt(4) == 0 ? Qualifier.ABOUT : Qualifier.EXACT;
        Map<Measure, Count> figures = new EnumMap<>(Measure.class);
        figures.put(Measure.KILLED, Count.of(stated, q));
        if (random.nextInt(4) == 0) {
          figures.put(Measure.CHILDREN, Count.of(stated / 3, Qualifier.AT_LEAST));
        }
        String id = reportId();
        out.add(new Report(id, source, List.of(new LinkClaim(new ClaimRef(id, "c1"), source, new When.Day(date),
            placeId, placeId.isPresent() ? Optional.of("Town " + placeId.getAsLong()) : Optional.empty(), admin1,
            random.nextInt(10) < 9 ? Optional.of(type) : Optional.empty(),
            random.nextInt(10) < 7 ? List.of(weapon) : List.of(),
            random.nextInt(10) < 6 ? Optional.of(actor) : Optional.empty(),
            Scope.SINGLE, Optional.empty(), figures))));
      }
      if (random.nextInt(10) == 0) {
        roundupParts.add(new int[] {gov, town, (int) killed});
      }
    }
    // A monitor's roundup: a total over a governorate and day, then its parts.
    for (int[] part : roundupParts) {
      String id = reportId();
      List<LinkClaim> claims = new ArrayList<>();
      Map<Measure, Count> total = new EnumMap<>(Measure.class);
      total.put(Measure.KILLED, Count.of(part[2] * 2L, Qualifier.AT_LEAST));
      claims.add(new LinkClaim(new ClaimRef(id, "c1"), SOURCES.get(0), new When.Day(day), OptionalLong.empty(),
          Optional.empty(), Optional.of(GOVERNORATES.get(part[0])), Optional.of(TYPES.get(0)), List.of("air strike"),
          Optional.empty(), Scope.TOTAL, Optional.empty(), total));
      Map<Measure, Count> figures = new EnumMap<>(Measure.class);
      figures.put(Measure.KILLED, Count.exact(part[2]));
      long placeId = 1_000_000L + part[0] * 1000L + part[1];
      claims.add(new LinkClaim(new ClaimRef(id, "c2"), SOURCES.get(0), new When.Day(day), OptionalLong.of(placeId),
          Optional.of("Town " + placeId), Optional.of(GOVERNORATES.get(part[0])), Optional.of(TYPES.get(0)),
          List.of("air strike"), Optional.empty(), Scope.SINGLE, Optional.of("c1"), figures));
      out.add(new Report(id, SOURCES.get(0), claims));
    }
    // A weekly tally now and then: a period, not a day.
    if (day.getDayOfWeek().getValue() == 7 && random.nextInt(2) == 0) {
      String id = reportId();
      Map<Measure, Count> figures = new EnumMap<>(Measure.class);
      figures.put(Measure.KILLED, Count.of(eventsPerDay * 20L, Qualifier.AT_LEAST));
      out.add(new Report(id, SOURCES.get(4), List.of(new LinkClaim(new ClaimRef(id, "c1"), SOURCES.get(4),
          new When.Between(Optional.of(day), Optional.of(day.plusDays(6)), DatePrecision.PERIOD), OptionalLong.empty(),
          Optional.empty(), Optional.of(GOVERNORATES.get(governorate())), Optional.empty(), List.of(), Optional.empty(),
          Scope.TALLY, Optional.empty(), figures))));
    }
    return out;
  }

  private int governorate() {
    int total = 0;
    for (int w : WEIGHTS) {
      total += w;
    }
    int x = random.nextInt(total);
    for (int i = 0; i < WEIGHTS.length; i++) {
      x -= WEIGHTS[i];
      if (x < 0) {
        return i;
      }
    }
    return 0;
  }

  /** A 64-hex-digit id, as a report's content hash is. */
  private String reportId() {
    reports++;
    return String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(), reports);
  }
}
