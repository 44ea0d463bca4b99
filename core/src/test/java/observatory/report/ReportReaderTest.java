package observatory.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {
  private final ReportReader reader = ReportReader.standard();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsPlainTextAsUtf8() {
    Report r = reader.read("a.txt", utf8("\uFEFFShelling hit Ma\u2019arrat al-Nu\u2019man.\r\n"));
    assertThat(r.text()).isEqualTo("Shelling hit Ma\u2019arrat al-Nu\u2019man.");
    assertThat(r.published()).isEmpty();
    assertThat(r.language()).isEqualTo("en");
  }

  @Test
  void readsAnAnnotatedJsonDocument() {
    Report r = reader.read("doc.txt", utf8("{\"id\": \"x\", \"text\": \"Body.\", \"published\": \"2019-07-14\","
        + " \"publisher\": \"AFP\", \"url\": \"https://example.org/a\", \"title\": \"T\", \"language\": \"en\","
        + " \"incidents\": []}"));
    assertThat(r.text()).isEqualTo("Body.");
    assertThat(r.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2019-07-14"));
    assertThat(r.publisher()).contains("AFP");
    assertThat(r.url()).contains("https://example.org/a");
    assertThat(r.title()).contains("T");
  }

  @Test
  void aTextMostlyInArabicScriptIsArabicAndAnEnglishOneEnglish() {
    Report arabic = reader.read("a.txt", utf8("قصفت طائرات حربية قرية في ريف حماة الشمالي صباح اليوم (AFP)."));
    assertThat(arabic.language()).isEqualTo("ar");
    assertThat(arabic.inReadableLanguage()).isFalse();
    assertThat(arabic.languageName()).isEqualTo("Arabic");
    Report english = reader.read("e.txt", utf8("Warplanes struck the village of تل ذهبية in northern Hama."));
    assertThat(english.language()).isEqualTo("en");
    assertThat(english.inReadableLanguage()).isTrue();
  }

  @Test
  void aLanguageTheDocumentDeclaresIsKept() {
    Report r = reader.read("d.json", utf8("{\"text\": \"Body.\", \"language\": \"fr\"}"));
    assertThat(r.language()).isEqualTo("fr");
    assertThat(r.inReadableLanguage()).isFalse();
  }

  @Test
  void aNullPublishedDateIsUnknown() {
    assertThat(reader.read("d.json", utf8("{\"text\": \"Body.\", \"published\": null}")).published()).isEmpty();
  }

  @Test
  void faultsNameTheFile() {
    assertThatThrownBy(() -> reader.read("e.txt", new byte[0])).hasMessage("e.txt: empty file");
    assertThatThrownBy(() -> reader.read("b.bin", new byte[] {1, 2, 0, 3}))
        .hasMessageStartingWith("b.bin: binary file");
    assertThatThrownBy(() -> reader.read("l.txt", new byte[] {'a', 'b', (byte) 0xE9, 'c'}))
        .hasMessageStartingWith("l.txt: invalid UTF-8 at byte offset 2");
    assertThatThrownBy(() -> reader.read("j.json", utf8("[1, 2]"))).hasMessageContaining("must be an object");
    assertThatThrownBy(() -> reader.read("j.json", utf8("{\"text\": 3}"))).hasMessageContaining("must be a string");
    assertThatThrownBy(() -> reader.read("j.json", utf8("{\"text\": \"a\", \"published\": \"May 5\"}")))
        .isInstanceOf(ReportFormatException.class)
        .hasMessage("j.json: published 'May 5' is not a valid date (expected YYYY-MM-DD)");
  }

  @Test
  void anOverlongEncodingIsInvalidUtf8() {
    assertThatThrownBy(() -> reader.read("o.txt", new byte[] {'o', 'k', (byte) 0xC0, (byte) 0xAF}))
        .hasMessageContaining("invalid UTF-8 at byte offset 2");
  }

  @Test
  void aLargeFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path big = Files.write(dir.resolve("big.txt"), new byte[4096]);
    assertThatThrownBy(() -> reader.withMaxBytes(1024).read(big))
        .hasMessageContaining("too large (4096 bytes, the limit is 1024 bytes");
    // a stream is read only up to the limit
    assertThatThrownBy(() -> reader.withMaxBytes(10).read("-", new ByteArrayInputStream(utf8("x".repeat(100)))))
        .hasMessageStartingWith("-: too large");
  }
}
