package org.planscope.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. {@code -Dgolden.update=true} rewrites them
 * instead of comparing, and refuses to when the {@code CI} environment variable is set, so a CI
 * run can never bless its own output. The golden diff in review is the change log.
 */
public final class Golden {
  private Golden() {}

  public static Path dir() {
    return Corpus.root().resolve("pipeline/src/test/resources/golden");
  }

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Compares {@code actual} with the golden file, or rewrites it when updating. */
  public static void check(String name, String actual) {
    Path file = dir().resolve(name);
    try {
      if (updating()) {
        if (System.getenv("CI") != null) {
          throw new IllegalStateException("golden.update is refused when CI is set");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError("no golden file " + file
            + "; create it with: ./mvnw -o -q test -Dtest=GoldenCorpusTest -Dgolden.update=true");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
          "output differs from " + file + " (review, then regenerate with -Dgolden.update=true)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
