package org.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Cli;
import org.planscope.testing.Corpus;

/** {@code planscope export --format jsonl}: one search document a line, the schema's fields. */
class ExportCommandTest {
  @TempDir Path tmp;

  @Test
  void writesOneSearchDocumentALineWithTheIndexedDocumentCount() throws Exception {
    Path data = tmp.resolve("data");
    Cli.Result ingest = Cli.run("ingest", Corpus.files().get(0).toString(), "--data",
        data.toString());
    assertEquals(0, ingest.code(), ingest.err());
    Path out = tmp.resolve("docs.jsonl");
    Cli.Result export = Cli.run("export", "--format", "jsonl", "--data", data.toString(), "-o",
        out.toString());
    assertEquals(0, export.code(), export.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    // as many documents as the ingest indexed ("… 共 N 个文档" on its index line)
    assertTrue(ingest.err().contains("；共 " + lines.size() + " 个文档（"), ingest.err());
    assertEquals("planscope export：已从 1 个规划导出 " + lines.size() + " 个文档\n", export.err());
    ObjectMapper json = new ObjectMapper();
    int targets = 0;
    for (String line : lines) {
      JsonNode d = json.readTree(line);
      assertTrue(d.hasNonNull("id") && d.hasNonNull("kind") && d.hasNonNull("plan"), line);
      d.fieldNames().forEachRemaining(f -> assertFalse(f.contains("."), f + " in " + line));
      if (d.get("kind").asText().equals("target")) {
        targets++;
        assertTrue(d.hasNonNull("indicator") && d.hasNonNull("text_bi"), line);
      }
    }
    assertTrue(targets > 0, "no target documents");
    assertEquals(1, lines.stream().filter(l -> l.contains("\"kind\":\"_file\"")).count());

    Cli.Result bad = Cli.run("export", "--format", "csv", "--data", data.toString());
    assertEquals(2, bad.code());
    assertEquals("planscope export：未知的 --format csv（可用 jsonl）\n", bad.err());
    assertEquals("planscope export: unknown --format csv (jsonl)\n",
        Cli.english("export", "--format", "csv", "--data", data.toString()).err());
  }
}
