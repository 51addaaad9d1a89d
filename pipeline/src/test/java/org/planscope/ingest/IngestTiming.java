package org.planscope.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.planscope.model.Document;
import org.planscope.text.TextNormalizer;

/**
 * Times reading and normalising: the first read in a fresh JVM (cold) and the median of later
 * reads (warm). Not a test; run by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.planscope.ingest.IngestTiming
 * PLAN.txt [PLAN.pdf] [OUT.docx]}. A .docx of the plan is built (numbered lines become Word list
 * items) and read alongside the given files.
 */
public final class IngestTiming {
  private static final Pattern ITEM = Pattern.compile("^(\\d+)[.．、]\\s*");

  private IngestTiming() {}

  public static void main(String[] args) throws Exception {
    Path txt = Path.of(args[0]);
    Path docx = Path.of(args.length > 2 ? args[2] : "/tmp/plan-timing.docx");
    DocxFixture f = new DocxFixture().numbering(DocxFixture.abstractNum(0,
        DocxFixture.lvl(0, 1, "decimal", "%1．")) + DocxFixture.num(1, 0, ""));
    for (String line : Files.readAllLines(txt)) {
      if (line.isBlank()) {
        continue;
      }
      var m = ITEM.matcher(line);
      if (m.find()) {
        f.item(1, 0, line.substring(m.end()));
      } else {
        f.p(line);
      }
    }
    Files.write(docx, f.bytes());
    List<Path> files = args.length > 1 ? List.of(docx, Path.of(args[1]), txt) : List.of(docx, txt);
    CompositeReader reader = new CompositeReader();
    TextNormalizer normalizer = new TextNormalizer();
    for (Path p : files) {
      long t0 = System.nanoTime();
      Document d = reader.read(p);
      long t1 = System.nanoTime();
      normalizer.normalize(d);
      long t2 = System.nanoTime();
      long[] warm = new long[15];
      long[] norm = new long[15];
      for (int i = 0; i < warm.length; i++) {
        long s = System.nanoTime();
        Document w = reader.read(p);
        long e = System.nanoTime();
        normalizer.normalize(w);
        norm[i] = System.nanoTime() - e;
        warm[i] = e - s;
      }
      Arrays.sort(warm);
      Arrays.sort(norm);
      System.out.printf("%-24s %7d chars  cold read %6.0f ms, normalise %5.0f ms;"
              + "  warm read %6.1f ms, normalise %5.1f ms%n",
          p.getFileName(), d.text().length(), (t1 - t0) / 1e6, (t2 - t1) / 1e6,
          warm[warm.length / 2] / 1e6, norm[norm.length / 2] / 1e6);
    }
  }
}
