package observatory.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.EventType;
import observatory.claim.When;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.Measure;

/**
 * A new value for one field of an incident. Parsed once, from the field's name and the value as
 * typed ({@link #parse}); stored as {@link #field()} and {@link #value()}, which parse back to
 * the same correction. A figure is corrected whole (low / best / high): new claims that link to
 * the incident later do not move a figure an analyst has set.
 */
public sealed interface Correction {
  /** The fields an analyst can correct, as named on the command line. */
  List<String> FIELDS = List.of("date", "place", "admin1", "actor", "event_type", "sub_event_type",
      "MEASURE (killed, civilians, children, women, combatants, wounded) as LOW/BEST/HIGH",
      "MEASURE.low", "MEASURE.best", "MEASURE.high");

  /** The stored field name: date, place, admin1, actor, event_type, or a measure's label. */
  String field();

  /** The stored value, which {@link #parse} reads back. */
  String value();

  /** The incident with this field set. */
  Incident applyTo(Incident incident);

  /** The field's value in this incident, written as {@link #value()} writes it ("" when unset). */
  static String current(String field, Incident incident) {
    String f = field.strip().toLowerCase(Locale.ROOT);
    int dot = f.indexOf('.');
    return switch (dot < 0 ? f : f.substring(0, dot)) {
      case "date" -> DateText.text(incident.when());
      case "place" -> incident.placeName().orElse("");
      case "admin1" -> incident.admin1().orElse("");
      case "actor" -> incident.actor().orElse("");
      case "event_type", "sub_event_type" -> incident.eventType().map(t -> t.type() + " | " + t.subType()).orElse("");
      default -> measure(f.substring(0, dot < 0 ? f.length() : dot), field)
          .flatMap(incident::estimate).map(FigureText::text).orElse("");
    };
  }

