package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless chromium marks what needs review: a mark in the incident list,
 * the share in the totals line, the "needs review only" filter, and on the incident page the reasons
 * in words, which are text even when they carry markup and quotes (see {@link ReviewFixture}).
 * Screenshots go to target/screenshots/ (review-*.png). Needs chromium as {@link DashboardBrowserTest} does.
 */
class NeedsReviewBrowserTest {
  @TempDir
  static Path dir;
  static Store store;
  static Server server;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(DashboardBrowserTest.CHROMIUM) && "1".equals(System.getenv("OBSERVATORY_SKIP_BROWSER_TESTS"))) {
      Assumptions.abort("browser tests skipped: " + DashboardBrowserTest.CHROMIUM
          + " is missing and OBSERVATORY_SKIP_BROWSER_TESTS=1");
    }
    assertThat(DashboardBrowserTest.CHROMIUM).as("chromium is needed for the browser tests: apt-get install chromium"
        + " chromium-driver (or set OBSERVATORY_SKIP_BROWSER_TESTS=1 to skip them)").isExecutable();
    assertThat(DashboardBrowserTest.CHROMEDRIVER).as("chromedriver: apt-get install chromium-driver").isExecutable();
    store = ReviewFixture.store(dir);
    server = Server.start(store, Fixture.EXTRACTOR, ServeConfig.local(0));
    base = "http://127.0.0.1:" + server.port();
    Files.createDirectories(DashboardBrowserTest.SCREENSHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(DashboardBrowserTest.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
        "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DashboardBrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
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

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void open(String hash) {
    browser.get(base + "/" + hash);
    waitRendered(hash);
  }

  private static void waitRendered(String hash) {
    waiting().until(d -> hash.equals(js("return document.body.getAttribute('data-ready')")));
  }

  private static void screenshot(String name) throws IOException {
    Files.write(DashboardBrowserTest.SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** The row of the incident list whose place is this. */
  private static WebElement row(String place) {
    return browser.findElements(By.cssSelector("#incidents tbody tr")).stream()
        .filter(r -> r.findElements(By.tagName("td")).get(1).getText().startsWith(place)).findFirst().orElseThrow();
  }

  @Test
  void theListMarksWhatNeedsReviewAndTheTotalsSayHowMuchRestsOnIt() throws IOException {
    open("#/");
    waiting().until(d -> !d.findElements(By.cssSelector("#incidents tbody tr")).isEmpty());
    waiting().until(d -> !d.findElements(By.id("review-share")).isEmpty());

    WebElement kafrNabl = row("Kafr Nabl").findElement(By.cssSelector(".badge.review"));
    assertThat(kafrNabl.getText()).isEqualTo("needs review");
    assertThat(kafrNabl.getAttribute("title")).isEqualTo(ReviewFixture.SCRIPT + "\n" + ReviewFixture.QUOTES);
    assertThat(row("Saraqib").findElements(By.cssSelector(".badge.review"))).isEmpty();
    // 34 + 5 + 12 + 9 killed at least; Kafr Nabl's 34 and Khan Shaykhun's 12 rest on claims in doubt.
    assertThat(browser.findElement(By.id("review-share")).getText())
        .isEqualTo("At least 60 killed, 46 of them in incidents marked for review.");
    assertThat(browser.findElement(By.id("review-figure")).getText()).contains("killed in the 2 incidents marked for review");
    screenshot("review-list");

    browser.findElement(By.id("f-review")).click();
    browser.findElement(By.id("f-apply")).click();
    waiting().until(d -> String.valueOf(js("return location.hash")).contains("needs_review=true"));
    waitRendered(String.valueOf(js("return location.hash")));
    waiting().until(d -> d.findElement(By.id("review-share")).getText().startsWith("At least 46 killed"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#incidents tbody tr"));
    assertThat(rows).hasSize(2);
    assertThat(rows).allMatch(r -> !r.findElements(By.cssSelector(".badge.review")).isEmpty());
    assertThat(browser.findElement(By.id("f-review")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("export-csv")).getAttribute("href")).contains("needs_review=true");
    screenshot("review-only");
  }

  @Test
  void anIncidentPageGivesTheReasonsInWordsAsTextNeverMarkup() throws IOException {
    String id = store.incidents(observatory.store.IncidentFilter.all().needsReview(true)).stream()
        .filter(i -> i.placeName().equals(java.util.Optional.of("Kafr Nabl"))).findFirst().orElseThrow().id();
    open("#/incident/" + id);
    waiting().until(d -> !d.findElements(By.id("review-reasons")).isEmpty());

    WebElement panel = browser.findElement(By.id("review-reasons"));
    assertThat(panel.getText()).contains("Marked for review.");
    assertThat(panel.findElements(By.tagName("li"))).extracting(WebElement::getText)
        .containsExactly(ReviewFixture.SCRIPT, ReviewFixture.QUOTES);
    assertThat(browser.findElements(By.cssSelector(".claim dd.confidence"))).extracting(WebElement::getText)
        .anyMatch(t -> t.startsWith("0.40, needs review") && t.contains(ReviewFixture.SCRIPT))
        .anyMatch(t -> t.startsWith("0.30, needs review") && t.contains(ReviewFixture.QUOTES));
    assertThat(browser.findElement(By.cssSelector("h1 + p .badge.review")).getText()).isEqualTo("needs review");
    assertThat(browser.findElements(By.cssSelector("#main script, #main img"))).as("markup from a reason became elements")
        .isEmpty();
    assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
    screenshot("review-incident");

    String saraqib = store.incidents(observatory.store.IncidentFilter.all()).stream()
        .filter(i -> i.placeName().equals(java.util.Optional.of("Saraqib"))).findFirst().orElseThrow().id();
    open("#/incident/" + saraqib);
    waiting().until(d -> !d.findElements(By.id("incident-title")).isEmpty());
    assertThat(browser.findElements(By.id("review-reasons"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".badge.review"))).isEmpty();
  }
}
