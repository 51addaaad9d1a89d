package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.planscope.json.PlanJson;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;
import org.planscope.testing.Golden;

/**
 * One reviewed snapshot of the plan JSON per corpus document ({@code golden/<doc-id>.json}), in
 * the manner of google-java-format's golden input/output tests. Any change in extraction shows up
 * as a diff here; regenerate with {@code -Dgolden.update=true} after review.
 */
class GoldenCorpusTest {
  @TestFactory
  Stream<DynamicTest> everyCorpusDocumentMatchesItsGolden() {
    return Corpus.plans().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> Golden.check(e.getValue().id() + ".json", PlanJson.pretty(normalised(e.getValue())) + "\n")));
  }

  @Test
  void everyGoldenHasACorpusDocumentAndViceVersa() throws Exception {
    if (Golden.updating()) {
      return;
    }
    TreeSet<String> goldens = new TreeSet<>();
    try (Stream<Path> s = Files.list(Golden.dir())) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5)).forEach(goldens::add);
    }
    TreeSet<String> docs = new TreeSet<>();
    for (Map.Entry<String, Plan> e : Corpus.plans().entrySet()) {
      docs.add(e.getValue().id());
    }
    assertEquals(docs, goldens, "unpaired corpus documents or golden files");
  }

  /** The source path differs between checkouts; the golden keeps the file name only. */
  private static Plan normalised(Plan p) {
    var s = p.source();
    var source = new org.planscope.model.Source("corpus/" + s.fileName(), s.fileName(), s.sha256(),
        s.mediaType(), s.bytes());
    return new Plan(p.id(), source, p.title(), p.titleInferred(), p.region(), p.period(),
        p.planType(), p.domains(), p.keyProjects(), p.sections(), p.implementationUnits(),
        p.warnings());
  }

  static List<String> ids() {
    return List.copyOf(Corpus.plans().keySet());
  }
}
