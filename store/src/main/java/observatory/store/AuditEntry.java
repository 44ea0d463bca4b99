package observatory.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One change an analyst made, as the audit log keeps it.
 *
 * @param incident the incident as it was named when the change was made (ids change when claims regroup)
 * @param field the field corrected, or "status"; empty for merges and splits
 * @param before the value (or, for merges and splits, the incidents) before the change
 * @param after the value (or the incidents) after it
 * @param decision the durable decision the change recorded
 */
public record AuditEntry(long seq, Instant at, String by, String action, String incident, Optional<String> field,
    String before, String after, String reason, long decision) {
}
