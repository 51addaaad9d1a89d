package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.planscope.model.Span;

/** The folded item text: whitespace out, widths folded, every character mapped back. */
class FoldedTextTest {
  @Test
  void dropsSpacesAndMapsBack() {
    FoldedText f = FoldedText.of("孕产妇死亡率 8/10 万");
    assertEquals("孕产妇死亡率8/10万", f.s);
    assertEquals("8/10 万", f.raw(6, 11));
    assertEquals(new Span(107, 113), f.span(6, 11, 100));
    assertEquals(new Span(100, 100), f.span(3, 3, 100));
  }

  @Test
  void foldsWidthsButKeepsThePrintedForm() {
    FoldedText f = FoldedText.of("达到９５％，比例１∶１０００");
    assertEquals("达到95%,比例1:1000", f.s);
    assertEquals("达到９５％，比例１∶１０００", f.d);
  }

  @Test
  void marksNumbersInQuotes() {
    String s = "建设“15分钟生活圈”覆盖率达到90%";
    boolean[] q = FoldedText.quotes(s);
    assertTrue(q[s.indexOf("15")]);
    assertFalse(q[s.indexOf("90")]);
  }
}
