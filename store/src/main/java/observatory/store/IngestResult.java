package observatory.store;

/** What ingesting one report did: stored it with its claims, or found it already known. */
public sealed interface IngestResult permits IngestResult.Stored, IngestResult.AlreadyKnown {

  /** The report's id (its content hash). */
  String reportId();

  /** A new report, stored with all its claims, places and evidence. */
  record Stored(String reportId, int claims, int places, int evidence) implements IngestResult {
  }

  /** A report with the same content hash was stored before; nothing changed. */
  record AlreadyKnown(String reportId) implements IngestResult {
  }
}
