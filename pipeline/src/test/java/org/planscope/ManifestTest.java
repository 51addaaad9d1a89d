package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.testing.Corpus;

/** corpus/MANIFEST.tsv names every corpus file with its true sha256 (OpenNLP's test-data check). */
class ManifestTest {
  @Test
  void manifestMatchesTheCorpusFiles() throws Exception {
    List<String> lines = Files.readAllLines(Corpus.dir().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    assertEquals("file\tsha256\ttitle\tregion", lines.get(0));
    List<String> rows = lines.subList(1, lines.size());
    assertEquals(Corpus.files().size(), rows.size(), "one manifest row per corpus file");
    for (String row : rows) {
      String[] c = row.split("\t", -1);
      assertEquals(4, c.length, row);
      Path f = Corpus.dir().resolve(c[0]);
      assertTrue(Files.exists(f), "listed but missing: " + c[0]);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
      assertEquals(sha, c[1], "sha256 of " + c[0]);
      assertTrue(!c[2].isBlank() && !c[3].isBlank(), "title and region for " + c[0]);
    }
  }
}
