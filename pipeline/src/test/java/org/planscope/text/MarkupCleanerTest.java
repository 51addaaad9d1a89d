package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Span;

/** One block cleaned alone: artefacts, markdown, widths and PDF spaces. */
class MarkupCleanerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # source block | cleaned text
      ## **主要目标**                       | 主要目标
      [bookmark: _Toc3](二)妇女与教育        | (二)妇女与教育
      []{#_Toc12 .anchor}一、总体要求        | 一、总体要求
      - 1. 孕产妇死亡率下降                  | 1. 孕产妇死亡率下降
      见[国务院文件](http://www.gov.cn/a.htm)  | 见国务院文件
      # digits and Latin letters fold, other full-width signs stay
      ２０２５年达到９５％                    | 2025年达到95％
      ---                                 | ''
      """)
  void cleansMarkup(String block, String expected) {
    int[] origin = new int[block.length()];
    assertEquals(expected, MarkupCleaner.clean(block, new Span(0, block.length()), origin, false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      达到 45% 以上           | 达到45%以上
      the WHO target 2030   | the WHO target 2030
      """)
  void dropsPdfSpacesNextToChinese(String block, String expected) {
    int[] origin = new int[block.length()];
    assertEquals(expected, MarkupCleaner.clean(block, new Span(0, block.length()), origin, true));
  }

  @Test
  void tableRowPipesBecomeTabsAndOriginsPointIntoTheSource() {
    String src = "xx| 指标 | 目标值 |";
    int[] origin = new int[src.length()];
    String out = MarkupCleaner.clean(src, new Span(2, src.length()), origin, false);
    assertEquals("指标\t目标值", out);
    assertEquals(src.indexOf("指"), origin[0]);
    assertEquals(src.indexOf("目"), origin[3]);
  }
}
