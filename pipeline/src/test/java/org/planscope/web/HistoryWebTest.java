package org.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.planscope.testing.Cli;
import org.planscope.testing.HangGuard;
import org.planscope.testing.Required;

/**
 * {@code /api/history} and {@code /api/compare?tree=1|period=} over the backends {@code serve}
 * runs, on the five fixture plans of {@code history/}; then the 沿革 tab and the tree in a browser
 * when Chromium is installed.
 */
class HistoryWebTest {
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(HangGuard.LIMIT).build();
  @TempDir static Path tmp;
  static WebServer server;

  @BeforeAll
  static void start() throws Exception {
    Path in = Path.of(HistoryWebTest.class.getResource("/history").toURI());
    Path data = tmp.resolve("data");
    Cli.Result r = Cli.run("ingest", in.toString(), "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    server = WebServer.start(WebConfig.local(0, data, BackendWiring.forData(data)));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  record Reply(int status, String body) {
    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(body);
    }
  }

  static Reply get(String path, String... params) throws Exception {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < params.length; i += 2) {
      q.append(i == 0 ? "?" : "&").append(params[i]).append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> res = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path + q)).timeout(HangGuard.LIMIT)
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(res.statusCode(), res.body());
  }

  @Test
  void historyAnswersWhatTheCommandPrintsAsJson() throws Exception {
    Reply r = get("/api/history", "region", "柳城");
    assertEquals(200, r.status(), r.body());
    assertEquals(Cli.run("history", "柳城", "--json", "--data", tmp.resolve("data").toString())
        .out().strip(), r.body().strip());
    JsonNode changes = r.json().get("series").get(0).get("steps").get(0).get("changes");
    assertEquals("relaxed", changes.get(1).get("change").asText());
    Reply en = get("/api/history", "region", "柳城县", "indicator", "宫颈癌筛查率", "lang", "en");
    assertEquals(1, en.json().get("series").get(0).get("steps").get(0).get("changes").size());
    assertEquals("relaxed", en.json().get("series").get(0).get("steps").get(0).get("changes")
        .get(0).get("changeName").asText());
    Reply missing = get("/api/history");
    assertEquals(400, missing.status());
    assertEquals("missing parameter region", missing.json().get("error").asText());
    Reply unknown = get("/api/history", "region", "鹿寨县");
    assertEquals(404, unknown.status());
    assertEquals("没有“鹿寨县”的规划。有多个时期规划的地区：柳城县",
        unknown.json().get("error").asText());
  }

  @Test
  void compareAnswersTheNewestPlanAPeriodOrTheTree() throws Exception {
    JsonNode newest = get("/api/compare", "indicator", "孕产妇死亡率").json();
    assertEquals(4, newest.get("rows").size());
    JsonNode older = get("/api/compare", "indicator", "孕产妇死亡率", "period", "2011-2020").json();
    assertEquals(1, older.get("rows").size());
    assertEquals("2020年 ≤ 20/10万", older.get("rows").get(0).get("display").asText());
    assertEquals(5, get("/api/compare", "indicator", "孕产妇死亡率", "all", "1").json()
        .get("rows").size());
    assertEquals(400, get("/api/compare", "indicator", "孕产妇死亡率", "period", "明年").status());
    JsonNode tree = get("/api/compare", "indicator", "孕产妇死亡率", "tree", "1").json();
    JsonNode county = tree.get("tree").get("children").get(0).get("children").get(0)
        .get("children").get(0);
    assertEquals("柳城县", county.get("name").asText());
    assertEquals("柳州市", county.get("values").get(0).get("looser").get("than").asText());
  }

  @Test
  void theHistoryTabAndTheTreeInTheBrowser(@TempDir Path profile) {
    Path chromium = Path.of("/usr/bin/chromium");
    Path driverPath = Path.of("/usr/bin/chromedriver");
    Required.require(java.nio.file.Files.isExecutable(chromium)
        && java.nio.file.Files.isExecutable(driverPath),
        "no " + chromium + " / " + driverPath + ": apt-get install chromium chromium-driver");
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driverPath.toFile()).usingAnyFreePort()
        .withTimeout(HangGuard.LIMIT).withLogOutput(OutputStream.nullOutputStream()).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      WebDriverWait wait = new WebDriverWait(driver, HangGuard.LIMIT, Duration.ofMillis(100));
      driver.get(server.url() + "#/search");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tab-history"))).click();
      WebElement region = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.id("history-region")));
      region.sendKeys("柳城");
      region.submit();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("#history-results h4"), "2011—2020年 → 2021—2030年"));
      List<WebElement> rows = driver.findElements(By.cssSelector("#history-results tbody tr"));
      assertEquals(5, rows.size());
      List<WebElement> first = rows.get(0).findElements(By.tagName("td"));
      assertEquals("孕产妇死亡率|提高|2020年 ≤ 20/10万|2030年 ≤ 15/10万", String.join("|",
          first.subList(0, 4).stream().map(WebElement::getText).toList()));
      assertEquals("控制在20", first.get(4).findElement(By.tagName("del")).getText());
      assertEquals(List.of("下降到15", "，城乡差距缩小"), first.get(5)
          .findElements(By.tagName("ins")).stream().map(WebElement::getText).toList());
      assertEquals("change-dropped", rows.get(4).getAttribute("class"));

      driver.get(server.url() + "#/compare?indicator=孕产妇死亡率&tree=1");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("#compare-tree-view .looser"), "宽于柳州市"));
      assertEquals("▲ 宽于柳州市（2030年 ≤ 12/10万）",
          driver.findElement(By.cssSelector("#compare-tree-view .looser")).getText());
      assertEquals(true, driver.findElement(By.id("compare-tree")).isSelected());
    } finally {
      driver.quit();
    }
  }
}
