package observatory.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads one source document into a {@link Report}: plain text (UTF-8), an HTML page, or an
 * annotated JSON document of the evaluation corpus (an object with a {@code text} field). The
 * kind is detected from the content; the file name only breaks ties. Anything that is not a
 * readable report fails with a {@link ReportFormatException} whose one-line message names the
 * file and the fault. Immutable and thread-safe.
 *
 * <pre>{@code
 * Report report = ReportReader.standard().read(Path.of("examples/idlib-roundup.txt"));
 * }</pre>
 */
public final class ReportReader {
  /** 10 MB: far above any news article, low enough to refuse a stray video or database dump. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern HTML_START = Pattern.compile(
      "(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|article|div|p|script|style)[\\s>/]");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int SAMPLE = 8192;

  private final long maxBytes;

  private ReportReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the size limit must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** A reader with the default size limit of 10 MB. */
  public static ReportReader standard() {
    return new ReportReader(DEFAULT_MAX_BYTES);
  }

  /** The same reader with another size limit, in bytes. */
  public ReportReader withMaxBytes(long maxBytes) {
    return new ReportReader(maxBytes);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Reads a file. The size is checked before the file is read. */
  public Report read(Path file) {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new ReportFormatException(name, "is a directory, not a report");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLarge(name, size + " bytes");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(name, in);
      }
    } catch (NoSuchFileException e) {
      throw new ReportFormatException(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new ReportFormatException(name, "permission denied", e);
    } catch (IOException e) {
      throw new ReportFormatException(name, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads a stream (standard input, say) up to the size limit; the caller closes it. */
  public Report read(String name, InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(name, "more than " + maxBytes + " bytes");
      }
      return read(name, bytes);
    } catch (IOException e) {
      throw new ReportFormatException(name, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads bytes that came from {@code name} (used in messages and to break ties on the kind). */
  public Report read(String name, byte[] bytes) {
    if (bytes.length > maxBytes) {
      throw tooLarge(name, bytes.length + " bytes");
    }
    String text = decode(name, bytes);
    if (text.isBlank()) {
      throw new ReportFormatException(name, bytes.length == 0 ? "empty file" : "empty file (only white space)");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String head = text.stripLeading();
    if (head.startsWith("{") || lower.endsWith(".json")) {
      return fromJson(name, text);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || looksLikeHtml(text)) {
      return fromHtml(name, text);
    }
    return Report.builder(normaliseNewlines(text).strip()).build();
  }

  private ReportFormatException tooLarge(String name, String size) {
    return new ReportFormatException(name, "too large (" + size + ", the limit is " + maxBytes
        + " bytes; raise it with --max-size)");
  }

  // ---- bytes to text ----------------------------------------------------------------------

  private static String decode(String name, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new ReportFormatException(name, "binary file (NUL byte at offset " + i + "), not a text report");
      }
    }
    int sample = Math.min(bytes.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        controls++;
      }
    }
    Utf8Check check = Utf8Check.of(bytes, sample);
    // Latin-1 or CP1252 text has a few bad bytes; images and archives have them everywhere.
    if (sample >= 32 && (controls + check.badInSample) * 10 > sample * 3) {
      throw new ReportFormatException(name, "binary file (mostly non-text bytes), not a text report");
    }
    if (check.firstBad >= 0) {
      throw new ReportFormatException(name, "invalid UTF-8 at byte offset " + check.firstBad
          + " (save the file as UTF-8)");
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  /** The first malformed byte of a UTF-8 sequence, and how many malformed bytes a sample holds. */
  private record Utf8Check(int firstBad, int badInSample) {
    static Utf8Check of(byte[] b, int sample) {
      int first = -1;
      int bad = 0;
      int i = 0;
      while (i < b.length && !(i >= sample && first >= 0)) {
        int len = sequenceLength(b, i);
        if (len == 0) {
          if (first < 0) {
            first = i;
          }
          if (i < sample) {
            bad++;
          }
          i++;
        } else {
          i += len;
        }
      }
      return new Utf8Check(first, bad);
    }

    /** Length of the well-formed sequence at i, or 0 when it is malformed (RFC 3629). */
    private static int sequenceLength(byte[] b, int i) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        return 1;
      }
      int len;
      int min;
      int max = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        return cont(b, i + 1) ? 2 : 0;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = c == 0xE0 ? 0xA0 : 0x80;
        max = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = c == 0xF0 ? 0x90 : 0x80;
        max = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return 0;
      }
      if (i + 1 >= b.length) {
        return 0;
      }
      int second = b[i + 1] & 0xff;
      if (second < min || second > max) {
        return 0;
      }
      for (int k = 2; k < len; k++) {
        if (!cont(b, i + k)) {
          return 0;
        }
      }
      return len;
    }

    private static boolean cont(byte[] b, int i) {
      return i < b.length && (b[i] & 0xC0) == 0x80;
    }
  }

  // ---- JSON: an annotated document of the evaluation corpus ---------------------------------

  private static Report fromJson(String name, String text) {
    JsonNode doc;
    try {
      doc = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ReportFormatException(name, "malformed JSON" + where + ": " + why, e);
    }
    if (doc == null || !doc.isObject()) {
      throw new ReportFormatException(name, "a JSON report must be an object with a \"text\" field, found "
          + (doc == null ? "nothing" : doc.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    JsonNode body = doc.get("text");
    if (body == null || body.isNull()) {
      throw new ReportFormatException(name, "JSON document has no \"text\" field");
    }
    if (!body.isTextual()) {
      throw new ReportFormatException(name, "the \"text\" field must be a string, found "
          + body.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    if (body.asText().isBlank()) {
      throw new ReportFormatException(name, "the \"text\" field is empty");
    }
    Report.Builder report = Report.builder(body.asText())
        .title(string(doc, "title"))
        .publisher(string(doc, "publisher"))
        .url(string(doc, "url"));
    String language = string(doc, "language");
    if (language != null && !language.isBlank()) {
      report.language(language);
    }
    JsonNode published = doc.get("published");
    if (published != null && !published.isNull()) {
      if (!published.isTextual()) {
        throw new ReportFormatException(name, "published " + published + " is not a date (expected \"YYYY-MM-DD\")");
      }
      report.published(parseDate(name, published.asText()));
    }
    return report.build();
  }

  private static String string(JsonNode doc, String field) {
    JsonNode v = doc.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * Parses a publication date as YYYY-MM-DD.
   *
   * @throws ReportFormatException naming {@code source} when the value is not a valid date
   */
  public static LocalDate parseDate(String source, String value) {
    if (value != null && DATE.matcher(value).matches()) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        // falls through to the message below: 2019-02-30 has the shape but is no date
      }
    }
    throw new ReportFormatException(source, "published '" + value + "' is not a valid date (expected YYYY-MM-DD)");
  }

  // ---- HTML -------------------------------------------------------------------------------

  private static boolean looksLikeHtml(String text) {
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    return HTML_START.matcher(head).find();
  }

  private static final String NOISE = "script, style, nav, header, footer, aside, form, noscript, "
      + "iframe, svg, template, button, select";

  private static Report fromHtml(String name, String html) {
    Document page = Jsoup.parse(html);
    String title = meta(page, "og:title").orElse(null);
    if (title == null && !page.title().isBlank()) {
      title = page.title().strip();
    }
    Optional<LocalDate> published = meta(page, "article:published_time")
        .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")))
        .flatMap(ReportReader::leadingDate);
    String url = meta(page, "og:url")
        .or(() -> Optional.ofNullable(page.selectFirst("link[rel=canonical]")).map(l -> l.attr("href")))
        .orElse(null);
    String publisher = meta(page, "og:site_name").orElse(null);
    String lang = page.selectFirst("html[lang]") == null ? "" : page.selectFirst("html[lang]").attr("lang");

    page.select(NOISE).remove();
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = page.body();
    }
    String text = root == null ? "" : paragraphs(root);
    if (text.isBlank()) {
      throw new ReportFormatException(name, "HTML page has no text once scripts, styles and navigation are removed");
    }
    Report.Builder report = Report.builder(text).title(title).publisher(publisher).url(url);
    published.ifPresent(report::published);
    String language = lang.isBlank() ? "" : lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
    if (!language.isBlank()) {
      report.language(language);
    }
    return report.build();
  }

  private static Optional<String> meta(Document page, String property) {
    Element m = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return m == null || m.attr("content").isBlank() ? Optional.empty() : Optional.of(m.attr("content").strip());
  }

  /** "2019-07-14T10:02:00Z" gives 2019-07-14; anything unreadable gives nothing (a page's meta is a hint). */
  private static Optional<LocalDate> leadingDate(String value) {
    String v = value.strip();
    if (v.length() >= 10 && DATE.matcher(v.substring(0, 10)).matches()) {
      try {
        return Optional.of(LocalDate.parse(v.substring(0, 10)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> BLOCKS = java.util.Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dd", "dt", "dl", "hr");

  /** The visible text of an element, one paragraph per block element, paragraphs separated by blank lines. */
  private static String paragraphs(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          current.append(t.getWholeText());
        } else if (node instanceof Element e) {
          if (BLOCKS.contains(e.normalName())) {
            flush(paragraphs, current);
          } else if (e.normalName().equals("br")) {
            current.append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(paragraphs, current);
        }
      }
    }, root);
    flush(paragraphs, current);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(List<String> paragraphs, StringBuilder current) {
    String p = current.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
    current.setLength(0);
  }

  private static String normaliseNewlines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
