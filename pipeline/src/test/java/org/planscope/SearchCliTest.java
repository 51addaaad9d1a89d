package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.cli.Main;
import org.planscope.testing.Cli;
import org.planscope.testing.Cli.Result;
import org.planscope.testing.Corpus;

/** ingest → search / compare through the command line, on two corpus plans. */
class SearchCliTest {
  @TempDir static Path tmp;
  static Path data;

  static Result run(String... args) {
    return Cli.run(args);
  }

  @BeforeAll
  static void ingest() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(0), in.resolve(Corpus.files().get(0).getFileName()));
    Files.copy(Corpus.files().get(2), in.resolve(Corpus.files().get(2).getFileName()));
    data = tmp.resolve("data");
    Result r = run("ingest", in.toString(), "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("：新增 2，替换 0，未变 0，删除 0；"), r.err());
    assertTrue(r.out().contains("\n共 2 个规划：0 个失败，用时 "), "the summary is unchanged: " + r.out());
    Result again = run("ingest", in.toString(), "--data", data.toString());
    assertTrue(again.err().contains("：新增 0，替换 0，未变 2，删除 0；"), again.err());
  }

  @Test
  void searchPrintsGroupsSnippetsFacetsAndTotal() {
    Result r = run("search", "宫颈癌筛查", "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("■ 鹿寨县") && r.out().contains("■ 清远市"), r.out());
    assertTrue(r.out().contains("«宫颈癌»"), r.out());
    assertTrue(r.out().contains("地区: ") && r.out().contains("类型: "), r.out());
    // two goals, two measures, and 清远市's 重点工程 item that names 宫颈癌筛查率 70%
    assertTrue(r.out().contains("[重点工程"), r.out());
    assertTrue(r.out().startsWith("“宫颈癌筛查” 共 5 条，显示第 1–5 条"), r.out());
    assertTrue(r.out().strip().endsWith("合计：5"), r.out());
    Result en = run("search", "宫颈癌筛查", "--lang", "en", "--data", data.toString());
    assertTrue(en.out().contains("[key project") && en.out().strip().endsWith("total: 5"), en.out());
  }

  @Test
  void searchPagesWithOffsetOrPage() throws Exception {
    Result first = run("search", "宫颈癌筛查", "--limit", "2", "--json", "--data", data.toString());
    Result second = run("search", "宫颈癌筛查", "--limit", "2", "--page", "2", "--json", "--data", data.toString());
    Result offset = run("search", "宫颈癌筛查", "--limit", "2", "--offset", "2", "--json", "--data", data.toString());
    assertEquals(0, second.code(), second.err());
    JsonNode a = new ObjectMapper().readTree(first.out());
    JsonNode b = new ObjectMapper().readTree(second.out());
    assertEquals(5, b.get("total").asInt());
    assertEquals(2, b.get("offset").asInt());
    assertEquals(3, b.get("hits").get(0).get("rank").asInt());
    assertTrue(!a.get("hits").get(0).get("id").equals(b.get("hits").get(0).get("id")));
    assertEquals(second.out(), offset.out().replaceAll("\"millis\" : [0-9.]+", second.out()
        .replaceAll("(?s).*(\"millis\" : [0-9.]+).*", "$1")));
    Result text = run("search", "宫颈癌筛查", "--limit", "2", "--data", data.toString());
    assertTrue(text.out().contains("下一页：--offset 2"), text.out());
  }

  @Test
  void shortPlaceNamesAreReadThroughTheGazetteer() throws Exception {
    Result r = run("search", "宫颈癌筛查", "--region", "鹿寨", "--json", "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertTrue(j.get("total").asInt() > 0, r.out());
    assertEquals("地区按“鹿寨县”筛选（输入：鹿寨）", j.get("notes").get(0).asText());
    Result province = run("search", "宫颈癌筛查", "--province", "广西", "--data", data.toString());
    assertTrue(province.err().contains("广西壮族自治区"), province.err());
    assertTrue(province.out().contains("■ 鹿寨县"), province.out());
    // a place with no hits: the regions that have some are offered
    Result none = run("search", "宫颈癌筛查", "--region", "岢岚县", "--data", data.toString());
    assertTrue(none.err().contains("您是不是要找：") && none.err().contains("鹿寨县"), none.err());
  }

  @Test
  void aConditionTypedAsTheQueryFiltersTargets() throws Exception {
    Result r = run("search", "孕产妇死亡率<=20", "--json", "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertTrue(j.get("total").asInt() > 0, r.out());
    for (JsonNode h : j.get("hits")) {
      assertEquals("target", h.get("kind").asText());
      assertTrue(h.get("target").get("value").asDouble() <= 20, h.toString());
    }
  }

  @Test
  void compareShowsAHeaderTheNationalTargetAndFiguresAsWritten() {
    Result r = run("compare", "孕产妇死亡率", "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("孕产妇死亡率：2 个规划", lines.get(0), r.out());
    assertTrue(lines.get(1).startsWith("国家目标：≤ 12/10万"), r.out());
    assertTrue(lines.get(2).startsWith("地区"), r.out());
    assertTrue(r.out().contains("2030年 ≤ 12/10万"), "鹿寨县, year from the plan period: " + r.out());
    assertTrue(!r.out().contains("1/10万"), "never the unit's 1 glued to the value: " + r.out());
    // the target column starts at the same display column on every row
    int col = -1;
    for (String line : lines.subList(4, lines.size())) {
      int at = org.planscope.format.DisplayWidth.of(line.substring(0, line.indexOf(line.contains("年 ") ? "20" : "未")));
      assertTrue(col < 0 || col == at, r.out());
      col = at;
    }
  }

  @Test
  void compareOfAnUnknownIndicatorExitsOneWithCloseNames() {
    Result r = run("compare", "孕产妇死忙率", "--data", data.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains("没有规划提到指标“孕产妇死忙率”"), r.err());
    assertTrue(r.err().contains("您是不是要找：孕产妇死亡率"), r.err());
  }

  @Test
  void compareTakesSeveralIndicators() throws Exception {
    Result r = run("compare", "孕产妇死亡率", "婴儿死亡率", "--json", "--data", data.toString());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(2, j.get("comparisons").size());
    assertEquals("≤ 12/10万", j.get("comparisons").get(0).get("reference").get("display").asText());
  }

  @Test
  void excelFilesHaveNumericCellsAndAFrozenHeader() throws Exception {
    Path x = tmp.resolve("out/compare.xlsx");
    Result r = run("compare", "孕产妇死亡率", "--xlsx", x.toString(), "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(x))) {
      var sheet = wb.getSheetAt(0);
      assertEquals("地区", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("目标值", sheet.getRow(0).getCell(4).getStringCellValue());
      assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(1).getCell(6).getCellType());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
    }
    Path s = tmp.resolve("out/search.xlsx");
    assertEquals(0, run("search", "宫颈癌筛查", "--xlsx", s.toString(), "--data", data.toString()).code());
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(s))) {
      assertEquals(5, wb.getSheetAt(0).getLastRowNum(), "a header and 5 hits (row 0 is the header)");
      assertEquals(1.0, wb.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue());
    }
  }

  @Test
  void searchJsonIsMachineReadable() throws Exception {
    Result r = run("search", "宫颈癌筛查", "--region", "清远市", "--kind", "goal", "--json",
        "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(1, j.get("total").asInt());
    JsonNode hit = j.get("hits").get(0);
    assertEquals("清远市", hit.get("region").get("name").asText());
    JsonNode first = hit.get("highlights").get(0);
    assertEquals("宫颈癌", hit.get("text").asText().substring(first.get(0).asInt(), first.get(1).asInt()));
    assertEquals(1, j.get("facets").get("region").get(0).get("count").asInt());
  }

  @Test
  void malformedQueryIsOneLineAndExitCodeTwo() {
    Result r = run("search", "\"宫颈癌", "--data", data.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("planscope search：unbalanced quote"), r.err());
    Result w = run("search", "--where", "孕产妇死亡率", "--data", data.toString());
    assertEquals(2, w.code());
    assertEquals(1, w.err().strip().lines().count(), w.err());
  }

  @Test
  void compareWritesCsvWithAHeader() {
    Result r = run("compare", "孕产妇死亡率", "--csv", "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    // a byte-order mark first, so Excel on Chinese Windows reads UTF-8
    assertTrue(r.out().startsWith("\uFEFF地区,级别,省份,指标,目标值,比较,数值,单位,年份,规划,目标原文,规划编号\r\n"),
        r.out());
    Result en = run("compare", "孕产妇死亡率", "--csv", "--lang", "en", "--data", data.toString());
    assertTrue(en.out().startsWith("\uFEFFregion,level,province,indicator,target,op,value,unit,year,"), en.out());
  }

  @Test
  void searchWithoutAnIndexSaysToIngest() {
    Result r = run("search", "宫颈癌", "--data", tmp.resolve("nothing").toString());
    assertEquals(1, r.code());
    assertEquals("planscope：" + tmp.resolve("nothing/index") + " 中没有检索索引；请先运行 `planscope ingest`\n",
        r.err());
    assertTrue(Files.notExists(tmp.resolve("nothing")), "the missing folder is not created");
  }
}
