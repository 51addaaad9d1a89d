package org.planscope.cli;

import org.planscope.service.PlanIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Cli;
import org.planscope.testing.Corpus;

/** Names and links a careless user's folder holds: each read or reported, none fatal. */
class OddPathsTest {
  @TempDir Path tmp;

  static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aNameOf250BytesIsExtractedAndIngestedUnderAShortenedName() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String stem = "妇女发展规划".repeat(13) + "abcdefg"; // 241 bytes of UTF-8
    Path file = in.resolve(stem + ".txt");
    assertEquals(245, file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length);
    Files.copy(Corpus.files().get(0), file);
    Files.copy(Corpus.files().get(1), in.resolve("short.txt"));
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("extract", "--out", out.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    List<String> written = names(out);
    assertEquals(2, written.size(), written.toString());
    for (String n : written) {
      assertTrue(n.getBytes(StandardCharsets.UTF_8).length <= PlanIds.MAX_NAME_BYTES, n);
      assertTrue(n.endsWith(".txt.json"), n);
    }
    assertTrue(written.contains("short.txt.json"));
    String longOne = written.stream().filter(n -> !n.equals("short.txt.json")).findFirst().get();
    assertTrue(longOne.matches("(妇女发展规划)+-[0-9a-f]{8}\\.txt\\.json"), longOne);

    Cli.Result ingest = Cli.run("ingest", in.toString(), "--data", tmp.resolve("data").toString());
    assertEquals(0, ingest.code(), ingest.err());
    assertTrue(names(tmp.resolve("data/plans")).contains(longOne), "the same id as extract's");
  }

  @Test
  void linkedFilesAreReadAndLoopsAndBrokenLinksAreReportedAsSuch() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.copy(Corpus.files().get(0), elsewhere.resolve("real.txt"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.createSymbolicLink(in.resolve("linked.txt"), elsewhere.resolve("real.txt"));
    Files.createSymbolicLink(in.resolve("self.txt"), Path.of("self.txt"));
    Files.createSymbolicLink(in.resolve("gone.txt"), elsewhere.resolve("missing.txt"));
    Files.createSymbolicLink(in.resolve("up"), in);
    Cli.Result r = Cli.run("extract", in.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.out().strip().lines().count(), "the linked file is read: " + r.err());
    assertTrue(r.err().contains("错误：" + in.resolve("self.txt") + "：符号链接循环，已跳过\n"), r.err());
    assertTrue(r.err().contains("错误：" + in.resolve("gone.txt") + "：符号链接已失效（其目标不存在），已跳过\n"),
        r.err());
    assertTrue(r.err().contains("错误：" + in.resolve("up") + "：符号链接循环（链接指回其上级文件夹），已跳过\n"),
        r.err());

    Cli.Result named = Cli.run("extract", in.resolve("self.txt").toString());
    assertEquals("错误：" + in.resolve("self.txt") + "：符号链接循环（该链接指回自身；请将其指向实际文件）",
        named.err().strip());
    Cli.Result english = Cli.english("extract", in.resolve("self.txt").toString());
    assertEquals("error: " + in.resolve("self.txt") + ": symbolic link loop (the link leads back"
        + " to itself; point it at the real file)", english.err().strip());
  }

  @Test
  void aNameThatIsNotUtf8IsReportedAsSuch() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(0), in.resolve("ok.txt"));
    // 规划 in GBK, as an old archive names it
    Process p = new ProcessBuilder("sh", "-c",
        "cp \"$1\" \"$2/$(printf '\\271\\346\\273\\256').txt\"", "sh",
        Corpus.files().get(1).toString(), in.toString()).start();
    assumeTrue(p.waitFor() == 0, "cannot make a file with a GBK name here");
    // found in a folder, the file is opened by its bytes and read
    Cli.Result r = Cli.run("extract", in.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(2, r.out().strip().lines().count(), r.err());
    // named as text (a command line, a list), its name cannot be spelled: said so, not "no such file"
    Path gbk;
    try (Stream<Path> s = Files.list(in)) {
      gbk = s.filter(f -> !f.getFileName().toString().equals("ok.txt")).findFirst().orElseThrow();
    }
    Cli.Result named = Cli.run("extract", gbk.toString());
    assertEquals(1, named.code());
    assertTrue(named.err().contains("：文件名不是有效的 UTF-8（无法识别的字节显示为 \uFFFD）（请重命名该文件"),
        named.err());
  }
}
