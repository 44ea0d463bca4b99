package observatory.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One source document: its text and what is known about it. Its identity is the SHA-256 of its
 * text, so the same report read twice is the same report.
 */
public record Report(
    String id,
    String text,
    Optional<String> title,
    Optional<String> publisher,
    Optional<String> url,
    Optional<LocalDate> published,
    String language) {

  public Report {
    if (text == null) {
      throw new IllegalArgumentException("a report needs its text");
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a report needs an id (its content hash)");
    }
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException("a report needs a language code such as 'en'");
    }
  }

  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** The report's identity: the hex SHA-256 of its text in UTF-8. */
  public static String contentHash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Builds a report; only the text is required. */
  public static final class Builder {
    private final String text;
    private Optional<String> title = Optional.empty();
    private Optional<String> publisher = Optional.empty();
    private Optional<String> url = Optional.empty();
    private Optional<LocalDate> published = Optional.empty();
    private String language;

    private Builder(String text) {
      this.text = text;
    }

    public Builder title(String title) {
      this.title = Optional.ofNullable(title);
      return this;
    }

    public Builder publisher(String publisher) {
      this.publisher = Optional.ofNullable(publisher);
      return this;
    }

    public Builder url(String url) {
      this.url = Optional.ofNullable(url);
      return this;
    }

    public Builder published(LocalDate published) {
      this.published = Optional.ofNullable(published);
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /** The report; its language, when none was given, is the one {@link Languages#detect} tells. */
    public Report build() {
      String lang = language == null || language.isBlank() ? Languages.detect(text) : language;
      return new Report(contentHash(text), text, title, publisher, url, published, lang);
    }
  }

  /** Whether the extraction reads this report's language: English only, today. */
  public boolean inReadableLanguage() {
    return language.equalsIgnoreCase("en");
  }

  /** The report's language by name ("Arabic"), for messages. */
  public String languageName() {
    String name = java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH);
    return name.isBlank() ? language : name;
  }
}
