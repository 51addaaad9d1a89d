package org.planscope.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.planscope.Pipeline;
import org.planscope.ingest.ReadException;
import org.planscope.model.Document;
import org.planscope.model.Plan;
import org.planscope.model.PlanText;

/**
 * The shipped corpus ({@code corpus/} at the project root) and its plans, extracted once per test
 * JVM and shared by the tests that read them.
 */
public final class Corpus {
  private static Map<String, Plan> plans;
  private static Map<String, PlanText> texts;

  private Corpus() {}

  /** The project root: the {@code planscope.root} system property, or the parent of the module. */
  public static Path root() {
    String p = System.getProperty("planscope.root");
    Path root = p != null ? Path.of(p) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }

  public static Path dir() {
    return root().resolve("corpus");
  }

  /** The corpus plan files, sorted (MANIFEST.tsv and README.md excluded). */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(f -> {
        String n = f.getFileName().toString();
        return !n.equals("MANIFEST.tsv") && !n.equals("README.md") && !n.startsWith(".");
      }).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every corpus plan by file name, extracted with the default pipeline. */
  public static synchronized Map<String, Plan> plans() {
    if (plans == null) {
      Pipeline pipeline = new Pipeline();
      Map<String, Plan> m = new LinkedHashMap<>();
      Map<String, PlanText> t = new LinkedHashMap<>();
      for (Path f : files()) {
        try {
          Document doc = pipeline.reader().read(f);
          PlanText text = pipeline.normalize(doc);
          t.put(f.getFileName().toString(), text);
          m.put(f.getFileName().toString(), pipeline.process(doc, text));
        } catch (ReadException e) {
          throw new AssertionError(e.getMessage(), e);
        }
      }
      texts = t;
      plans = m;
    }
    return plans;
  }

  /**
   * The normalised text of a corpus plan by file name (the plans' spans are source offsets, into
   * its {@link PlanText#source()}).
   */
  public static synchronized PlanText text(String fileName) {
    plans();
    return texts.get(fileName);
  }

  /** A test resource as UTF-8 text. */
  public static String resource(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