  /**
   * The correction of {@code field} to {@code value} in {@code incident} (which supplies the rest of
   * a figure when one end of it is set: {@code killed.best}). Throws {@link IllegalArgumentException}
   * with a one-line message naming the field and the fault.
   */
  static Correction parse(String field, String value, Incident incident) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("no field given; correctable fields: " + String.join(", ", FIELDS));
    }
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("no value given for field '" + field + "'");
    }
    String f = field.strip().toLowerCase(Locale.ROOT);
    String v = value.strip();
    switch (f) {
      case "date":
        return new DateFix(DateText.parse(v));
      case "place":
        return new PlaceFix(v);
      case "admin1":
        return new Admin1Fix(v);
      case "actor":
        return new ActorFix(v);
      case "event_type": {
        int bar = v.indexOf('|');
        if (bar < 0) {
          String sub = incident.eventType().map(EventType::subType).orElseThrow(() -> new IllegalArgumentException(
              "incident " + incident.id() + " has no sub-event type; give both as 'TYPE | SUB-EVENT TYPE'"));
          return new EventTypeFix(new EventType(v, sub));
        }
        return new EventTypeFix(new EventType(v.substring(0, bar).strip(), v.substring(bar + 1).strip()));
      }
      case "sub_event_type": {
        String type = incident.eventType().map(EventType::type).orElseThrow(() -> new IllegalArgumentException(
            "incident " + incident.id() + " has no event type; set both with --field event_type --value 'TYPE | SUB-EVENT TYPE'"));
        return new EventTypeFix(new EventType(type, v));
      }
      default:
        break;
    }
    int dot = f.indexOf('.');
    Measure measure = measure(dot < 0 ? f : f.substring(0, dot), field).orElseThrow(() -> new IllegalArgumentException(
        "unknown field '" + field + "'; correctable fields: " + String.join(", ", FIELDS)));
    if (dot < 0) {
      return new FigureFix(measure, FigureText.parse(v, f));
    }
    String end = f.substring(dot + 1);
    if (!List.of("low", "best", "high").contains(end)) {
      throw new IllegalArgumentException("unknown field '" + field + "'; a figure's parts are "
          + measure.label() + ".low, " + measure.label() + ".best and " + measure.label() + ".high");
    }
    Estimate now = incident.estimate(measure).orElseThrow(() -> new IllegalArgumentException("incident "
        + incident.id() + " has no " + measure.label() + " figure; set it whole with --field " + measure.label()
        + " --value LOW/BEST/HIGH"));
    OptionalLong n = end.equals("high") && v.equalsIgnoreCase("open") ? OptionalLong.empty() : OptionalLong.of(FigureText.number(v, f));
    Estimate fixed = switch (end) {
      case "low" -> FigureText.estimate(n.getAsLong(), now.best(), now.high(), f);
      case "best" -> FigureText.estimate(now.low(), n.getAsLong(), now.high(), f);
      default -> FigureText.estimate(now.low(), now.best(), n, f);
    };
    return new FigureFix(measure, fixed);
  }

  /** Reads a stored correction back; see {@link #parse}. */
  static Correction stored(String field, String value) {
    String f = field.toLowerCase(Locale.ROOT);
    if (f.equals("event_type")) {
      int bar = value.indexOf('|');
      if (bar < 0) {
        throw new IllegalArgumentException("stored event_type '" + value + "' lacks 'TYPE | SUB-EVENT TYPE'");
      }
      return new EventTypeFix(new EventType(value.substring(0, bar).strip(), value.substring(bar + 1).strip()));
    }
    if (f.contains(".") || f.equals("sub_event_type")) {
      throw new IllegalArgumentException("stored correction of '" + field + "' is not a whole field");
    }
    return parse(field, value, null);
  }

  private static Optional<Measure> measure(String label, String field) {
    for (Measure m : Measure.values()) {
      if (m.label().equals(label)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The day or period of the incident. */
  record DateFix(When when) implements Correction {
    public DateFix {
      if (when instanceof When.Unknown) {
        throw new IllegalArgumentException("a date correction needs a day or a period");
      }
    }

    @Override
    public String field() {
      return "date";
    }

    @Override
    public String value() {
      return DateText.text(when);
    }

    @Override
    public Incident applyTo(Incident i) {
      return new Incident(i.id(), i.members(), i.figures(), i.sources(), i.status(), when, i.placeId(), i.placeName(),
          i.admin1(), i.actor(), i.eventType(), i.aggregate());
    }
  }

  /** The place, as a name; the gazetteer id it had no longer applies and is dropped. */
  record PlaceFix(String name) implements Correction {
    @Override
    public String field() {
      return "place";
    }

    @Override
    public String value() {
      return name;
    }

    @Override
    public Incident applyTo(Incident i) {
      return new Incident(i.id(), i.members(), i.figures(), i.sources(), i.status(), i.when(), OptionalLong.empty(),
          Optional.of(name), i.admin1(), i.actor(), i.eventType(), i.aggregate());
    }
  }

  /** The governorate. */
  record Admin1Fix(String admin1) implements Correction {
    @Override
    public String field() {
      return "admin1";
    }

    @Override
    public String value() {
      return admin1;
    }

    @Override
    public Incident applyTo(Incident i) {
      return new Incident(i.id(), i.members(), i.figures(), i.sources(), i.status(), i.when(), i.placeId(),
          i.placeName(), Optional.of(admin1), i.actor(), i.eventType(), i.aggregate());
    }
  }

  /** The perpetrator. */
  record ActorFix(String actor) implements Correction {
    @Override
    public String field() {
      return "actor";
    }

    @Override
    public String value() {
      return actor;
    }

    @Override
    public Incident applyTo(Incident i) {
      return new Incident(i.id(), i.members(), i.figures(), i.sources(), i.status(), i.when(), i.placeId(),
          i.placeName(), i.admin1(), Optional.of(actor), i.eventType(), i.aggregate());
    }
  }

  /** The ACLED event type and sub-event type. */
  record EventTypeFix(EventType type) implements Correction {
    @Override
    public String field() {
      return "event_type";
    }

    @Override
    public String value() {
      return type.type() + " | " + type.subType();
    }

    @Override
    public Incident applyTo(Incident i) {
      return new Incident(i.id(), i.members(), i.figures(), i.sources(), i.status(), i.when(), i.placeId(),
          i.placeName(), i.admin1(), i.actor(), Optional.of(type), i.aggregate());
    }
  }

  /** One measure's low / best / high, whole. */
  record FigureFix(Measure measure, Estimate estimate) implements Correction {
    @Override
    public String field() {
      return measure.label();
    }

    @Override
    public String value() {
      return FigureText.text(estimate);
    }

    @Override
    public Incident applyTo(Incident i) {
      Map<Measure, Estimate> figures = new EnumMap<>(Measure.class);
      figures.putAll(i.figures());
      figures.put(measure, estimate);
      return new Incident(i.id(), i.members(), figures, i.sources(), i.status(), i.when(), i.placeId(),
          i.placeName(), i.admin1(), i.actor(), i.eventType(), i.aggregate());
    }
  }
}
