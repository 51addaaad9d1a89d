package org.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Cli;

/**
 * The messages on the terminal are Chinese unless PLANSCOPE_LANG is {@code en}: the same situation
 * gives the Chinese line by default and the English one with {@code en}.
 */
class TerminalLanguageTest {
  @TempDir Path tmp;

  @Test
  void aMissingFile() {
    Path p = tmp.resolve("plan.pdf");
    Cli.Result zh = Cli.run("extract", p.toString());
    Cli.Result en = Cli.english("extract", p.toString());
    assertEquals(1, zh.code());
    assertEquals("错误：" + p + "：文件不存在（请检查路径）\n", zh.err());
    assertEquals("error: " + p + ": no such file (check the path)\n", en.err());
  }

  @Test
  void anOutputsLanguageIsTheTerminalsUnlessLangAsksForAnother() throws Exception {
    Path plans = Files.createDirectories(tmp.resolve("data/plans"));
    Files.copy(Path.of("src/test/resources/golden/000_45ac20729b4d0109.json"),
        plans.resolve("a.json"));
    String data = tmp.resolve("data").toString();
    assertEquals("planscope history: no plan of 某县\n",
        Cli.english("history", "某县", "--data", data).err());
    assertEquals("planscope history：没有“某县”的规划\n",
        Cli.english("history", "某县", "--lang", "zh", "--data", data).err());
    assertEquals("planscope history：没有“某县”的规划\n",
        Cli.run("history", "某县", "--data", data).err());
  }

  @Test
  void noDataToSearchAuditOrExport() {
    Path data = tmp.resolve("data");
    Cli.Result zh = Cli.run("search", "孕产妇死亡率", "--data", data.toString());
    assertEquals(1, zh.code());
    assertEquals("planscope：" + data.resolve("index") + " 中没有检索索引；请先运行 `planscope ingest`\n",
        zh.err());
    assertEquals("planscope: no index in " + data.resolve("index")
        + "; run `planscope ingest` first\n",
        Cli.english("search", "孕产妇死亡率", "--data", data.toString()).err());

    Cli.Result audit = Cli.run("audit", "--data", data.toString());
    assertEquals(1, audit.code());
    assertEquals("planscope audit：没有文件夹 " + data.resolve("plans") + "；请先运行 `planscope ingest"
        + " --data " + data + "`\n", audit.err());
    assertEquals("planscope export: no folder " + data.resolve("plans") + "; run `planscope ingest"
        + " --data " + data + "` first\n",
        Cli.english("export", "--format", "jsonl", "--data", data.toString()).err());
  }

  @Test
  void limitsBelowOne() {
    Path p = tmp.resolve("plan.txt");
    assertEquals("planscope：--max-size 和 --max-chars 不能小于 1\n",
        Cli.run("extract", "--max-chars", "0", p.toString()).err());
    assertEquals("planscope: --max-size and --max-chars must be at least 1\n",
        Cli.english("extract", "--max-chars", "0", p.toString()).err());
  }

  @Test
  void ingestProgressAndSummaryOfAFailedFile() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("notes.xlsx"), "not a plan");
    Cli.Result zh = Cli.run("ingest", in.toString(), "--data", tmp.resolve("zh").toString());
    assertEquals(1, zh.code());
    List<String> err = zh.err().lines().toList();
    assertTrue(err.get(0).matches("\\[1/1\\] 失败 " + java.util.regex.Pattern.quote(empty.toString())
        + "（\\d+ 毫秒）"), err.get(0));
    assertEquals("  错误：" + empty + "：文件为空（文件是否已完整保存或下载？）", err.get(1));
    List<String> out = zh.out().lines().toList();
    assertEquals("规划                         地区          领域  目标     措施  目标值  单位     警告",
        out.get(0));
    assertEquals(String.format("%-28s 失败：%s：文件为空（文件是否已完整保存或下载？）", "empty.txt", empty),
        out.get(1));
    assertTrue(out.get(2).matches("共 1 个规划：1 个失败，用时 \\d+\\.\\d 秒"), out.get(2));
    assertTrue(out.get(3).startsWith("已跳过 1 个不支持格式的文件（支持的格式："), out.get(3));
    assertEquals("  " + in.resolve("notes.xlsx"), out.get(4));
    assertEquals("指标目录：0 个目标值中有 0 个对应到目录中的指标；候选指标 0 个", out.get(5));

    Cli.Result en = Cli.english("ingest", in.toString(), "--data", tmp.resolve("en").toString());
    err = en.err().lines().toList();
    assertTrue(err.get(0).matches("\\[1/1\\] FAIL  " + java.util.regex.Pattern.quote(empty.toString())
        + " \\(\\d+ ms\\)"), err.get(0));
    assertEquals("  error: " + empty + ": the file is empty (was it saved or downloaded completely?)",
        err.get(1));
    out = en.out().lines().toList();
    assertEquals("plan                         region     domains goals measures targets units warnings",
        out.get(0));
    assertTrue(out.get(2).matches("1 plan\\(s\\), 1 failed, \\d+\\.\\d s"), out.get(2));
    assertTrue(out.get(3).startsWith("skipped 1 file(s) of an unsupported type (supported: "), out.get(3));
    assertEquals("catalogue: 0 of 0 stated target(s) linked; 0 candidate indicator(s)", out.get(5));
  }

  /**
   * The summary table lines up on a terminal, where a Chinese character takes two columns: a
   * Chinese file name and region are padded by display width, so the counts stand under their
   * headings.
   */
  @Test
  void theSummaryLinesUpWithChineseNamesAndRegions() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("阿巴嘎旗妇女规划.txt"), """
        阿巴嘎旗妇女发展规划（2021—2030年）
        一、妇女与健康
        （一）主要目标
        1.孕产妇死亡率控制在10/10万以下。
        （二）策略措施
        1.完善妇女健康服务体系。
        """);
    Cli.Result zh = Cli.run("ingest", in.toString(), "--data", tmp.resolve("d").toString());
    assertEquals(0, zh.code(), zh.err());
    List<String> out = zh.out().lines().toList();
    String head = out.get(0);
    String row = out.stream().filter(l -> l.startsWith("阿巴嘎旗妇女规划")).findFirst().orElseThrow();
    assertTrue(row.matches("阿巴嘎旗妇女规划 +阿巴嘎旗 +1 +1 +1 +1 +0 +\\d+"), row);
    // the domains count ends where its heading ends, in display columns
    int headEnd = org.planscope.format.DisplayWidth.of(head.substring(0, head.indexOf("领域") + 2));
    int rowEnd = org.planscope.format.DisplayWidth.of(row.substring(0, row.indexOf(" 1 ") + 2));
    assertEquals(headEnd, rowEnd, head + "\n" + row);
  }
}
