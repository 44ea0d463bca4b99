/**
 * Source documents. {@link observatory.report.ReportReader} is the front door: it turns a
 * file of plain text, HTML or an annotated JSON document into a {@link observatory.report.Report},
 * or fails with a {@link observatory.report.ReportFormatException} that names the file and the fault.
 */
package observatory.report;
