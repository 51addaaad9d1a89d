package org.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Cli;
import org.planscope.testing.Corpus;

/** What ingest says about paths that are not there, files it cannot read, and catalogue candidates. */
class IngestMessagesTest {
  @TempDir Path tmp;

  @Test
  void aMissingFolderIsNamedAsMissing() {
    Path nowhere = tmp.resolve("no/such/dir");
    Cli.Result r = Cli.run("ingest", nowhere.toString(), "--data", tmp.resolve("data").toString());
    assertEquals(1, r.code());
    assertEquals("错误：" + nowhere + "：文件或文件夹不存在\n", r.err());
    Cli.Result en = Cli.english("ingest", nowhere.toString(), "--data", tmp.resolve("data").toString());
    assertEquals(1, en.code());
    assertEquals("error: " + nowhere + ": no such file or folder\n", en.err());
  }

  @Test
  void unsupportedFilesInAFolderAreListedAndCandidatesWaitForVerbose() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(2), in.resolve("plan.txt"));
    Files.writeString(in.resolve("指标.xlsx"), "not really");
    Files.writeString(in.resolve("data.json"), "{}");
    Cli.Result r = Cli.run("ingest", in.toString(), "--data", tmp.resolve("data").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\n已跳过 2 个不支持格式的文件（支持的格式："
        + String.join(" ", org.planscope.ingest.CompositeReader.SUPPORTED.stream().sorted().toList())
        + "）：\n  " + in.resolve("data.json") + "\n  " + in.resolve("指标.xlsx") + "\n"), r.out());
    assertTrue(r.out().contains("\n指标目录："), r.out());
    assertFalse(r.out().contains("  候选指标 "), "candidates only with --verbose: " + r.out());
    Cli.Result v = Cli.run("ingest", in.toString(), "--verbose", "--data", tmp.resolve("data").toString());
    assertTrue(v.out().contains("\n指标目录："), v.out());
    assertFalse(v.out().contains("（--verbose 列出）"), v.out());
    Cli.Result en = Cli.english("ingest", in.toString(), "--data", tmp.resolve("data").toString());
    assertTrue(en.out().contains("\nskipped 2 file(s) of an unsupported type (supported: "), en.out());
    assertTrue(en.out().contains("\n1 plan(s), 0 failed, 1 unchanged, "), en.out());
    assertTrue(en.out().contains("\ncatalogue: "), en.out());
  }

  @Test
  void aDeletedPlanLeavesThePlansFolderAndTheIndex() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("one"));
    Path data = tmp.resolve("d");
    Files.copy(Corpus.files().get(0), in.resolve(Corpus.files().get(0).getFileName()));
    assertEquals(0, Cli.run("ingest", in.toString(), "--data", data.toString()).code());
    Cli.Result before = Cli.run("search", "孕产妇死亡率", "--json", "--data", data.toString());
    assertFalse(before.out().contains("\"total\" : 0"), before.out());
    Cli.Result r = Cli.run("delete", "000", "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("已删除 000_45ac20729b4d0109"), r.out());
    Cli.Result after = Cli.run("search", "孕产妇死亡率", "--json", "--data", data.toString());
    assertTrue(after.out().contains("\"total\" : 0"), after.out());
    try (var s = Files.list(data.resolve("plans"))) {
      assertEquals(0, s.filter(f -> f.toString().endsWith(".json")).count());
    }
    Cli.Result gone = Cli.run("delete", "000", "--data", data.toString());
    assertEquals(1, gone.code(), "gone");
    assertEquals("planscope delete：" + data.resolve("plans") + " 中没有编号为 000 的规划（现有编号：）\n",
        gone.err());
    assertEquals("planscope delete: no plan 000 in " + data.resolve("plans") + " (ids: )\n",
        Cli.english("delete", "000", "--data", data.toString()).err());
  }
}
