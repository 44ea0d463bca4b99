package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import observatory.generate.Demo;
import observatory.link.Incident;
import observatory.store.AuditEntry;
import observatory.store.IncidentFilter;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo store in the dashboard (headless chromium, real server, real SQLite): the timeline of
 * Idlib with its onset marker and the answer in words, an analyst's change made from an incident
 * page and seen in its audit trail, and the map. Screenshots go to target/screenshots/demo-*.png.
 */
class DemoDashboardBrowserTest {
  @TempDir
  static Path dir;
  static Store store;
  static Server server;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(DashboardBrowserTest.CHROMIUM) && "1".equals(System.getenv("OBSERVATORY_SKIP_BROWSER_TESTS"))) {
      Assumptions.abort("browser tests skipped: chromium is missing and OBSERVATORY_SKIP_BROWSER_TESTS=1");
    }
    assertThat(DashboardBrowserTest.CHROMIUM).isExecutable();
    store = Fixture.store(dir, Demo.reports());
    server = Server.start(store, Fixture.EXTRACTOR, ServeConfig.local(0));
    base = "http://127.0.0.1:" + server.port();
    Files.createDirectories(DashboardBrowserTest.SCREENSHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(DashboardBrowserTest.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
        "--window-size=1280,1100", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(DashboardBrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
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
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private static void open(String hash) {
    browser.get(base + "/" + hash);
    waiting().until(d -> hash.equals(((JavascriptExecutor) d).executeScript("return document.body.getAttribute('data-ready')")));
  }

  private static void screenshot(String name) throws IOException {
    Files.write(DashboardBrowserTest.SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theTimelineOfIdlibShowsTheOnsetAndSaysTheOffensiveHasStarted() throws IOException {
    open("#/timeline/Idlib");
    waiting().until(d -> !d.findElements(By.cssSelector("#onset-answer .verdict")).isEmpty());
    String answer = browser.findElement(By.cssSelector("#onset-answer .verdict")).getText();
    assertThat(answer).startsWith("Yes").contains("Idlib").contains("2016-1");
    // The chart drew its bars: the canvas is not blank.
    Object drawn = ((JavascriptExecutor) browser).executeScript(
        "const c = document.getElementById('series-chart'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + " for (let k = 3; k < d.length; k += 4) if (d[k] !== 0) return true; return false;");
    assertThat(drawn).isEqualTo(true);
    waiting().until(d -> !d.findElements(By.cssSelector("#tally-table tbody tr")).isEmpty());
    assertThat(browser.findElement(By.id("tally-table")).getText()).contains("288").contains("93").contains("55");
    screenshot("demo-timeline");
  }

  @Test
  void aTimelineJudgedAsOfADayDrawsNothingAfterItAndDrawsTheCountItJudges() throws IOException {
    open("#/timeline/Idlib?as_of=2016-11-01");
    waiting().until(d -> !d.findElements(By.cssSelector("#onset-answer .verdict")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#onset-answer .verdict")).getText()).startsWith("Yes: a new escalation began in Idlib");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    String chart = "const c = Chart.getChart(document.getElementById('series-chart'));";
    assertThat(js.executeScript(chart + " return c.data.labels[c.data.labels.length - 1];")).isEqualTo("2016-11-01");
    assertThat(js.executeScript(chart + " return c.data.datasets[0].label;")).isEqualTo("incidents");
    // The monitor's tally was published on 2016-12-08: not known on 2016-11-01.
    assertThat(browser.findElement(By.id("tallies")).getText()).startsWith("No tally stated for Idlib whose period was over by 2016-11-01");
    // The demo holds four months, too few for a forecast; the page says so instead of drawing a band.
    assertThat(browser.findElement(By.id("forecast-reason")).getText()).startsWith("No forecast: ").contains("needs 12");
    screenshot("demo-timeline-as-of");
    open("#/timeline/Idlib?metric=killed&as_of=2016-11-01");
    waiting().until(d -> !d.findElements(By.cssSelector("#onset-answer .verdict")).isEmpty());
    assertThat(js.executeScript(chart + " return c.data.datasets[0].label;")).isEqualTo("killed");
    assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Has an offensive started in Idlib?");
  }

  @Test
  void anAnalystCorrectsAFigureFromTheIncidentPageAndSeesTheAuditEntry() throws IOException {
    Incident kafrNabl = store.incidents(IncidentFilter.all().region("Idlib").from(java.time.LocalDate.of(2016, 11, 16))
        .to(java.time.LocalDate.of(2016, 11, 16))).stream().filter(i -> i.placeName().orElse("").startsWith("Kafr"))
        .findFirst().orElseThrow();
    open("#/incident/" + kafrNabl.id());
    waiting().until(d -> !d.findElements(By.id("review")).isEmpty());
    new Select(browser.findElement(By.id("a-action"))).selectByValue("correct");
    new Select(browser.findElement(By.id("a-field"))).selectByValue("women");
    browser.findElement(By.id("a-value")).sendKeys("2");
    browser.findElement(By.id("a-reason")).sendKeys("the hospital's list names two women");
    browser.findElement(By.id("a-apply")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("#audit tbody tr")).isEmpty());
    String trail = browser.findElement(By.id("audit")).getText();
    assertThat(trail).contains("correct women").contains("the hospital's list names two women").contains("local");
    assertThat(store.audit(Optional.empty())).extracting(AuditEntry::reason).contains("the hospital's list names two women");
    ((JavascriptExecutor) browser).executeScript("document.getElementById('audit').scrollIntoView()");
    screenshot("demo-audit");
  }

  @Test
  void theMapOfTheDemoStoreShowsIdlib() throws IOException {
    open("#/?region=Idlib");
    waiting().until(d -> !d.findElements(By.cssSelector("#map .leaflet-interactive")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#incidents tbody tr"))).isNotEmpty();
    screenshot("demo-map");
  }

  @Test
  void aDistrictTypedInTheFilterListsItsIncidentsWithTheirDistrict() throws IOException {
    open("#/");
    browser.findElement(By.id("f-district")).sendKeys("Maarrat al-Numan");
    browser.findElement(By.id("f-apply")).click();
    waiting().until(d -> !d.findElements(By.id("region-found")).isEmpty());
    assertThat(browser.findElement(By.id("region-found")).getText()).isEqualTo("region: Ma‘arrat an Nu‘mān district, Idlib");
    var rows = browser.findElements(By.cssSelector("#incidents tbody tr"));
    assertThat(rows).isNotEmpty();
    for (var row : rows) {
      assertThat(row.findElement(By.cssSelector("td.district")).getText()).startsWith("Ma‘arrat an Nu‘mān");
    }
    // The typed district stays in its box; the governorate list is left alone.
    assertThat(browser.findElement(By.id("f-district")).getAttribute("value")).isEqualTo("Maarrat al-Numan");
    screenshot("demo-district");
    // An incident page says its district, marked when it is the nearest district seat's.
    String id = rows.get(0).getAttribute("data-id");
    open("#/incident/" + id);
    String place = browser.findElement(By.id("incident-title")).getText();
    assertThat(browser.findElement(By.id("incident-region")).getText()).isEqualTo(place.startsWith("Ma‘arrat an Nu‘mān")
        ? "district Ma‘arrat an Nu‘mān, Idlib" : "district Ma‘arrat an Nu‘mān (nearest district seat), Idlib");
  }
}
