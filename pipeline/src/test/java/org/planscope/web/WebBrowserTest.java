package org.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.planscope.Pipeline;
import org.planscope.json.PlanJson;
import org.planscope.testing.Corpus;
import org.planscope.testing.HangGuard;
import org.planscope.testing.Required;

/**
 * The page in a real browser (Debian's headless Chromium through chromium-driver), checked for
 * what a person sees: upload → plan view with its source → plans → search → compare → audit.
 *
 * <p>Each test is skipped, with the reason, when {@code /usr/bin/chromium} is absent on a
 * developer machine; it fails when it is absent under {@code CI=true} (where {@code .ci/run}
 * installs it). With {@code -Dplanscope.screenshots=DIR}
 * each test leaves a PNG of what it saw in DIR.
 */
class WebBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String EVIL_TITLE =
      "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">鹿寨县妇女发展规划";

  @TempDir static Path profile;
  @TempDir static Path shippedData;
  @TempDir static Path stubData;
  static WebDriver driver;
  static WebServer shipped;
  static WebServer stubbed;
  static Backends shippedBackends;
  static final List<Map<String, String>> searchParams = new CopyOnWriteArrayList<>();
  /** Kept so the level holds: Selenium warns that it has no CDP bindings, which it does not need. */
  static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  @BeforeAll
  static void start() throws Exception {
    if (!browserPresent()) {
      return; // each test then reports itself skipped (or failed under CI), with the reason
    }
    // What `planscope serve` runs, over an empty data folder.
    shippedBackends = BackendWiring.forData(shippedData);
    shipped = WebServer.start(WebConfig.local(0, shippedData, shippedBackends));
    // Stand-ins that answer with the documented shapes, hostile strings included.
    stubbed = WebServer.start(WebConfig.local(0, stubData, new Backends(
        params -> {
          searchParams.add(params);
          return Fixtures.SEARCH;
        },
        params -> Fixtures.COMPARE,
        params -> Fixtures.AUDIT,
        PlanListener.NONE)));
    writeEvilPlan(stubData.resolve("plans"));

    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()) // never Selenium Manager: no downloads
        .usingAnyFreePort()
        .withTimeout(HangGuard.LIMIT) // start-up on a loaded machine: only a hang should fail it
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    driver = new ChromeDriver(service, options);
  }

  static boolean browserPresent() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
  }

  /**
   * Checked before every test rather than once for the class: a class-level skip shows in the
   * Surefire report as "Tests run: 0", which hides that nothing ran.
   */
  @BeforeEach
  void needsTheBrowser() {
    Required.require(browserPresent(), "no " + CHROMIUM + " / " + DRIVER
        + ": apt-get install chromium chromium-driver to run the browser test");
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (shipped != null) {
      shipped.close();
    }
    if (stubbed != null) {
      stubbed.close();
    }
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(driver, HangGuard.LIMIT, Duration.ofMillis(100));
  }

  static WebElement visible(String css) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  static List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  static void waitForText(String css, String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  static void submit(String inputCss, String text) {
    WebElement input = visible(inputCss);
    input.clear();
    input.sendKeys(text);
    input.submit();
  }

  @Test
  void uploadAPlanSeeItThenSearchCompareAndAuditAsShipped() {
    Path file = Corpus.files().get(0);
    driver.get(shipped.url() + "#/upload");
    waitForText("#upload-limits", ".docx");
    driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.id("upload-button")).click();

    // The new plan is shown at once: title, domains, goals and measures.
    waitForText("#plan-title", "鹿寨县妇女发展规划");
    assertTrue(visible("#view-plan").isDisplayed());
    assertTrue(driver.getCurrentUrl().contains("#/plan/000_45ac20729b4d0109-"), driver.getCurrentUrl());
    List<WebElement> domains = all("#plan-outline .domain:not(.extra)");
    assertEquals(8, domains.size());
    assertEquals("妇女与健康", domains.get(0).findElement(By.tagName("h3")).getText());
    assertTrue(domains.get(0).findElements(By.cssSelector("ol.goals > li.item")).size() >= 5);
    assertTrue(domains.get(0).findElements(By.cssSelector("ol.measures > li.item")).size() >= 5);
    assertTrue(driver.findElement(By.id("plan-meta")).getText().contains("鹿寨县"));

    // A goal opens its span in the source text, highlighted.
    WebElement goal = domains.get(0).findElement(By.cssSelector("ol.goals > li.item .item-link"));
    String label = goal.getText();
    goal.click();
    WebElement mark = visible("#plan-source mark#source-mark");
    String title = label.substring(label.indexOf(' ') + 1);
    assertTrue(mark.getText().startsWith(title), mark.getText() + " / " + label);
    assertTrue(driver.findElement(By.id("plan-source")).getText().length() > 10_000);
    waitForText("#source-status", "Characters ");

    // It is in the plan list.
    driver.findElement(By.id("tab-plans")).click();
    waitForText("#plans-table tbody", "鹿寨县妇女发展规划");
    assertEquals(1, all("#plans-table tbody tr.plan-row").size());
    assertEquals("8", all("#plans-table tbody tr.plan-row td").get(4).getText());

    driver.findElement(By.id("tab-search")).click();
    submit("#search-q", "孕产妇死亡率");
    // The upload was indexed at once: the real index answers.
    assertTrue(shippedBackends.searchAvailable() && shippedBackends.compareAvailable()
        && shippedBackends.auditAvailable(), "serve wires the real backends");
    waitForText("#search-status", " for “孕产妇死亡率”");
    assertFalse(all("#search-results .group").isEmpty(), "the uploaded plan is found");
    assertTrue(driver.findElement(By.id("search-results")).getText().contains("鹿寨县"));
    assertFalse(all("#search-results .hit mark").isEmpty(), "matches are highlighted");
    assertFalse(all("#search-facets fieldset[data-facet=region] .facet-value").isEmpty());

    driver.findElement(By.id("tab-compare")).click();
    submit("#compare-indicator", "孕产妇死亡率");
    visible("#compare-table tbody tr.compare-row");
    assertTrue(driver.findElement(By.id("compare-table")).getText().contains("鹿寨县"));
    assertTrue(driver.findElement(By.id("compare-table")).getText().contains("12"),
        "鹿寨县's 孕产妇死亡率 target ≤ 12/10万 is shown");
    assertFalse(all("#compare-chart svg rect.bar").isEmpty(), "a bar per numeric target");

    driver.findElement(By.id("tab-audit")).click();
    waitForText("#audit-summary", "finding");
    assertFalse(all("#audit-table tbody tr.finding").isEmpty(), "the uploaded plan has findings");
    for (WebElement row : all("#audit-table tbody tr.finding")) {
      assertFalse(row.findElements(By.tagName("td")).get(3).getText().isEmpty(), "a rule per finding");
    }
    assertTrue(driver.findElement(By.id("audit-table")).getText().contains("MISSING_VALUE"));
    assertNoInjectedCode();
  }

  @Test
  void documentTextIsShownAsTextNeverRunAsCode() {
    driver.get(stubbed.url() + "#/plans");
    WebElement link = visible("#plans-table a.plan-link");
    assertEquals(EVIL_TITLE, link.getText());
    assertTrue(all("#plans-table img").isEmpty());
    link.click();
    waitForText("#plan-title", "鹿寨县妇女发展规划");
    assertEquals(EVIL_TITLE, driver.findElement(By.id("plan-title")).getText());
    assertNoInjectedCode();
  }

  @Test
  void searchShowsGroupsHighlightsAndFacetsAndFiltersByAFacet() {
    driver.get(stubbed.url() + "#/search");
    submit("#search-q", "孕产妇<b>死亡率</b>");
    waitForText("#search-status", "3 hits for “孕产妇<b>死亡率</b>”");
    List<WebElement> groups = all("#search-results .group");
    assertEquals(2, groups.size());
    assertTrue(groups.get(0).findElement(By.tagName("h3")).getText().startsWith("鹿寨县"));
    assertEquals(2, groups.get(0).findElements(By.cssSelector(".hit")).size());
    WebElement hit = groups.get(0).findElement(By.cssSelector(".hit"));
    assertEquals("孕产妇死亡率", hit.findElement(By.cssSelector(".snippet mark")).getText());
    assertTrue(hit.findElement(By.cssSelector(".snippet")).getText().contains("<b>12/10万</b>"));
    assertTrue(all("#search-results b").isEmpty(), "markup in a hit stays text");
    assertEquals("孕产妇死亡率 ≤ 12 1/10万 (2030)", hit.findElement(By.cssSelector(".targets li")).getText());
    assertTrue(hit.findElement(By.cssSelector("a.hit-title")).getAttribute("href")
        .endsWith("#/plan/000_45ac20729b4d0109?span=2538,2581"));
    assertEquals(4, all("#search-facets fieldset").size());

    WebElement region = visible("#search-facets fieldset[data-facet=region] .facet-value");
    assertTrue(region.getText().startsWith("鹿寨县"), region.getText());
    region.click();
    waitForText("#search-facets fieldset[data-facet=region] .facet-value.active", "鹿寨县");
    Map<String, String> last = searchParams.get(searchParams.size() - 1);
    assertEquals("鹿寨县", last.get("region"));
    assertEquals("孕产妇<b>死亡率</b>", last.get("q"));
    assertNoInjectedCode();
  }

  @Test
  void compareShowsARegionTableAndABarPerNumericTarget() {
    driver.get(stubbed.url() + "#/compare");
    submit("#compare-indicator", "孕产妇死亡率");
    waitForText("#compare-status", "4 targets in 4 regions");
    List<WebElement> rows = all("#compare-table tbody tr.compare-row");
    assertEquals(4, rows.size());
    assertEquals("鹿寨县", rows.get(0).findElement(By.tagName("th")).getText());
    assertEquals("≤ 12 1/10万 (2030)", rows.get(0).findElement(By.tagName("td")).getText());
    assertEquals("= 1:3", rows.get(3).findElement(By.tagName("td")).getText());
    List<WebElement> bars = all("#compare-chart svg rect.bar");
    assertEquals(3, bars.size(), "a ratio has no bar");
    double w0 = Double.parseDouble(bars.get(0).getAttribute("width"));
    double w1 = Double.parseDouble(bars.get(1).getAttribute("width"));
    assertTrue(w1 > w0 * 1.5 && w1 < w0 * 2.5, "bars are proportional: " + w0 + " / " + w1);
    assertTrue(driver.findElement(By.id("compare-chart")).getText().contains("<i>清远市</i>"));
    assertNoInjectedCode();
  }

  @Test
  void auditShowsTheFindingsTable() {
    driver.get(stubbed.url() + "#/audit");
    waitForText("#audit-summary", "2 findings: 1 error, 1 warning");
    List<WebElement> rows = all("#audit-table tbody tr.finding");
    assertEquals(2, rows.size());
    List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
    assertEquals("missing-target-value", cells.get(3).getText());
    assertEquals("severity-error", cells.get(4).getAttribute("class"));
    assertEquals("<script>alert(1)</script>未设定目标值", cells.get(5).getText());
    assertNoInjectedCode();
  }

  @Test
  void anUnsupportedFileIsRefusedWithAMessage(@TempDir Path tmp) throws Exception {
    Path json = Files.writeString(tmp.resolve("plan.json"), "{}");
    driver.get(stubbed.url() + "#/upload");
    waitForText("#upload-limits", ".docx");
    driver.findElement(By.id("upload-file")).sendKeys(json.toString());
    driver.findElement(By.id("upload-button")).click();
    waitForText("#upload-status .error", "unsupported file type .json");
    shot();
  }

  /** A screenshot named after the calling test, when screenshots are asked for. */
  static void shot() {
    String dir = System.getProperty("planscope.screenshots");
    if (dir == null) {
      return;
    }
    String test = StackWalker.getInstance().walk(s -> s.map(StackWalker.StackFrame::getMethodName)
        .filter(n -> !n.equals("shot") && !n.equals("assertNoInjectedCode")).findFirst().orElse("page"));
    try {
      Path out = Files.createDirectories(Path.of(dir)).resolve(test + ".png");
      Files.write(out, ((org.openqa.selenium.TakesScreenshot) driver)
          .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Nothing from the data ran: only our own script is in the page. */
  static void assertNoInjectedCode() {
    shot();
    assertEquals(null, js("return window.__pwned === undefined ? null : String(window.__pwned)"));
    assertEquals(1L, js("return document.scripts.length"));
    assertEquals(0L, js("return document.querySelectorAll('main img, main script').length"));
  }

  static void writeEvilPlan(Path plans) throws Exception {
    Files.createDirectories(plans);
    ObjectMapper m = new ObjectMapper();
    ObjectNode plan = PlanJson.toTree(new Pipeline().run(Corpus.files().get(0)));
    plan.put("title", EVIL_TITLE);
    Files.writeString(plans.resolve("evil.json"), m.writeValueAsString(plan));
  }

  /** Backend answers in the shapes documented on the service interfaces. */
  static final class Fixtures {
    static final String SEARCH = """
        {"total": 3,
         "facets": {"region": {"鹿寨县": 2, "清远市": 1}, "domain": {"妇女与健康": 3},
                    "kind": {"goal": 2, "measure": 1}, "unit": {"卫生健康局": 1}},
         "groups": [
           {"region": "鹿寨县", "hits": [
             {"planId": "000_45ac20729b4d0109", "title": "鹿寨县妇女发展规划", "domain": "妇女与健康",
              "kind": "goal", "number": "2.", "text": "孕产妇死亡率控制在<b>12/10万</b>以下",
              "highlight": "«孕产妇死亡率»控制在<b>12/10万</b>以下",
              "targets": [{"indicator": "孕产妇死亡率", "op": "<=", "value": 12, "unit": "1/10万", "year": 2030}],
              "span": [2538, 2581]},
             {"planId": "000_45ac20729b4d0109", "title": "鹿寨县妇女发展规划", "domain": "妇女与健康",
              "kind": "measure", "number": "3.", "text": "降低«孕产妇»死亡率", "highlight": "降低«孕产妇死亡率»",
              "targets": []}]},
           {"region": "清远市", "hits": [
             {"planId": "002_0c1943d3f0fd6db3", "title": "清远市妇女发展规划", "domain": "妇女与健康",
              "kind": "goal", "number": "（二）", "text": "x", "highlight": "«孕产妇死亡率»<img src=x onerror=\\"window.__pwned=3\\">",
              "targets": ["孕产妇死亡率 ≤ 10/10万"]}]}]}
        """;
    static final String COMPARE = """
        {"indicator": "孕产妇死亡率",
         "rows": [
           {"region": "鹿寨县", "plan": "000_45ac20729b4d0109", "value": 12, "op": "<=", "unit": "1/10万", "year": 2030, "goal": "控制在12/10万以下"},
           {"region": "<i>清远市</i>", "plan": "002_0c1943d3f0fd6db3", "value": 24, "op": "<=", "unit": "1/10万", "year": null, "goal": "x"},
           {"region": "岢岚县", "plan": "003_5207edff3c6eb359", "value": 15, "op": "<=", "unit": "1/10万", "year": 2025, "goal": "y"},
           {"region": "阿巴嘎旗", "plan": "004_0148cfe3e5268b33", "value": "1:3", "op": "=", "unit": "ratio", "year": null, "goal": "z"}]}
        """;
    static final String AUDIT = """
        {"findings": [
          {"plan": "000_45ac20729b4d0109", "domain": "妇女与健康", "goal": "2. 孕产妇死亡率…", "rule": "missing-target-value",
           "severity": "error", "evidence": "<script>alert(1)</script>未设定目标值", "suggestion": "写明目标值", "span": [2538, 2581]},
          {"plan": "002_0c1943d3f0fd6db3", "domain": "妇女与教育", "goal": "（一）", "rule": "no-lead-unit",
           "severity": "warning", "evidence": "无牵头单位", "suggestion": "写明牵头单位"}]}
        """;

    private Fixtures() {}
  }
}
