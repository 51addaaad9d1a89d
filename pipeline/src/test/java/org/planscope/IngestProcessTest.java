package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
      process = new ProcessBuilder(cmd).start();
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

    int waitFor(long seconds) throws Exception {
      assertTrue(process.waitFor(seconds, TimeUnit.SECONDS),
          "the process did not end in " + seconds + " s; stderr:\n" + err());
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
    Child child = new Child(3, List.of(), "ingest", big.toString(), "--data", data.toString(),
        "--threads", "2");
    assertTrue(child.progress.await(60, TimeUnit.SECONDS), "no progress:\n" + child.err());
    child.process.destroyForcibly();
    child.waitFor(30);
    String err = child.err();
    assertFalse(err.contains("[40/40]"), "killed in the middle of the batch:\n" + err);

    assertEquals(before, plans(data), "the previous plans, unchanged and complete");
    assertEquals(hits, search(data), "the previous index, unchanged");
    try (Stream<Path> s = Files.list(data.resolve("plans.d"))) {
      assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith(".staging-")),
          "the killed run left its unfinished batch");
    }

    CliEndToEndTest.Result rerun = CliEndToEndTest.run("ingest", big.toString(), "--data",
        data.toString(), "--threads", "2");
    assertEquals(0, rerun.code(), rerun.err());
    assertTrue(rerun.err().contains("removed the unfinished batch"), rerun.err());
    assertTrue(rerun.err().contains(": 40 added"), rerun.err());
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
    Child first = new Child(1, List.of(), "ingest", big.toString(), "--data", data.toString(),
        "--threads", "2");
    assertTrue(first.progress.await(60, TimeUnit.SECONDS), "no progress:\n" + first.err());

    Path small = copies(tmp.resolve("small"), "s", 1);
    long t0 = System.nanoTime();
    CliEndToEndTest.Result second = CliEndToEndTest.run("ingest", small.toString(), "--data",
        data.toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(1, second.code(), second.err());
    assertTrue(second.err().startsWith("planscope ingest: the index " + data.resolve("index")
        + " is being updated by another ingest"), second.err());
    assertEquals(1, second.err().strip().lines().count(), "one line: " + second.err());
    assertTrue(ms < 5_000, "stops at once, not after extracting: " + ms + " ms");

    assertEquals(0, first.waitFor(120), first.err());
    Map<String, String> plans = plans(data);
    assertEquals(15, plans.size(), plans.keySet().toString());
    assertTrue(plans.keySet().stream().allMatch(n -> n.startsWith("b")), "only the first's");
  }

  @Test
  void aFilePastItsTimeLimitFailsAndTheRunStillEnds() throws Exception {
    // a stand-in for tesseract that hangs on every page
    Path stub = tmp.resolve("tesseract");
    Files.writeString(stub, "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo chi_sim; exit 0;"
        + " fi\nexec sleep 600\n");
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwx------"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(pdf);
    }
    Files.write(in.resolve("scan.pdf"), pdf.toByteArray());
    Files.copy(Corpus.files().get(3), in.resolve("plan.txt"));
    Path data = tmp.resolve("data");
    List<String> jvm = List.of("-Dplanscope.tesseract=" + stub);

    long t0 = System.nanoTime();
    Child ingest = new Child(0, jvm, "ingest", in.toString(), "--data", data.toString(),
        "--timeout", "3");
    int code = ingest.waitFor(60);
    double seconds = (System.nanoTime() - t0) / 1e9;
    String out = ingest.out.get(10, TimeUnit.SECONDS);
    assertEquals(1, code, ingest.err());
    assertTrue(out.contains("FAILED: " + in.resolve("scan.pdf") + ": timed out after 3 s ("),
        out);
    assertTrue(out.contains("2 plan(s), 1 failed"), out);
    assertTrue(Files.exists(data.resolve("plans/plan.txt.json")), "the other file is published");
    assertTrue(seconds < 40, seconds + " s");

    Child extract = new Child(0, jvm, "extract", "--timeout", "2", in.toString());
    assertEquals(1, extract.waitFor(60), extract.err());
    assertTrue(extract.err().contains("error: " + in.resolve("scan.pdf")
        + ": timed out after 2 s"), extract.err());
    assertEquals(1, extract.out.get(10, TimeUnit.SECONDS).strip().lines().count());
  }
}
