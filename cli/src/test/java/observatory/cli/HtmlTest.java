package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import observatory.report.Report;
import observatory.report.ReportReader;
import org.junit.jupiter.api.Test;

/** HTML pages lose their boilerplate before extraction. */
class HtmlTest {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en-GB"><head>
        <title>Strikes on Idlib | Wire</title>
        <meta property="og:title" content="Air strikes kill 12 in Idlib">
        <meta property="article:published_time" content="2019-05-06T10:02:00Z">
        <script>trackUser("Kafranbel");</script><style>p { color: red }</style>
      </head><body>
        <header>Wire News</header><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
        <article>
          <h1>Air strikes kill 12 in Idlib</h1>
          <p>Air strikes killed 12 people in <b>Kafranbel</b> on Sunday.</p>
          <p>The monitor said   rescuers were still searching.</p>
          <aside>Read more: football scores</aside>
          <form><input name="q"></form>
        </article>
        <footer>Copyright Wire</footer>
      </body></html>
      """;

  @Test
  void boilerplateIsRemovedAndParagraphsKept() {
    Report r = ReportReader.standard().read("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(r.text()).contains("Air strikes killed 12 people in Kafranbel on Sunday.\n\n"
        + "The monitor said rescuers were still searching.");
    assertThat(r.text()).doesNotContain("trackUser", "color", "Home", "World", "football", "Copyright", "Wire News");
    assertThat(r.title()).contains("Air strikes kill 12 in Idlib");
    assertThat(r.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2019-05-06"));
    assertThat(r.language()).isEqualTo("en");
  }

  @Test
  void htmlIsDetectedByContentWhateverTheName() {
    Report r = ReportReader.standard().read("report.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(r.text()).doesNotContain("<p>", "trackUser");
  }
}
