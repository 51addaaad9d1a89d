package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
}
