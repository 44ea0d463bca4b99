package observatory.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A report as stored, with the moment it was ingested. */
public record StoredReport(
    String id,
    Optional<String> title,
    Optional<String> publisher,
    Optional<String> url,
    Optional<LocalDate> published,
    String language,
    String text,
    Instant ingestedAt) {
}
