package org.planscope.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Cli;
import org.planscope.testing.Corpus;

/** {@code planscope monitor} on the fixture plan: JSON, Excel, the printable HTML, exit codes. */
class MonitorCliTest {
  @TempDir static Path tmp;
  static Path data;
  static Path actuals;

  @BeforeAll
  static void ingest() throws Exception {
    Path text = tmp.resolve("fx-luzhai.txt");
    Files.writeString(text, Corpus.resource("/monitor/fx-luzhai.txt"), StandardCharsets.UTF_8);
    actuals = tmp.resolve("actuals-fx.csv");
    Files.writeString(actuals, Corpus.resource("/monitor/actuals-fx.csv"), StandardCharsets.UTF_8);
    data = tmp.resolve("data");
    Cli.Result r = Cli.run("extract", "--out", data.resolve("plans").toString(), text.toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void writesJsonExcelAndAPrintablePageWithACharts() throws Exception {
    Path xlsx = tmp.resolve("out/监测.xlsx");
    Path html = tmp.resolve("out/监测.html");
    Cli.Result r = Cli.run("monitor", "--actuals", actuals.toString(), "--data", data.toString(),
        "--json", "--xlsx", xlsx.toString(), "--html", html.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("{\"MET\":2,\"ON_TRACK\":2,\"BEHIND\":1,\"INSUFFICIENT\":1}",
        j.path("summary").path("byStatus").toString());
    JsonNode hiv = j.path("evaluations").get(3);
    assertEquals("艾滋病母婴传播率 0.75 ON_TRACK 按趋势可达标 2023 0.8", hiv.path("indicator").asText()
        + " " + hiv.path("threshold").asText() + " " + hiv.path("status").asText() + " "
        + hiv.path("statusName").asText() + " " + hiv.path("latest").path("year").asText() + " "
        + hiv.path("latest").path("value").asText());
    assertEquals(6, j.path("issues").size());
    assertEquals("refused", j.path("issues").get(3).path("kind").asText());

    List<List<String>> sheet;
    try (java.io.InputStream in = Files.newInputStream(xlsx)) {
      sheet = org.planscope.export.XlsxTableReader.read(in);
    }
    assertEquals("[鹿寨县, 适龄妇女宫颈癌人群筛查率, %, 2030年 ≥ 70%, 2030, ≥ 70%, 58, 2023, 12, 1.7143, -1, 3,"
        + " 滞后, , 鹿寨县妇女发展规划（2021—2030年）]", sheet.get(2).toString());

    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertEquals(6, count(page, "<svg class=\"monitor-chart\""));
    assertTrue(page.contains("<td class=\"status BEHIND\">滞后</td>"), page);
    assertTrue(page.contains("data-region=\"鹿寨县\" data-indicator=\"hiv_mtct_rate\""));
    assertTrue(page.contains("@page{size:A4"));
  }

  @Test
  void aMissingTableIsExitOneAndAMissingOptionExitTwo() {
    Cli.Result r = Cli.run("monitor", "--actuals", tmp.resolve("nope.csv").toString(), "--data",
        data.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("nope.csv：文件不存在\n"), r.err());
    assertEquals(2, Cli.run("monitor", "--data", data.toString()).code());
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
