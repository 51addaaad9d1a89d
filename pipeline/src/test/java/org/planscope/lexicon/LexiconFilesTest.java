package org.planscope.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.planscope.testing.Corpus;

/** Every data file under models/ loads, so a typo fails the build before it skews the output. */
class LexiconFilesTest {
  @Test
  void everyTsvUnderModelsLoads() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Corpus.root().resolve("models"))) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    for (Path f : files) {
      String rel = Corpus.root().resolve("models").relativize(f).toString();
      Tsv tsv = Tsv.model(rel);
      assertFalse(tsv.columns().isEmpty(), rel);
      for (Tsv.Row row : tsv.rows()) {
        assertTrue(row.cells().values().stream().anyMatch(v -> !v.isEmpty()), rel + ":" + row.line());
      }
    }
  }

  /** models/README.md names every data file, so a new one comes with its reader and source. */
  @Test
  void modelsReadmeListsEveryFile() throws Exception {
    Path models = Corpus.root().resolve("models");
    String readme = Files.readString(models.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> missing;
    try (Stream<Path> s = Files.walk(models)) {
      missing = s.filter(Files::isRegularFile).map(p -> models.relativize(p).toString())
          .filter(rel -> !rel.equals("README.md"))
          .filter(rel -> !readme.contains("`" + rel + "`")).sorted().toList();
    }
    assertTrue(missing.isEmpty(), "not in models/README.md: " + missing);
  }

  @Test
  void malformedRowsFailWithFileAndLine() {
    String data = "# comment\nname\tkind\nA\tX\nB\tX\textra\n";
    LexiconException e = assertThrows(LexiconException.class, () -> Tsv.read("t.tsv",
        new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().startsWith("t.tsv:4:"), e.getMessage());
  }

  @Test
  void duplicateKeysFailWithBothLines() {
    String data = "name\tkind\nA\tX\nA\tY\n";
    Tsv tsv = Tsv.read("t.tsv", new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
    LexiconException e = assertThrows(LexiconException.class, () -> tsv.unique("name"));
    assertTrue(e.getMessage().contains("t.tsv:3:") && e.getMessage().contains("line 2"), e.getMessage());
  }
}
