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
      [bookmark: _Toc3](二)妇女与教育        | （二）妇女与教育
      []{#_Toc12 .anchor}一、总体要求        | 一、总体要求
      - 1. 孕产妇死亡率下降                  | 1. 孕产妇死亡率下降
      见[国务院文件](http://www.gov.cn/a.htm)  | 见国务院文件
      # digits and Latin letters fold, other full-width signs stay
      ２０２５年达到９５％                    | 2025年达到95％
      ---                                 | ''
      # bullets, the Chinese dash bullet included; a dash inside the text stays
      ●加强儿童健康服务。                     | 加强儿童健康服务。
      ——覆盖城乡的儿童健康服务体系更加完善。    | 覆盖城乡的儿童健康服务体系更加完善。
      －－坚持男女平等。                      | 坚持男女平等。
      到2030年——实现全覆盖。                 | 到2030年——实现全覆盖。
      # a markdown heading's marks inside a flattened line go; a # inside a word or alone stays
      保障水平。 ## 二、发展领域 #### 主要目标：  | 保障水平。 二、发展领域 主要目标：
      编号 #3 的项目                          | 编号 #3 的项目
      # an OCR's 一 between digits is the dash
      规划（2021一2030年）配备1一2名        | 规划（2021—2030年）配备1—2名
      # an OCR's ‰ after a number; a % before a word stays
      控制在2%o、4%o以下                      | 控制在2‰、4‰以下
      达到90%on time                        | 达到90%on time
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
  void aCircledNumberThePdfPutAfterTheDigitsComesFirst() {
    String block = "5⑤ 岁以下儿童贫血率控制在 10%以下";
    int[] origin = new int[block.length()];
    String out = MarkupCleaner.clean(block, new Span(0, block.length()), origin, true);
    assertEquals("⑤5岁以下儿童贫血率控制在10%以下", out);
    assertEquals(0, origin[0]); // offsets stay monotone: a span over both maps to both
    assertEquals(1, origin[1]);
    // not in other formats, nor after a digit that is not the line's start
    assertEquals("5⑤岁", MarkupCleaner.clean("5⑤岁", new Span(0, 3), new int[3], false));
    assertEquals("第5⑤项", MarkupCleaner.clean("第5⑤项", new Span(0, 4), new int[4], true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text spaced out a character at a time, in any format: the spaces go
      某 某 县 妇 女 发 展 规 划 （ 2021 — 2030 年 ）          | 某某县妇女发展规划（2021—2030年）
      1. 孕 产 妇 死 亡 率 控 制 在 10/10 万 以 下 。          | 1.孕产妇死亡率控制在10/10万以下。
      # words with spaces between them, or a short spaced label, stay
      妇女 儿童 发展 规划 纲要                               | 妇女 儿童 发展 规划 纲要
      目 录                                             | 目 录
      """)
  void dropsTheSpacesOfLetterSpacedText(String block, String expected) {
    int[] origin = new int[block.length()];
    String out = MarkupCleaner.clean(block, new Span(0, block.length()), origin, false);
    assertEquals(expected, out);
    assertEquals(block.indexOf(out.charAt(out.length() - 1), block.length() - 2),
        origin[out.length() - 1], "the last character's origin");
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
