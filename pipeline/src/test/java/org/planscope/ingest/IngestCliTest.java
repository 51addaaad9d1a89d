package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.cli.Main;
import org.planscope.model.PlanText;
import org.planscope.testing.Corpus;
import org.planscope.text.NormalizerPropertyTest;
import org.planscope.text.TextNormalizer;

/** The ingest command end to end over a folder with one file of every format and the corpus. */
class IngestCliTest {
  static final List<String> FIXTURES =
      List.of("article.html", "portal.htm", "plan.md", "plan.rtf", "numbered.rtf",
          "broken-lines.pdf");

  @TempDir Path tmp;

  Path folderOfEveryFormat() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String f : FIXTURES) {
      TikaDocumentReaderTest.resource(f, in);
    }
    Files.write(in.resolve("numbered.docx"), TikaDocumentReaderTest.numberedPlan().bytes());
    Files.write(in.resolve("gb18030.txt"),
        TikaDocumentReaderTest.PLAN.getBytes(Charset.forName("GB18030")));
    Files.write(in.resolve("utf16.txt"),
        ("\uFEFF" + TikaDocumentReaderTest.PLAN).getBytes(StandardCharsets.UTF_16LE));
    for (Path f : Corpus.files()) {
      Files.copy(f, in.resolve(f.getFileName()));
    }
    return in;
  }

  @Test
  void ingestReadsEveryFormatAndTheCorpus() throws Exception {
    Path in = folderOfEveryFormat();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"ingest", in.toString(), "--data",
        tmp.resolve("data").toString(), "--threads", "2"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "en");
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, e);
    int files = FIXTURES.size() + 3 + Corpus.files().size();
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(files + " plan(s), 0 failed"), e);
    ObjectMapper m = new ObjectMapper();
    // one plan file per input, each under its plan's own id (plan.txt, plan.docx … share the
    // stem "plan", so each is told apart by a hash of its path)
    java.util.Map<String, String> idBySource = new java.util.TreeMap<>();
    try (var s = Files.list(tmp.resolve("data/plans"))) {
      for (Path json : s.toList()) {
        JsonNode plan = m.readTree(json.toFile());
        String id = plan.get("id").asText();
        String ext = json.getFileName().toString().replaceFirst("^.*\\.([^.]+)\\.json$", "$1");
        assertEquals(id + "." + ext + ".json", json.getFileName().toString());
        idBySource.put(Path.of(plan.get("source").asText()).getFileName().toString(), id);
      }
    }
    try (var s = Files.list(in)) {
      assertEquals(s.map(f -> f.getFileName().toString()).sorted().toList(),
          List.copyOf(idBySource.keySet()));
    }
    assertEquals(idBySource.size(), new java.util.HashSet<>(idBySource.values()).size(),
        "ids are unique: " + idBySource);
  }

  @Test
  void everyFixtureKeepsTheNormaliserInvariants() throws Exception {
    Path in = folderOfEveryFormat();
    CompositeReader reader = new CompositeReader();
    TextNormalizer normalizer = new TextNormalizer();
    try (var s = Files.list(in)) {
      for (Path f : s.toList()) {
        PlanText t = normalizer.normalize(reader.read(f));
        NormalizerPropertyTest.assertInvariants(t, f.getFileName().toString());
      }
    }
  }
}
