package observatory.generate;

import java.time.LocalDate;
import observatory.report.Report;

/**
 * One generated report. Its publisher is always {@link Generator#PUBLISHER} and its url lies under
 * the reserved {@code .invalid} domain, so that a generated report cannot pass for a real one
 * once stored; the text itself reads like a news report.
 */
public record GeneratedReport(String id, String title, String text, LocalDate published, String publisher,
    String url, String source) {

  /** The report as the rest of the pipeline reads it. */
  public Report toReport() {
    return Report.builder(text).title(title).publisher(publisher).url(url).published(published).build();
  }
}
