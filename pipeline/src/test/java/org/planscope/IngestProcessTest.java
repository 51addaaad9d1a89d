package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Corpus;
import org.planscope.testing.HangGuard;

/**
 * {@code ingest} as real child processes: killed in the middle of a batch it leaves the previous
 * plans and index intact, and the next run completes; a second ingest on the same data folder
 * stops at once with a clear message while the first goes on; a file past its time limit fails
 * and the process still prints its summary and exits.
 */
class IngestProcessTest {
  static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)/(\\d+)\\] .*");
  static final String QUERY = "宫颈癌";

  @TempDir Path tmp;

  /**
   * A stand-in for {@code tesseract} whose every page waits on a FIFO until the test opens the
   * FIFO for writing, then "recognises" the text of a corpus file. A scan read through it holds
   * its batch for exactly as long as the test wants: nothing here races the clock.
   */
  static final class GatedTesseract {
    final Path command;
    final Path fifo;

    GatedTesseract(Path dir) throws Exception {
      Files.createDirectories(dir);
      fifo = dir.resolve("gate");
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
      assertEquals(0, mkfifo.waitFor(), "mkfifo");
      Path page = dir.resolve("page.txt");
      Files.copy(Corpus.files().get(3), page);
      command = dir.resolve("tesseract");
      // the shell opens the FIFO itself (no child process left behind when it is killed)
      Files.writeString(command, "#!/bin/sh\n"
          + "if [ \"$1\" = --list-langs ]; then echo chi_sim; exit 0; fi\n"
          + "read -r line < '" + fifo + "'\n"
          + "cp '" + page + "' \"$2.txt\"\n");
      Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
    }

    List<String> jvm() {
      return List.of("-Dplanscope.tesseract=" + command);
    }

    /** Lets the waiting page through: a writer opens the FIFO (when a reader comes) and closes. */
    void open() {
      Thread t = new Thread(() -> {
        try (OutputStream o = Files.newOutputStream(fifo)) {
          o.flush();
        } catch (IOException e) {
          // the FIFO was removed with the test's folder
        }
      });
      t.setDaemon(true);
      t.start();
    }

    /**
     * Wakes a stand-in left waiting by a killed run, without waiting for one: opening a FIFO for
     * reading and writing at once never blocks.
     */
    void wakeAny() throws IOException {
      try (FileChannel c = FileChannel.open(fifo, StandardOpenOption.READ,
          StandardOpenOption.WRITE)) {
        c.isOpen();
      }
    }
  }

  static void scan(Path file) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(pdf);
    }
    Files.write(file, pdf.toByteArray());
  }

  /** A running child JVM whose stderr is collected; a latch opens at the n-th progress line. */
  static final class Child {
    final Process process;
    final StringBuilder err = new StringBuilder();
    final CountDownLatch progress;
    final CompletableFuture<String> out;
    final Thread errReader;

    Child(int progressLines, List<String> jvm, String... args) throws IOException {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xmx1g");
      cmd.addAll(jvm);
      cmd.add("-cp");
      cmd.add(System.getProperty("surefire.test.class.path",
          System.getProperty("java.class.path")));
      cmd.add("org.planscope.cli.Main");
      cmd.addAll(List.of(args));
      ProcessBuilder b = new ProcessBuilder(cmd);
      b.environment().remove("PLANSCOPE_LANG"); // the default: Chinese messages
      process = b.start();
      process.getOutputStream().close();
      progress = new CountDownLatch(progressLines);
      out = CompletableFuture.supplyAsync(() -> {
        try {
          return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          return e.toString();
        }
      });
      errReader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            synchronized (err) {
              err.append(line).append('\n');
            }
            if (PROGRESS.matcher(line).matches()) {
              progress.countDown();
            }
          }
        } catch (IOException e) {
          // the process was killed
        }
      });
      errReader.setDaemon(true);
      errReader.start();
    }

    String err() {
      synchronized (err) {
        return err.toString();
      }
    }

    /** Waits for the end (bounded only against a hang); the exit code. */
    int waitFor() throws Exception {
      assertTrue(process.waitFor(HangGuard.seconds(), TimeUnit.SECONDS),
          "the process hung; stderr:\n" + err());
      errReader.join(10_000);
      return process.exitValue();
    }
  }

  /** {@code copies} copies of each corpus file, under new names. */
  static Path copies(Path dir, String prefix, int copies) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < copies; i++) {
      for (Path f : Corpus.files()) {
        Files.copy(f, dir.resolve(String.format("%s%02d_%s", prefix, i, f.getFileName())));
      }
    }
    return dir;
  }

  /** What readers see in data/plans: file name → plan JSON; every file must parse. */
  static Map<String, String> plans(Path data) throws IOException {
    Map<String, String> out = new TreeMap<>();
    ObjectMapper m = new ObjectMapper();
    try (Stream<Path> s = Files.list(data.resolve("plans"))) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".json") && !n.startsWith(".")) {
          String json = Files.readString(p, StandardCharsets.UTF_8);
          assertTrue(m.readTree(json).has("id"), n + " does not parse as a plan");
          out.put(n, json);
        }
      }
    }
    return out;
  }

  /** The hits for {@link #QUERY}, without the time taken. */
  static String search(Path data) {
    CliEndToEndTest.Result r = CliEndToEndTest.run("search", QUERY, "--limit", "5", "--data",
        data.toString());
    assertEquals(0, r.code(), r.err());
    return r.out().replaceAll("\\(\\d+(\\.\\d+)? ms\\)|（\\d+(\\.\\d+)? 毫秒）", "");
  }

  @Test
  void aKilledIngestLeavesThePreviousPlansAndIndexAndTheNextRunCompletes() throws Exception {
    Path data = tmp.resolve("data");
    Path small = copies(tmp.resolve("small"), "s", 1);
    CliEndToEndTest.Result first = CliEndToEndTest.run("ingest", small.toString(), "--data",
        data.toString());
    assertEquals(0, first.code(), first.err());
    Map<String, String> before = plans(data);
    assertEquals(5, before.size());
    String hits = search(data);
    assertTrue(hits.contains(QUERY) || hits.contains("s00_"), hits);

    Path big = copies(tmp.resolve("big"), "b", 8);
    // a scan that waits for the test: the batch cannot end before the kill, however fast it runs
    GatedTesseract gate = new GatedTesseract(tmp.resolve("gate"));
    scan(big.resolve("b00_scan.pdf"));
    Child child = new Child(3, gate.jvm(), "ingest", big.toString(), "--data", data.toString(),
        "--threads", "2", "--timeout", "0");
    try {
      assertTrue(child.progress.await(HangGuard.seconds(), TimeUnit.SECONDS),
          "no progress:\n" + child.err());
      child.process.destroyForcibly();
      child.waitFor();
    } finally {
      gate.wakeAny();
    }
    String err = child.err();
    assertFalse(err.contains("[41/41]"), "killed in the middle of the batch:\n" + err);
    Files.delete(big.resolve("b00_scan.pdf"));

    assertEquals(before, plans(data), "the previous plans, unchanged and complete");
    assertEquals(hits, search(data), "the previous index, unchanged");
    try (Stream<Path> s = Files.list(data.resolve("plans.d"))) {
      assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith(".staging-")),
          "the killed run left its unfinished batch");
    }

    CliEndToEndTest.Result rerun = CliEndToEndTest.run("ingest", big.toString(), "--data",
        data.toString(), "--threads", "2");
    assertEquals(0, rerun.code(), rerun.err());
    assertTrue(rerun.err().startsWith("planscope ingest：已删除未完成的批次 .staging-"), rerun.err());
    assertTrue(rerun.err().contains("：新增 40，"), rerun.err());
    Map<String, String> after = plans(data);
    assertEquals(45, after.size(), after.keySet().toString());
    assertTrue(after.entrySet().containsAll(before.entrySet()));
    try (Stream<Path> s = Files.list(data.resolve("plans.d"))) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".staging-")));
    }
  }

  @Test
  void aSecondIngestOnTheSameDataStopsAtOnceWhileTheFirstGoesOn() throws Exception {
    Path data = tmp.resolve("data");
    Path big = copies(tmp.resolve("big"), "b", 3);
    // the first holds its lock until the test opens the gate of its scan: no race with its end
    GatedTesseract gate = new GatedTesseract(tmp.resolve("gate"));
    scan(big.resolve("b99_scan.pdf"));
    Child first = new Child(1, gate.jvm(), "ingest", big.toString(), "--data", data.toString(),
        "--threads", "2", "--timeout", "0");
    try {
      assertTrue(first.progress.await(HangGuard.seconds(), TimeUnit.SECONDS),
          "no progress:\n" + first.err());

      Path small = copies(tmp.resolve("small"), "s", 1);
      CliEndToEndTest.Result second = CliEndToEndTest.run("ingest", small.toString(), "--data",
          data.toString());
      assertEquals(1, second.code(), second.err());
      assertEquals("planscope ingest：检索索引 " + data.resolve("index") + " 正由另一个入库进程更新（"
          + data.resolve("index/write.lock") + " 被占用）；请等其结束后再运行\n", second.err());
      // one line and no progress: it stopped before extracting anything
      assertEquals(1, second.err().strip().lines().count(), "one line: " + second.err());

      gate.open();
      assertEquals(0, first.waitFor(), first.err());
    } finally {
      gate.wakeAny();
      first.process.destroyForcibly();
    }
    Map<String, String> plans = plans(data);
    assertEquals(16, plans.size(), plans.keySet().toString());
    assertTrue(plans.keySet().stream().allMatch(n -> n.startsWith("b")), "only the first's");
  }

  @Test
  void aFilePastItsTimeLimitFailsAndTheRunStillEnds() throws Exception {
    // A scan whose page never comes back (the test never opens the gate): only the limit ends
    // it. No ordinary file runs under the limit, since on a loaded machine any limit is a race
    // for it: the plan next to the scan was ingested before, so this run carries it over
    // unchanged, outside the limit.
    GatedTesseract gate = new GatedTesseract(tmp.resolve("gate"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(3), in.resolve("plan.txt"));
    Path data = tmp.resolve("data");
    CliEndToEndTest.Result before = CliEndToEndTest.run("ingest", in.toString(), "--data",
        data.toString(), "--timeout", "0");
    assertEquals(0, before.code(), before.err());
    scan(in.resolve("scan.pdf"));

    // both at once: the wait for the limit is paid once; each its own temporary folder
    Path ingestTmp = Files.createDirectories(tmp.resolve("tmp-ingest"));
    Path extractTmp = Files.createDirectories(tmp.resolve("tmp-extract"));
    Child ingest = new Child(0, withTmp(gate.jvm(), ingestTmp), "ingest", in.toString(),
        "--data", data.toString(), "--timeout", "2");
    Child extract = new Child(0, withTmp(gate.jvm(), extractTmp), "extract", "--timeout", "2",
        in.resolve("scan.pdf").toString());
    try {
      int code = ingest.waitFor();
      String out = ingest.out.get(HangGuard.seconds(), TimeUnit.SECONDS);
      assertEquals(1, code, ingest.err());
      assertTrue(out.contains(" 失败：" + in.resolve("scan.pdf") + "：处理超过 2 秒未完成（文件可能过大，"
          + "或已损坏导致解析器无法结束；可用 --timeout 放宽时限，OCR 每页需数秒）\n"), out);
      assertTrue(out.contains("\n共 2 个规划：1 个失败，1 个未变，用时 "), out);
      assertTrue(ingest.err().contains(" 未变 " + in.resolve("plan.txt") + "（"), ingest.err());
      assertTrue(Files.exists(data.resolve("plans/plan.txt.json")),
          "the other plan is published in the new generation");

      // extract ends too, though the scan's worker is still stuck when it exits
      assertEquals(1, extract.waitFor(), extract.err());
      assertTrue(extract.err().contains("错误：" + in.resolve("scan.pdf") + "：处理超过 2 秒未完成（"),
          extract.err());
      assertEquals("", extract.out.get(HangGuard.seconds(), TimeUnit.SECONDS).strip());

      // the stuck page's image is not left in the temporary folder
      for (Path t : List.of(ingestTmp, extractTmp)) {
        try (Stream<Path> left = Files.list(t)) {
          assertEquals(List.of(), left.map(f -> f.getFileName().toString())
              .filter(n -> n.startsWith("planscope-ocr")).toList(), t.toString());
        }
      }
    } finally {
      gate.wakeAny();
      ingest.process.destroyForcibly();
      extract.process.destroyForcibly();
    }
  }

  private static List<String> withTmp(List<String> jvm, Path dir) {
    List<String> all = new ArrayList<>(jvm);
    all.add("-Djava.io.tmpdir=" + dir);
    return all;
  }
}
