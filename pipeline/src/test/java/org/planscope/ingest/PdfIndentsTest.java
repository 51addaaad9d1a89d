package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.Pipeline;
import org.planscope.model.Document;
import org.planscope.model.PlanText;

/**
 * A PDF's first-line indents ({@link PdfIndents}): the fixture indents every paragraph by two
 * characters and wraps its lines at the margin, as a word processor's export does.
 */
class PdfIndentsTest {
  private static final Pipeline PIPELINE = new Pipeline();

  private static Document read() throws Exception {
    return PIPELINE.reader().read(
        Path.of(PdfIndentsTest.class.getResource("/ingest/broken-lines.pdf").toURI()));
  }

  @Test
  void aParagraphsFirstLineIsIndentedItsWrappedLinesAreNot() throws Exception {
    List<String> lines = read().text().lines().toList();
    for (String item : List.of("1. 妇女全生命周期", "2. 孕产妇死亡率", "4. 妇女经常参加")) {
      int at = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().startsWith(item)) {
          at = i;
        }
      }
      assertTrue(at >= 0, item);
      assertTrue(lines.get(at).startsWith(PdfIndents.INDENT), lines.get(at));
      if (!item.startsWith("2.")) { // the page's number follows item 2, centred
        assertFalse(lines.get(at + 1).startsWith(PdfIndents.INDENT), lines.get(at + 1));
      }
    }
  }

  @Test
  void theIndentsKeepEveryParagraphWhole() throws Exception {
    Document doc = read();
    PlanText text = PIPELINE.normalize(doc);
    assertTrue(text.text().contains("2.孕产妇死亡率下降到12/10万以下，城乡、区域差距缩小。\n")
        || text.text().contains("2. 孕产妇死亡率下降到12/10万以下，城乡、区域差距缩小。\n"), text.text());
    assertEquals(doc.blocks().size(), doc.blocks().stream()
        .filter(b -> b.span().end() <= doc.text().length()).count());
  }
}
