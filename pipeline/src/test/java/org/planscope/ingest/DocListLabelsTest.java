package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocListLabelsTest {
  private static final int DECIMAL = 0;
  private static final int CIRCLE = 18;
  private static final int CHINESE = 37;

  private static DocListLabels.Entry entry(String template, int... formats) {
    int[] all = new int[9];
    System.arraycopy(formats, 0, all, 0, formats.length);
    return DocListLabels.Entry.of(template, all, "");
  }

  @Test
  void chineseCountingComesBackFromTikasDecimal() {
    assertEquals("十二、总体要求", entry("\u0000、", CHINESE).relabel("12、 总体要求"));
    assertEquals("（三）妇女与健康", entry("（\u0001）", DECIMAL, CHINESE).relabel("（3） 妇女与健康"));
    assertEquals("③加强服务。", entry("\u0000", CIRCLE).relabel("3 加强服务。"));
  }

  @Test
  void aLevelTikaRendersRightStaysAsPrinted() {
    assertEquals("1. 婴儿死亡率", entry("\u0000.", DECIMAL).relabel("1. 婴儿死亡率"));
    // a legal number 二.3: the outer level re-rendered, the inner one as printed
    assertEquals("二.3 内容", entry("\u0000.\u0001", CHINESE, DECIMAL).relabel("2.3 内容"));
  }

  @Test
  void aParagraphWithoutThePrintedNumberOrTextIsNotItsListParagraph() {
    assertNull(entry("（\u0000）", CHINESE).relabel("妇女与健康"));
    // a heading whose number is typed (1.) is not the circled list paragraph that follows it
    DocListLabels.Entry circled = DocListLabels.Entry.of("\u0000", new int[] {CIRCLE, 0, 0, 0, 0, 0,
        0, 0, 0}, DocListLabels.start("妇女在生命全周期享有良好的基本医疗卫生服务。\r"));
    assertNull(circled.relabel("1.妇女与健康"));
    assertEquals("①妇女在生命全周期享有良好的基本医疗卫生服务。",
        circled.relabel("1 妇女在生命全周期享有良好的基本医疗卫生服务。"));
  }

  @Test
  void aParagraphsStartStopsAtAField() {
    assertEquals("妇女在生", DocListLabels.start("  妇女在生命全周期"));
    assertEquals("见", DocListLabels.start("见\u0013 PAGEREF \u0014"));
    assertEquals("", DocListLabels.start("\u0001图"));
  }

  @Test
  void formatsTikaAlreadyPrintsAreLeftAlone() {
    assertFalse(DocListLabels.rerender(DECIMAL));
    assertFalse(DocListLabels.rerender(2)); // lowerRoman
    assertFalse(DocListLabels.rerender(22)); // decimalZero
    assertFalse(DocListLabels.rerender(23)); // bullet
    assertTrue(DocListLabels.rerender(CHINESE));
    assertTrue(DocListLabels.rerender(39)); // chineseCountingThousand
    assertTrue(DocListLabels.rerender(CIRCLE));
    assertTrue(DocListLabels.rerender(14)); // decimalFullWidth
  }

  @Test
  void aFileHwpfCannotReadLeavesTikasText() {
    assertNull(DocListLabels.of("not a word file".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
