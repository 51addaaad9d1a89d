package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.model.Block;
import org.planscope.model.Document;
import org.planscope.testing.HangGuard;

/**
 * Truncated and corrupted files of every format through the reader: each read gives a document
 * whose blocks lie within its text, or a {@link ReadException} naming the file with a reason;
 * nothing else escapes and no read takes long. (ExtractFuzzTest does the same for the text
 * after reading.) Seeded: the seed, the fixture and the mutation are in a failure's message.
 */
class ReaderFuzzTest {
  @TempDir Path tmp;

  static Map<String, byte[]> fixtures() throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String name : new String[] {"broken-lines.pdf", "plan.rtf", "article.html", "plan.md"}) {
      try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("/ingest/" + name)) {
        out.put(name, in.readAllBytes());
      }
    }
    out.put("numbered.docx", TikaDocumentReaderTest.numberedPlan().bytes());
    out.put("gb18030.txt", TikaDocumentReaderTest.PLAN.getBytes(Charset.forName("GB18030")));
    return out;
  }

  @Test
  void truncatedAndCorruptedFilesFailCleanly() throws Exception {
    CompositeReader reader = new CompositeReader(BadInputTest.NO_TESSERACT);
    long seed = Long.getLong("fuzz.seed", 20261122L);
    int rounds = Integer.getInteger("fuzz.rounds", 12);
    Random random = new Random(seed);
    for (Map.Entry<String, byte[]> f : fixtures().entrySet()) {
      for (int round = 0; round < rounds; round++) {
        byte[] bytes = f.getValue().clone();
        String how;
        switch (round % 3) {
          case 0 -> {
            int cut = 1 + random.nextInt(bytes.length - 1);
            bytes = Arrays.copyOf(bytes, cut);
            how = "cut at " + cut;
          }
          case 1 -> {
            int at = random.nextInt(bytes.length);
            int n = Math.min(bytes.length - at, 1 + random.nextInt(256));
            byte[] noise = new byte[n];
            random.nextBytes(noise);
            System.arraycopy(noise, 0, bytes, at, n);
            how = n + " random bytes at " + at;
          }
          default -> {
            int flips = 1 + random.nextInt(20);
            for (int i = 0; i < flips; i++) {
              bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            how = flips + " bit flips";
          }
        }
        String context = f.getKey() + ", seed " + seed + " round " + round + ": " + how;
        Path p = tmp.resolve(round + "-" + f.getKey());
        Files.write(p, bytes);
        assertTimeoutPreemptively(HangGuard.LIMIT, () -> check(reader, p, context),
            context);
      }
    }
  }

  static void check(CompositeReader reader, Path p, String context) {
    try {
      Document d = reader.read(p);
      for (Block b : d.blocks()) {
        assertTrue(b.span().start() >= 0 && b.span().end() <= d.text().length()
            && b.span().start() <= b.span().end(), context + ": block " + b);
      }
    } catch (ReadException e) {
      assertTrue(e.getMessage().startsWith(p + ": ") && !e.reason().isBlank(),
          context + ": " + e.getMessage());
    } catch (RuntimeException | Error e) {
      if (e instanceof org.opentest4j.AssertionFailedError) {
        throw e;
      }
      fail(context + ": " + e, e);
    }
  }
}
