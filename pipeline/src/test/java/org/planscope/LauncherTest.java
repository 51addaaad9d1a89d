package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.HangGuard;

/**
 * The {@code ./planscope} launcher's rebuild decision, in its check mode ({@code
 * PLANSCOPE_BUILD_CHECK=1}: it says what it would do and neither builds nor runs), on a copy of
 * the launcher in a folder laid out like the checkout. Times are set, not waited for.
 */
class LauncherTest {
  static final Path LAUNCHER = Path.of(System.getProperty("planscope.root", ".."), "planscope");
  static final long T = 1_700_000_000_000L;

  @TempDir Path root;

  Path file(String path, long millis) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, path, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(p, FileTime.fromMillis(millis));
    return p;
  }

  String check() throws Exception {
    ProcessBuilder b = new ProcessBuilder("bash", root.resolve("planscope").toString())
        .redirectErrorStream(true);
    b.environment().put("PLANSCOPE_BUILD_CHECK", "1");
    return run(b);
  }

  /** Runs the launcher; its output, stripped, after checking that it exited with 0. */
  static String run(ProcessBuilder b) throws Exception {
    Process p = b.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(HangGuard.seconds(), TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    return out.strip();
  }

  @Test
  void theJarIsRebuiltWhenAnythingItIsBuiltFromIsNewer() throws Exception {
    Files.copy(LAUNCHER, root.resolve("planscope"));
    file("pom.xml", T - 60_000);
    file("pipeline/pom.xml", T - 60_000);
    file("pipeline/src/main/java/org/planscope/Pipeline.java", T - 60_000);
    file("models/lexicon/targets.tsv", T - 60_000);
    assertEquals("missing", check());

    file("pipeline/target/planscope.jar", T);
    assertEquals("up to date", check());

    // tests do not go into the jar
    file("pipeline/src/test/java/org/planscope/SomeTest.java", T + 1_000);
    assertEquals("up to date", check());

    file("models/lexicon/targets.tsv", T + 1_000);
    assertEquals("stale: models/lexicon/targets.tsv", check());
    file("models/lexicon/targets.tsv", T - 1_000);

    file("pipeline/src/main/resources/web/app.js", T + 1);
    assertEquals("stale: pipeline/src/main/resources/web/app.js", check());
    file("pipeline/src/main/resources/web/app.js", T - 1_000);

    file("pipeline/pom.xml", T + 1_000);
    assertEquals("stale: pipeline/pom.xml", check());
    file("pipeline/pom.xml", T - 1_000);

    file("pipeline/src/main/java/org/planscope/Pipeline.java", T + 1_000);
    assertEquals("stale: pipeline/src/main/java/org/planscope/Pipeline.java", check());

    // the rebuilt jar is newer again
    file("pipeline/target/planscope.jar", T + 2_000);
    assertEquals("up to date", check());
  }

  /**
   * The java command line the launcher would run: a stand-in {@code java} prints its arguments.
   * The kernel's huge-page setting is read from {@code thp}, a file written here.
   */
  String javaArgs(String javaOpts, String thp, String... args) throws Exception {
    Path bin = root.resolve("bin");
    Files.createDirectories(bin);
    Path standIn = bin.resolve("java");
    Files.writeString(standIn, "#!/bin/sh\necho \"$*\"\n", StandardCharsets.UTF_8);
    standIn.toFile().setExecutable(true);
    Path setting = root.resolve("thp-enabled");
    Files.writeString(setting, thp + "\n", StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("planscope").toString()));
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).directory(root.toFile());
    b.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    if (!archives) {
      b.environment().put("PLANSCOPE_CDS", "0");
    } else {
      b.environment().remove("PLANSCOPE_CDS");
    }
    b.environment().put("PLANSCOPE_THP_SETTING", setting.toString());
    if (javaOpts == null) {
      b.environment().remove("PLANSCOPE_JAVA_OPTS");
    } else {
      b.environment().put("PLANSCOPE_JAVA_OPTS", javaOpts);
    }
    return run(b);
  }

  private static final String NEVER = "always madvise [never]";
  /** Whether {@link #javaArgs} lets the launcher use class-data-sharing archives. */
  boolean archives;

  @Test
  void commandsThatEndRunWithTheParallelCollectorAndShortOnesWithTheFirstTier() throws Exception {
    Files.copy(LAUNCHER, root.resolve("planscope"));
    file("pipeline/target/planscope.jar", T);
    file("plans/a.txt", T);
    String jar = root.resolve("pipeline/target/planscope.jar").toString();
    String base = "-Xlog:disable -Xlog:all=warning:stderr";

    assertEquals(base + " -Xmx2g -Dfile.encoding=UTF-8 -XX:+UseParallelGC -cp " + jar + " org.planscope.cli.Main"
        + " ingest plans", javaArgs(null, NEVER, "ingest", "plans"));
    assertEquals(base + " -Xmx512m -Dfile.encoding=UTF-8 -XX:+UseParallelGC -cp " + jar + " org.planscope.cli.Main"
        + " bench --scale 10", javaArgs("-Xmx512m", NEVER, "bench", "--scale", "10"));
    // a collector the user names wins
    assertEquals(base + " -Xmx512m -XX:+UseG1GC -Dfile.encoding=UTF-8 -cp " + jar + " org.planscope.cli.Main"
        + " ingest plans", javaArgs("-Xmx512m -XX:+UseG1GC", NEVER, "ingest", "plans"));
    // a folder is bulk work; one file is a short run on the first JIT tier
    assertEquals(base + " -Xmx2g -Dfile.encoding=UTF-8 -XX:+UseParallelGC -cp " + jar + " org.planscope.cli.Main"
        + " extract plans", javaArgs(null, NEVER, "extract", "plans"));
    assertEquals(base + " -Xmx2g -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
        + " -XX:+UseParallelGC -cp " + jar + " org.planscope.cli.Main" + " extract plans/a.txt",
        javaArgs(null, NEVER, "extract", "plans/a.txt"));
    // one search is short too; serving keeps the default collector
    assertEquals(base + " -Xmx2g -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
        + " -XX:+UseParallelGC -cp " + jar + " org.planscope.cli.Main" + " search 妇女",
        javaArgs(null, NEVER, "search", "妇女"));
    assertEquals(base + " -Xmx2g -Dfile.encoding=UTF-8 -XX:+UseParallelGC -cp " + jar + " org.planscope.cli.Main"
        + " audit --data d", javaArgs(null, NEVER, "audit", "--data", "d"));
    assertEquals(base + " -Xmx2g -Dfile.encoding=UTF-8 -cp " + jar + " org.planscope.cli.Main" + " serve",
        javaArgs(null, NEVER, "serve"));
  }

  @Test
  void theHeapUsesHugePagesWhereTheKernelOffersThem() throws Exception {
    Files.copy(LAUNCHER, root.resolve("planscope"));
    file("pipeline/target/planscope.jar", T);
    String jar = root.resolve("pipeline/target/planscope.jar").toString();
    String base = "-Xlog:disable -Xlog:all=warning:stderr";

    assertEquals(base + " -Xmx2g -Dfile.encoding=UTF-8 -XX:+UseTransparentHugePages -cp " + jar + " org.planscope.cli.Main"
        + " serve", javaArgs(null, "always [madvise] never", "serve"));
    assertEquals(base + " -Xmx2g -Dfile.encoding=UTF-8 -XX:+UseParallelGC"
        + " -XX:+UseTransparentHugePages -cp " + jar + " org.planscope.cli.Main" + " ingest plans",
        javaArgs(null, "[always] madvise never", "ingest", "plans"));
    assertEquals(base + " -Xmx2g -Dfile.encoding=UTF-8 -cp " + jar + " org.planscope.cli.Main" + " serve",
        javaArgs(null, NEVER, "serve"));
    // the user's word on huge pages wins
    assertEquals(base + " -Xmx1g -XX:-UseTransparentHugePages -Dfile.encoding=UTF-8 -cp " + jar + " org.planscope.cli.Main"
        + " serve", javaArgs("-Xmx1g -XX:-UseTransparentHugePages",
        "always [madvise] never", "serve"));
  }

  @Test
  void eachCommandThatAnswersAndExitsKeepsAnArchiveOfItsOwn() throws Exception {
    Files.copy(LAUNCHER, root.resolve("planscope"));
    file("pipeline/target/planscope.jar", T);
    archives = true;
    Path target = root.resolve("pipeline/target");
    String search = javaArgs(null, NEVER, "search", "妇女");
    // no archive yet: this run writes one under a private name (kept only if it succeeds)
    assertTrue(search.contains("-XX:ArchiveClassesAtExit=" + target.resolve("planscope-search.jsa.")),
        search);
    assertTrue(search.endsWith(".tmp -cp " + target.resolve("planscope.jar") + " org.planscope.cli.Main search 妇女"), search);
    // the stand-in java wrote nothing: nothing is kept
    try (var files = Files.list(target)) {
      assertEquals(List.of("planscope.jar"), files.map(f -> f.getFileName().toString()).toList());
    }

    file("pipeline/target/planscope-search.jsa", T + 1_000);
    assertTrue(javaArgs(null, NEVER, "search", "妇女").contains(
        "-XX:SharedArchiveFile=" + target.resolve("planscope-search.jsa") + " -cp"));
    // an extract does not use the search's archive, and writes its own
    assertTrue(javaArgs(null, NEVER, "extract", "a.txt").contains(
        "-XX:ArchiveClassesAtExit=" + target.resolve("planscope-extract.jsa.")));
    // ingest uses extract's archive when there is one, and never writes one
    String ingest = javaArgs(null, NEVER, "ingest", "plans");
    assertFalse(ingest.contains("Archive"), ingest);
    file("pipeline/target/planscope-extract.jsa", T + 1_000);
    assertTrue(javaArgs(null, NEVER, "ingest", "plans").contains(
        "-XX:SharedArchiveFile=" + target.resolve("planscope-extract.jsa") + " -cp"));
    // an archive older than the jar is from another build: written again
    file("pipeline/target/planscope.jar", T + 2_000);
    assertTrue(javaArgs(null, NEVER, "search", "妇女").contains("-XX:ArchiveClassesAtExit="));
  }
}
