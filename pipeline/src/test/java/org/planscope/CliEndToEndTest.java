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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.cli.Main;
import org.planscope.testing.Corpus;

/** The command line end to end on the shipped corpus. */
class CliEndToEndTest {
  record Result(int code, String out, String err) {}

  /** {@code planscope ARGS} with PLANSCOPE_LANG unset: Chinese messages. */
  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), null);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void extractWritesOneJsonPerInputThatTheScorerReads(@TempDir Path tmp) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("extract", "--out", tmp.toString()));
    Corpus.files().forEach(f -> args.add(f.toString()));
    Result r = run(args.toArray(String[]::new));
    assertEquals(0, r.code, r.err);
    ObjectMapper m = new ObjectMapper();
    for (Path f : Corpus.files()) {
      JsonNode plan = m.readTree(tmp.resolve(f.getFileName() + ".json").toFile());
      assertEquals(f.getFileName().toString(), Path.of(plan.get("source").asText()).getFileName().toString());
      assertTrue(plan.get("domains").size() >= 7, f + " has too few domains");
      for (String field : List.of("title", "region", "period", "warnings")) {
        assertTrue(plan.has(field), f + " lacks " + field);
      }
    }
  }

  @Test
  void extractWithoutOutWritesJsonLines() throws Exception {
    Result r = run("extract", Corpus.files().get(0).toString());
    assertEquals(0, r.code, r.err);
    String[] lines = r.out.strip().split("\n");
    assertEquals(1, lines.length);
    assertEquals("000_45ac20729b4d0109", new ObjectMapper().readTree(lines[0]).get("id").asText());
  }

  @Test
  void ingestGoesOnPastABadFileAndReportsIt(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(1), in.resolve("plan.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Result r = run("ingest", in.toString(), "--data", tmp.resolve("data").toString());
    assertEquals(1, r.code, "a failed file makes the exit code non-zero");
    assertTrue(r.err.contains("  错误：" + in.resolve("empty.txt") + "：文件为空（文件是否已完整保存或下载？）\n"),
        r.err);
    assertTrue(Files.exists(tmp.resolve("data/plans/plan.txt.json")), "the good file is still ingested");
    assertTrue(r.out.contains("\n共 2 个规划：1 个失败，用时 "), r.out);
  }

  @Test
  void unknownCommandIsAUsageError() {
    Result r = run("frobnicate");
    assertEquals(2, r.code);
  }

  @Test
  void aSecondIngestSkipsUnchangedFilesAndReExtractsAChangedOne(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(0), in.resolve("a.txt"));
    Files.copy(Corpus.files().get(3), in.resolve("b.txt"));
    String data = tmp.resolve("data").toString();
    assertEquals(0, run("ingest", in.toString(), "--data", data).code);
    String before = Files.readString(tmp.resolve("data/plans/a.txt.json"));

    Result again = run("ingest", in.toString(), "--data", data);
    assertEquals(0, again.code, again.err);
    assertTrue(again.err.contains(" 未变 " + in.resolve("a.txt") + "（"), again.err);
    assertTrue(again.out.contains("\n共 2 个规划：0 个失败，2 个未变，用时 "), again.out);
    assertTrue(again.err.contains("：新增 0，替换 0，未变 2，删除 0；"), again.err);
    assertEquals(before, Files.readString(tmp.resolve("data/plans/a.txt.json")));

    Files.writeString(in.resolve("b.txt"), Files.readString(in.resolve("b.txt")) + "\n附：本规划自印发之日起施行。\n");
    Result changed = run("ingest", in.toString(), "--data", data);
    assertEquals(0, changed.code, changed.err);
    assertTrue(changed.err.contains(" 完成 " + in.resolve("b.txt") + "（"), changed.err);
    assertTrue(changed.out.contains("\n共 2 个规划：0 个失败，1 个未变，用时 "), changed.out);
    assertTrue(changed.err.contains("：新增 0，替换 1，未变 1，删除 0；"), changed.err);
    assertEquals(before, Files.readString(tmp.resolve("data/plans/a.txt.json")),
        "the unchanged plan is carried into the new generation");
  }

  @Test
  void aFolderThatCannotBeListedIsReportedAndTheRestIsIngested(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(0), in.resolve("a.txt"));
    Path locked = Files.createDirectories(in.resolve("locked"));
    Files.copy(Corpus.files().get(1), locked.resolve("b.txt"));
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      String[] args = {"ingest", in.toString(), "--data", tmp.resolve("data").toString()};
      // root lists whatever the permissions say: run it in a child without that power
      org.planscope.testing.Cli.Result r = org.planscope.testing.Unprivileged
          .permissionsIgnoredFor(locked) ? org.planscope.testing.Unprivileged.run(args)
          : org.planscope.testing.Cli.run(args);
      assertEquals(1, r.code(), "the unlisted folder counts as a failure");
      assertTrue(r.err().contains("错误：" + locked + "：无法列出或读取（没有权限）\n"), r.err());
      assertTrue(Files.exists(tmp.resolve("data/plans/a.txt.json")), "the rest is ingested");
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }
}
