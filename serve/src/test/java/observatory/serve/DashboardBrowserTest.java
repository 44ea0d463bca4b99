package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import observatory.generate.Corpus;
import observatory.generate.GeneratedReport;
import observatory.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless chromium, over a real server and store: filter, open an
 * incident and see its evidence, paste a report and save it, and a report carrying script and
 * event-handler payloads rendered as inert text. Screenshots go to target/screenshots/.
 *
 * <p>A missing /usr/bin/chromium fails the test (CI installs it, see .ci/run), unless
 * OBSERVATORY_SKIP_BROWSER_TESTS=1 says to skip.
 */
class DashboardBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path dir;
  static Corpus corpus;
  static Store store;
  static Server server;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) && "1".equals(System.getenv("OBSERVATORY_SKIP_BROWSER_TESTS"))) {
      Assumptions.abort("browser tests skipped: " + CHROMIUM + " is missing and OBSERVATORY_SKIP_BROWSER_TESTS=1");
    }
    assertThat(CHROMIUM).as("chromium is needed for the browser tests: apt-get install chromium chromium-driver"
        + " (or set OBSERVATORY_SKIP_BROWSER_TESTS=1 to skip them)").isExecutable();
    assertThat(CHROMEDRIVER).as("chromedriver: apt-get install chromium-driver").isExecutable();
    corpus = Fixture.corpus(40);
    List<GeneratedReport> stored = new ArrayList<>(corpus.reports().subList(0, 15));
    stored.addAll(corpus.reports().subList(20, 40));
    store = Fixture.store(dir, stored);
    server = Server.start(store, Fixture.EXTRACTOR, ServeConfig.local(0));
    base = "http://127.0.0.1:" + server.port();
    Files.createDirectories(SCREENSHOTS);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
        "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /** Opens a page of the dashboard and waits until it has rendered. */
  private static void open(String hash) {
    browser.get(base + "/" + hash);
    waitRendered(hash);
  }

  private static void waitRendered(String hash) {
    waiting().until(d -> hash.equals(((JavascriptExecutor) d).executeScript("return document.body.getAttribute('data-ready')")));
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  @Test
  void filterOpenAnIncidentAndSeeItsEvidence() throws IOException {
    open("#/");
    waiting().until(d -> !d.findElements(By.cssSelector("#incidents tbody tr")).isEmpty());
    waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-interactive")).isEmpty());
    screenshot("incidents");

    Select region = new Select(browser.findElement(By.id("f-region")));
    assertThat(region.getOptions()).hasSizeGreaterThan(1);
    String chosen = region.getOptions().get(1).getText();
    region.selectByVisibleText(chosen);
    browser.findElement(By.id("f-apply")).click();
    waiting().until(d -> String.valueOf(js("return location.hash")).contains("region="));
    waitRendered(String.valueOf(js("return location.hash")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#incidents tbody tr"));
    assertThat(rows).isNotEmpty();
    for (WebElement row : rows) {
      assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo(chosen);
    }
    screenshot("incidents-filtered");

    rows.get(0).findElement(By.cssSelector("td a")).click();
    waiting().until(d -> !d.findElements(By.id("incident-title")).isEmpty());
    waiting().until(d -> !d.findElements(By.cssSelector(".report-text mark")).isEmpty());
    List<WebElement> marks = browser.findElements(By.cssSelector(".report-text mark"));
    assertThat(marks).isNotEmpty();
    assertThat(marks.stream().map(m -> m.getAttribute("data-fields")).toList()).anyMatch(f -> f.contains("killed"));
    assertThat(browser.findElements(By.cssSelector("#figures tbody tr"))).isNotEmpty();
    screenshot("incident");
  }

  @Test
  void pasteAReportSeeItsClaimsAndSaveIt() throws IOException {
    GeneratedReport held = corpus.reports().subList(15, 20).stream()
        .filter(r -> !Fixture.EXTRACTOR.extract(r.toReport()).claims().isEmpty()).findFirst().orElseThrow();
    long before = store.counts().reports();
    open("#/add");
    WebElement text = browser.findElement(By.id("r-text"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", text, held.text());
    browser.findElement(By.id("r-publisher")).sendKeys(held.publisher());
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
        browser.findElement(By.id("r-published")), held.published().toString());
    browser.findElement(By.id("r-preview")).click();
    try {
      waiting().until(d -> !d.findElements(By.cssSelector("#preview .claim")).isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-preview");
      throw e;
    }
    assertThat(browser.findElements(By.cssSelector("#preview .report-text mark"))).isNotEmpty();
    assertThat(store.counts().reports()).as("a preview stores nothing").isEqualTo(before);
    screenshot("add-report-preview");

    browser.findElement(By.id("r-save")).click();
    waiting().until(d -> String.valueOf(js("return location.hash")).startsWith("#/report/"));
    waiting().until(d -> !d.findElements(By.id("report-title")).isEmpty());
    assertThat(store.counts().reports()).isEqualTo(before + 1);
    assertThat(browser.findElements(By.cssSelector(".claim a"))).as("each claim links to its incident").isNotEmpty();
    screenshot("report-saved");
  }

  @Test
  void aReportCarryingMarkupRendersAsInertText() throws IOException {
    String payload = "<script>window.__pwned = 'script'</script> <img src=x onerror=\"window.__pwned = 'img'\">";
    String report = "Three civilians were killed in an air strike on Saraqib on Sunday, the Syrian Observatory"
        + " for Human Rights said. " + payload;
    open("#/add");
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
        browser.findElement(By.id("r-text")), report);
    browser.findElement(By.id("r-preview")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("#preview .report-text")).isEmpty());
    assertInert(payload);
    browser.findElement(By.id("r-save")).click();
    waiting().until(d -> !d.findElements(By.id("report-title")).isEmpty());
    waiting().until(d -> !d.findElements(By.cssSelector(".report-text")).isEmpty());
    assertInert(payload);
    screenshot("report-with-markup");
  }

  private static void assertInert(String payload) {
    WebElement text = browser.findElement(By.cssSelector(".report-text"));
    assertThat(text.getText()).contains(payload);
    assertThat(text.findElements(By.cssSelector("script, img"))).as("markup from a report became elements").isEmpty();
    assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
  }
}
