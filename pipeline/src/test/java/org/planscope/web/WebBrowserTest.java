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
  @TempDir static Path downloads;
  @TempDir static Path monitorData;
  static WebDriver driver;
  static WebServer monitored;
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
    // The 监测 tab over the monitoring fixture: a plan of 鹿寨县 and invented actuals.
    Path fx = monitorData.resolve("fx-luzhai.txt");
    Files.writeString(fx, Corpus.resource("/monitor/fx-luzhai.txt"));
    Files.createDirectories(monitorData.resolve("plans"));
    Files.writeString(monitorData.resolve("plans/fx-luzhai.json"),
        PlanJson.pretty(new Pipeline().run(fx)));
    Path actuals = monitorData.resolve("actuals-fx.csv");
    Files.writeString(actuals, Corpus.resource("/monitor/actuals-fx.csv"));
    monitored = WebServer.start(WebConfig.local(0, monitorData, new Backends(
        params -> Fixtures.SEARCH, params -> Fixtures.COMPARE, params -> Fixtures.AUDIT,
        PlanListener.NONE)).withActuals(actuals));

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
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false));
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
    if (monitored != null) {
      monitored.close();
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
  void uploadAPlanSeeItThenSearchCompareAndAuditAsShipped() throws Exception {
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
    waitForText("#source-status", "原文第 ");

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
    waitForText("#search-status", "“孕产妇死亡率”共 ");
    assertFalse(all("#search-results .group").isEmpty(), "the uploaded plan is found");
    assertTrue(driver.findElement(By.id("search-results")).getText().contains("鹿寨县"));
    assertFalse(all("#search-results .hit mark").isEmpty(), "matches are highlighted");
    assertFalse(all("#search-facets fieldset[data-facet=region] .facet-value").isEmpty());

    // The second page of a broad search.
    submit("#search-q", "妇女");
    waitForText("#search-status", "条结果，第 1–20 条");
    String firstOnPage1 = visible("#search-results .hit .snippet").getText();
    visible("#search-next").click();
    waitForText("#search-status", "条结果，第 21–40 条");
    waitForText("#search-page", "第 2 页");
    assertTrue(driver.getCurrentUrl().contains("offset=20"), driver.getCurrentUrl());
    assertFalse(firstOnPage1.equals(visible("#search-results .hit .snippet").getText()), "another page");

    driver.findElement(By.id("tab-compare")).click();
    submit("#compare-indicator", "孕产妇死亡率");
    visible("#compare-table tbody tr.compare-row");
    String table = driver.findElement(By.id("compare-table")).getText();
    assertTrue(table.contains("鹿寨县"), table);
    assertTrue(table.contains("≤ 12/10万"), "鹿寨县's 孕产妇死亡率 target as the plan writes it: " + table);
    assertFalse(table.contains("1/10万"), table);
    assertFalse(all("#compare-chart svg rect.bar").isEmpty(), "a bar per numeric target");
    assertEquals(1, all("#compare-chart svg line.reference").size(), "the national target");
    assertTrue(driver.findElement(By.id("compare-chart")).getText().contains("国家目标 ≤ 12/10万"));

    // The Excel download, read back: a header, then the numbers as numbers.
    visible("#compare-download").click();
    // Chrome reserves the name with an empty file and writes to a .crdownload beside it: the
    // download is there when no .crdownload is left and the workbook reads whole
    byte[] xlsx = waiting().until(d -> {
      try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
        List<Path> all = files.toList();
        if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
          return null;
        }
        Path done = all.stream().filter(f -> f.getFileName().toString().endsWith(".xlsx"))
            .findFirst().orElse(null);
        if (done == null) {
          return null;
        }
        byte[] bytes = Files.readAllBytes(done);
        try (var check = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(bytes))) {
          return bytes;
        }
      } catch (java.io.IOException | RuntimeException e) {
        return null; // not written yet
      }
    });
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = wb.getSheetAt(0);
      assertEquals("地区", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("鹿寨县", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals("2030年 ≤ 12/10万", sheet.getRow(1).getCell(4).getStringCellValue());
      assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(1).getCell(6).getCellType());
      assertEquals(12.0, sheet.getRow(1).getCell(6).getNumericCellValue());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header stays in view");
    }

    driver.findElement(By.id("tab-audit")).click();
    waitForText("#audit-summary", "条问题");
    assertFalse(all("#audit-table tbody tr.finding").isEmpty(), "the uploaded plan has findings");
    for (WebElement row : all("#audit-table tbody tr.finding")) {
      assertFalse(row.findElements(By.tagName("td")).get(3).getText().isEmpty(), "a rule per finding");
    }
    assertTrue(driver.findElement(By.id("audit-table")).getText().contains("缺少目标值"));
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
    waitForText("#search-status", "“孕产妇<b>死亡率</b>”共 3 条结果，第 1–3 条");
    List<WebElement> groups = all("#search-results .group");
    assertEquals(2, groups.size());
    assertTrue(groups.get(0).findElement(By.tagName("h3")).getText().startsWith("鹿寨县"));
    assertEquals(2, groups.get(0).findElements(By.cssSelector(".hit")).size());
    WebElement hit = groups.get(0).findElement(By.cssSelector(".hit"));
    assertEquals("孕产妇死亡率", hit.findElement(By.cssSelector(".snippet mark")).getText());
    assertTrue(hit.findElement(By.cssSelector(".snippet")).getText().contains("<b>12/10万</b>"));
    assertTrue(all("#search-results b").isEmpty(), "markup in a hit stays text");
    // no display string from the server: the page's formatter follows the same rules
    assertEquals("孕产妇死亡率 2030年 ≤ 12/10万", hit.findElement(By.cssSelector(".targets li")).getText());
    assertEquals("[目标值 · 妇女与健康] 2.", hit.findElement(By.cssSelector("a.hit-title")).getText());
    assertTrue(hit.findElement(By.cssSelector("a.hit-title")).getAttribute("href")
        .endsWith("#/plan/000_45ac20729b4d0109"));
    assertEquals("地区按“鹿寨县”筛选（输入：鹿寨）", visible("#search-notes li").getText());
    assertTrue(visible("#search-download").getAttribute("href").contains("/api/search.xlsx?"));
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
    waitForText("#compare-status", "5 个地区，5 条目标值");
    List<WebElement> rows = all("#compare-table tbody tr.compare-row");
    assertEquals(5, rows.size());
    assertEquals("鹿寨县", rows.get(0).findElement(By.tagName("th")).getText());
    assertEquals("2030年 ≤ 12/10万", rows.get(0).findElement(By.tagName("td")).getText());
    assertEquals("≤ 24/10万", rows.get(1).findElement(By.tagName("td")).getText());
    assertEquals("= 1:3", rows.get(3).findElement(By.tagName("td")).getText());
    assertEquals("未量化", rows.get(4).findElement(By.cssSelector("td .unquantified")).getText());
    List<WebElement> bars = all("#compare-chart svg rect.bar");
    assertEquals(3, bars.size(), "a ratio and an unquantified row have no bar");
    double w0 = Double.parseDouble(bars.get(0).getAttribute("width"));
    double w2 = Double.parseDouble(bars.get(2).getAttribute("width"));
    assertEquals("12", bars.get(0).getAttribute("data-value"), "smallest first");
    assertEquals("24", bars.get(2).getAttribute("data-value"));
    assertTrue(w2 > w0 * 1.5 && w2 < w0 * 2.5, "bars are proportional: " + w0 + " / " + w2);
    assertEquals(1, all("#compare-chart svg line.reference").size());
    assertTrue(driver.findElement(By.id("compare-chart")).getText().contains("国家目标 ≤ 12/10万"));
    assertTrue(driver.findElement(By.id("compare-chart")).getText().contains("<i>清远市</i>"));
    assertNoInjectedCode();
  }

  @Test
  void auditShowsTheFindingsTable() {
    driver.get(stubbed.url() + "#/audit");
    waitForText("#audit-summary", "共 2 条问题：error 1，warning 1");
    assertTrue(visible("#audit-download").getAttribute("href").contains("/api/audit.xlsx?"));
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
    waitForText("#upload-files .error", "不支持的文件类型 .json");
    shot();
  }

  @Test
  void everyTabIsChineseAndEnglishOnRequest() {
    driver.get(stubbed.url() + "#/search");
    visible("#search-q");
    assertEquals("zh-CN", js("return document.documentElement.lang"));
    for (String view : List.of("search", "plans", "compare", "audit", "monitor", "upload")) {
      driver.findElement(By.id("tab-" + view)).click();
      visible("#view-" + view);
      String tab = driver.findElement(By.id("tab-" + view)).getText();
      assertTrue(tab.matches("\\p{IsHan}+"), view + ": " + tab);
      String labels = (String) js("return [...document.querySelectorAll('#view-" + view
          + " [data-i18n]')].filter(e => e.offsetParent !== null).map(e => e.textContent).join('|')");
      assertTrue(labels.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          view + " has a Chinese label: " + labels);
    }
    visible("#lang-switch").click();
    waitForText("#tab-search", "Search");
    assertEquals("en", js("return document.documentElement.lang"));
    assertEquals("Upload", driver.findElement(By.id("tab-upload")).getText());
    visible("#lang-switch").click();
    waitForText("#tab-search", "检索");
    shot();
  }

  @Test
  void monitorTabShowsTheStatusesAndALineChartPerIndicator() {
    driver.get(monitored.url() + "#/monitor");
    waitForText("#monitor-summary", "6 个目标有实际值：已达标 2，按趋势可达标 2，滞后 1，数据不足 1");
    WebElement region = visible("#monitor-regions section.monitor-region[data-region='鹿寨县']");
    WebElement row = region.findElements(By.cssSelector("table.monitor-table tbody tr")).get(1);
    assertEquals("适龄妇女宫颈癌人群筛查率", row.findElements(By.tagName("td")).get(0).getText());
    WebElement status = row.findElement(By.cssSelector("td.monitor-status"));
    assertEquals("滞后", status.getText());
    assertEquals("BEHIND", status.getAttribute("data-status"));
    // one chart per indicator of the region; 村委会 rises over three years towards its 30% line
    assertEquals(6, region.findElements(By.cssSelector("svg.monitor-chart")).size());
    WebElement chart = region.findElement(
        By.cssSelector("svg.monitor-chart[data-indicator='female_share_village_committee']"));
    assertTrue(chart.isDisplayed());
    assertEquals(3, chart.findElements(By.cssSelector("circle.actual-point")).size());
    assertEquals(3L, js("return document.querySelector(\"svg.monitor-chart[data-indicator="
        + "'female_share_village_committee'] polyline.actual\").points.numberOfItems"));
    WebElement line = chart.findElement(By.cssSelector("line.target-line"));
    assertEquals("ON_TRACK", line.getAttribute("data-status"));
    assertEquals("2030年 ≥ 30%", chart.findElement(By.cssSelector("text.target-label")).getText());
    // the rising line ends below the target line (a larger y is lower on the page)
    double lastY = Double.parseDouble((String) js("const c = document.querySelectorAll(\"svg.monitor-chart"
        + "[data-indicator='female_share_village_committee'] circle.actual-point\"); return c[2].getAttribute('cy')"));
    assertTrue(lastY > Double.parseDouble(line.getAttribute("y1")), lastY + " / " + line.getAttribute("y1"));
    waitForText("#monitor-issue-list", "地区“阳朔县”没有已入库的规划");
    assertEquals(6, all("#monitor-issue-list li").size());
    assertEquals("已达标", driver.findElement(By.cssSelector("#monitor-by-indicator tbody tr td.monitor-status")).getText());
    shot();
  }

  @Test
  void fourHundredPixelsWideHasNoHorizontalScroll() {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 400, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    try {
      String[][] pages = {{"#/search?q=%E5%AD%95%E4%BA%A7%E5%A6%87", "#search-results .hit"},
          {"#/plans", "#plans-table tbody tr"}, {"#/compare?indicator=%E5%AD%95%E4%BA%A7%E5%A6%87%E6%AD%BB%E4%BA%A1%E7%8E%87",
          "#compare-table tbody tr"}, {"#/audit", "#audit-table tbody tr"}, {"#/upload", "#upload-form"}};
      for (String[] p : pages) {
        driver.get(stubbed.url() + p[0]);
        visible(p[1]);
        assertEquals(400L, js("return window.innerWidth"));
        long scroll = (Long) js("return document.documentElement.scrollWidth");
        assertTrue(scroll <= 400, p[0] + " is " + scroll + " px wide at 400 px");
        shot();
      }
      // the tabs wrap rather than overflow
      assertTrue((Long) js("return document.getElementById('tabs').scrollWidth") <= 400);
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
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
    assertEquals("/monitor.js /app.js", js("return [...document.scripts].map(s => new URL(s.src).pathname).join(' ')"));
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
        {"query": "孕产妇死亡率", "total": 3, "offset": 0, "millis": 1.0,
         "notes": ["地区按“鹿寨县”筛选（输入：鹿寨）"], "suggestions": [],
         "facets": {"region": [{"value": "鹿寨县", "count": 2}, {"value": "清远市", "count": 1}],
                    "domain": [{"value": "妇女与健康", "count": 3}],
                    "kind": [{"value": "goal", "count": 2}, {"value": "measure", "count": 1}],
                    "unit": [{"value": "卫生健康局", "count": 1}]},
         "hits": [
           {"rank": 1, "plan": "000_45ac20729b4d0109", "title": "鹿寨县妇女发展规划",
            "region": {"name": "鹿寨县", "level": "县", "province": "广西壮族自治区", "city": "柳州市"},
            "domain": "妇女与健康", "kind": "target", "number": "2.", "text": "孕产妇死亡率控制在<b>12/10万</b>以下",
            "snippet": "«孕产妇死亡率»控制在<b>12/10万</b>以下", "highlights": [[0, 6]],
            "lead": [], "responsible": [], "departments": [],
            "target": {"indicator": "孕产妇死亡率", "op": "<=", "value": 12, "unit": "1/10万", "year": 2030}},
           {"rank": 2, "plan": "000_45ac20729b4d0109", "title": "鹿寨县妇女发展规划",
            "region": {"name": "鹿寨县"}, "domain": "妇女与健康", "kind": "measure", "number": "3.",
            "text": "降低«孕产妇»死亡率", "snippet": "降低«孕产妇死亡率»", "lead": ["县卫生健康局"]},
           {"rank": 3, "plan": "002_0c1943d3f0fd6db3", "title": "清远市妇女发展规划",
            "region": {"name": "清远市"}, "domain": "妇女与健康", "kind": "goal", "number": "（二）", "text": "x",
            "snippet": "«孕产妇死亡率»<img src=x onerror=\\"window.__pwned=3\\">"}]}
        """;
    static final String COMPARE = """
        {"indicator": "孕产妇死亡率", "catalogueName": "孕产妇死亡率",
         "reference": {"op": "<=", "value": 12, "unit": "1/10万", "source": "W", "display": "≤ 12/10万"},
         "suggestions": [],
         "rows": [
           {"region": "鹿寨县", "plan": "000_45ac20729b4d0109", "value": 12, "op": "<=", "unit": "1/10万", "year": 2030, "goal": "控制在12/10万以下"},
           {"region": "<i>清远市</i>", "plan": "002_0c1943d3f0fd6db3", "value": 24, "op": "<=", "unit": "1/10万", "year": null, "goal": "x"},
           {"region": "岢岚县", "plan": "003_5207edff3c6eb359", "value": 15, "op": "<=", "unit": "1/10万", "year": 2025, "goal": "y"},
           {"region": "阿巴嘎旗", "plan": "004_0148cfe3e5268b33", "value": "1:3", "op": "=", "unit": "ratio", "year": null, "goal": "z"},
           {"region": "五寨县", "plan": "005_aa", "value": null, "op": null, "unit": null, "year": null, "goal": "降低孕产妇死亡率", "display": "未量化"}]}
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
