package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Document;
import org.planscope.model.PlanText;
import org.planscope.model.Source;
import org.planscope.model.Span;

/**
 * The normaliser on small texts with exact expected output. Offsets are checked with a marked
 * expectation: {@code ⟦…⟧} in the expected normalised text marks a span whose source text
 * ({@link PlanText#toSource(Span)}) must be the given string.
 */
class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  /** A document of one block per line; {@code \f} in the text starts a new page. */
  static Document doc(String text, String mediaType) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\f') {
        if (i > start) {
          blocks.add(Block.paragraph(new Span(start, i)));
        }
        start = i + 1;
      }
    }
    return new Document(new Source("t", "t", "0", mediaType, text.length()), text, blocks, Map.of());
  }

  PlanText norm(String text) {
    return normalizer.normalize(doc(text, "text/plain; charset=UTF-8"));
  }

  PlanText normPdf(String text) {
    return normalizer.normalize(doc(text, "application/pdf"));
  }

  /** Checks the text and that the marked span maps back to {@code sourceOfMark}. */
  static void assertMarked(PlanText t, String marked, String sourceOfMark) {
    int s = marked.indexOf('⟦');
    int e = marked.indexOf('⟧') - 1;
    String expected = marked.replace("⟦", "").replace("⟧", "");
    assertEquals(expected, t.text());
    Span span = new Span(s, e);
    assertEquals(sourceOfMark, t.toSource(span).in(t.source()), "source of " + span.in(t.text()));
  }

  static List<String> blockTexts(PlanText t) {
    return t.blocks().stream().map(b -> b.span().in(t.text())).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      [bookmark: _Toc8858]前  言                 | ⟦前⟧  言                  | 前
      [bookmark: _Toc1][bookmark: _Toc2]一、总则  | 一、⟦总则⟧                  | 总则
      - 1.妇女平等享有社会保障权益。              | ⟦1.⟧妇女平等享有社会保障权益。  | 1.
      ## 一、总体目标                           | ⟦一⟧、总体目标               | 一
      为促进**男女平等**和妇女全面发展。          | 为促进⟦男女平等和⟧妇女全面发展。  | 男女平等**和
      孕产妇死亡率下降到１２/１０万以下          | 孕产妇死亡率下降到⟦12/10万⟧以下  | １２/１０万
      ＡＢＣ类                                  | ⟦ABC⟧类                     | ＡＢＣ
      依据《[纲要](http://x.cn/a.html)》制定     | 依据《⟦纲要⟧》制定            | 纲要
      2\\. 孕产妇                               | 2⟦.⟧ 孕产妇                  | .
      []{#_Toc8 .anchor}前言                    | ⟦前言⟧                      | 前言
      （2021―2030年）                          | （2021⟦—⟧2030年）            | ―
      妇女发展规划（2〇21—2〇3〇年）              | 妇女发展规划（2021—2⟦0⟧30年）     | 〇
      二〇二一年                                | ⟦二〇⟧二一年                  | 二〇
      """)
  void cleansOneLine(String source, String marked, String sourceOfMark) {
    assertMarked(norm(source.strip()), marked.strip(), sourceOfMark);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      — 12 —
      - 3 -
      第 3 页
      第3页 共20页
      3/20
      Page 4 of 9
      12
      ---
      ***
      """)
  void dropsPageNumbersAndRules(String line) {
    assertEquals("前文\n后文", norm("前文\n" + line + "\n后文").text());
  }

  @Test
  void rejoinsASentenceBrokenAcrossBlankLines() {
    String src = "3. 妇女的宫颈癌和乳腺癌防治意识进一步提升。适龄妇女宫颈癌、乳腺癌人群\n\n筛查率逐步提高。\n\n4.全面普及生殖健康知识。";
    PlanText t = norm(src);
    assertMarked(t, "3. 妇女的宫颈癌和乳腺癌防治意识进一步提升。适龄妇女宫颈癌、乳腺癌⟦人群筛查⟧率逐步提高。\n"
        + "4.全面普及生殖健康知识。", "人群\n\n筛查");
    assertEquals(2, t.blocks().size());
    assertEquals(new Span(0, t.text().indexOf('\n')), t.blocks().get(0).span());
    assertEquals(new Span(t.text().indexOf('\n') + 1, t.length()), t.blocks().get(1).span());
  }

  @Test
  void rejoinsALineBrokenAfterAShortFragmentAndAFullStop() {
    // corpus/003: the sentence before the break ends in 。, the line does not
    String src = "- 8.完善多层次养老服务，建立长期照护保障制度。保障\n\n老年妇女享有均等可及的基本养老服务。\n\n9.加强关爱服务。";
    assertEquals(List.of("8.完善多层次养老服务，建立长期照护保障制度。保障老年妇女享有均等可及的基本养老服务。",
        "9.加强关爱服务。"), blockTexts(norm(src)));
  }

  @Test
  void rejoinsALineThatStartsWithASpaceAfterAMidWordBreak() {
    String src = "依据宪法和民法典、妇女权益保障法等有关法律法规，按照《山东省“十四五”妇\n 女发展规划》，制定本规划。";
    assertMarked(norm(src), "依据宪法和民法典、妇女权益保障法等有关法律法规，按照《山东省“十四五”⟦妇女⟧发展规划》，制定本规划。",
        "妇\n 女");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      主要目标：                                       | 1.妇女全生命周期享有良好的卫生健康服务。
      （一）妇女与健康                                  | 妇女全生命周期享有良好的卫生健康服务，人均预期寿命延长。
      一、指导思想、基本原则和总体目标                     | 以习近平新时代中国特色社会主义思想为指导。
      （三）加强妇女儿童工作领导机构建设和人员经费保障落实到位   | 各级政府要加强领导。
      第二章 发展领域主要目标和策略措施及重点工程项目安排       | 妇女与健康。
      坚持男女平等基本国策，推动妇女全面发展和妇女事业进步，其中   | 策略措施：
      坚持男女平等基本国策，推动妇女全面发展和妇女事业进步，其中   | 2.妇女平等享有受教育权利。
      坚持男女平等基本国策，推动妇女全面发展和妇女事业进步，其中   | （二）妇女与教育
      坚持男女平等基本国策，推动妇女全面发展和妇女事业进步，其中   | ①妇女平等享有受教育权利。
      """)
  void neverGluesAHeadingOrANewItem(String first, String second) {
    assertEquals(List.of(first.strip(), second.strip()),
        blockTexts(norm(first.strip() + "\n\n" + second.strip())));
  }

  @Test
  void joinsLatinWordsWithASpaceAndChineseWithout() {
    assertEquals("the plan for women and children applies to all counties and districts here",
        norm("the plan for women and children applies to\nall counties and districts here").text());
    assertEquals("完善妇女健康服务体系，加强妇幼保健机构建设，提高妇女健康水平和生活质量",
        norm("完善妇女健康服务体系，加强妇幼保健机构建\n设，提高妇女健康水平和生活质量").text());
  }

  @Test
  void aPagesNumberAndHeaderInsideALineGoAndItsTextJoins() {
    // a PDF copied as long lines: where a page broke, its number and running header stay inline
    String h = "台江县儿童发展规划（2021—2030年）";
    assertEquals("（五）5岁以下儿童贫血率和生长迟缓率分别控制在10%和5%以下，儿童超重、肥胖上升趋势得到有效控制。"
        + "\n（六）新生儿访视率达到90%以上。\n（三）儿童与教育\n1.主要目标",
        norm("（五）5岁以下儿童贫血率和生长迟缓率分别控制在10%和5%以 — 3 — " + h
            + " 下，儿童超重、肥胖上升趋势得到有效控制。（六）新生儿访视率达到90% — 4 — " + h + " 以上。\n"
            + "（三）儿童与教 — 7 — " + h + " 育\n1.主要目标").text());
    // a dash between numbers in a sentence is no page number
    assertEquals("分为2021 — 2025年和2026 — 2030年两个阶段推进实施",
        norm("分为2021 — 2025年和2026 — 2030年两个阶段推进实施").text());
  }

  @Test
  void aNumberBrokenAtTheLinesEndIsOneNumber() {
    assertEquals("适龄儿童免疫规划疫苗接种率以乡（镇）为单位保持在95%以上，婴儿死亡率不断下降",
        norm("适龄儿童免疫规划疫苗接种率以乡（镇）为单位保持在9\n5%以上，婴儿死亡率不断下降").text());
  }

  @Test
  void aLineCannotStartWithClosingPunctuation() {
    assertEquals("妇女体质测定标准合格比例提高。\n策略措施：",
        norm("妇女体质测定标准合格比例提高\n。\n策略措施：").text());
  }

  @Test
  void pdfSpacesBetweenChineseAndDigitsGoAndTheMapStaysExact() {
    PlanText t = normPdf("4. 妇女经常参加体育锻炼的人数比例达到 45% 以上，Word 文档 and PDF");
    assertMarked(t, "4.妇女经常参加体育锻炼的人数比例达到⟦45%以上⟧，Word文档and PDF", "45% 以上");
  }

  @Test
  void pdfFullLinesAreRejoinedShortLinesEndParagraphs() {
    String page1 = String.join("\n",
        "示例县妇女发展规划（2021—2030年）",
        "一、总体目标",
        "到 2030 年，男女平等基本国策得到深入",
        "贯彻落实，促进男女平等和妇女全面发展的制",
        "度机制创新完善，妇女平等享有全方位的健康",
        "服务，健康水平持续提升。",
        "主要目标：",
        "1. 妇女全生命周期享有良好的卫生健康服",
        "务，妇女人均预期寿命延长，人均健康预期寿",
        "— 1 —");
    String page2 = String.join("\n",
        "示例县妇女发展规划（2021—2030年）",
        "命提高。",
        "2. 孕产妇死亡率下降到 12/10 万以下，城",
        "乡、区域差距缩小。",
        "— 2 —");
    String page3 = String.join("\n",
        "示例县妇女发展规划（2021—2030年）",
        "3. 适龄妇女宫颈癌人群筛查率达到 70%",
        "以上。",
        "— 3 —");
    PlanText t = normPdf(page1 + "\f" + page2 + "\f" + page3);
    assertEquals(List.of(
        "示例县妇女发展规划（2021—2030年）",
        "一、总体目标",
        "到2030年，男女平等基本国策得到深入贯彻落实，促进男女平等和妇女全面发展的制度机制创新完善，"
            + "妇女平等享有全方位的健康服务，健康水平持续提升。",
        "主要目标：",
        "1.妇女全生命周期享有良好的卫生健康服务，妇女人均预期寿命延长，人均健康预期寿命提高。",
        "2.孕产妇死亡率下降到12/10万以下，城乡、区域差距缩小。",
        "3.适龄妇女宫颈癌人群筛查率达到70%以上。"), blockTexts(t));
    // the goal that runs across the page break maps back over the footer, header and breaks
    int at = t.text().indexOf("寿命提高");
    String across = t.toSource(new Span(at, at + 4)).in(t.source());
    assertEquals("寿\n— 1 —\f示例县妇女发展规划（2021—2030年）\n命提高", across);
  }

  /**
   * In wrapped PDF text a full line continues, except before a line that opened on a bullet (◆,
   * dropped by the cleaner), a 【】 label, or a short line without any punctuation after a
   * sentence's stop: a heading such as 03妇女与经济, which no paragraph's last line looks like.
   */
  @Test
  void pdfFullLinesStopBeforeBulletsLabelsAndLoneHeadings() {
    String page1 = String.join("\n",
        "示例旗妇女发展规划（2021—2030年）",
        "【主要目标】",
        "◆ 妇女全生命周期享有良好的卫生健康服务，妇女人均预期寿命延长。",
        "◆ 孕产妇系统管理率保持在90%以上。孕产妇死亡率下降到12/10万以",
        "下。城乡、区域差距缩小，健康水平持续提升，持续提升健康服务。",
        "03妇女与经济",
        "【主要目标】",
        "◆ 促进妇女平等就业，优化妇女就业结构，提高妇女收入水平及比重。",
        "— 1 —");
    String page2 = String.join("\n",
        "【策略措施】",
        "● 加大妇女平等参与经济发展的保障力度，完善相关政策，落实权益。");
    PlanText t = normPdf(page1 + "\f" + page2);
    assertEquals(List.of(
        "示例旗妇女发展规划（2021—2030年）",
        "【主要目标】",
        "妇女全生命周期享有良好的卫生健康服务，妇女人均预期寿命延长。",
        "孕产妇系统管理率保持在90%以上。孕产妇死亡率下降到12/10万以下。城乡、区域差距缩小，"
            + "健康水平持续提升，持续提升健康服务。",
        "03妇女与经济",
        "【主要目标】",
        "促进妇女平等就业，优化妇女就业结构，提高妇女收入水平及比重。",
        "【策略措施】",
        "加大妇女平等参与经济发展的保障力度，完善相关政策，落实权益。"), blockTexts(t));
  }

  @Test
  void runningHeadersNeedThreePagesAndStayOnTheFirst() {
    String twoPages = "规划\n正文一。\f规划\n正文二。";
    assertEquals("规划\n正文一。\n规划\n正文二。", norm(twoPages).text());
    String threePages = "规划\n正文一。\f规划\n正文二。\f正文三。\n规划";
    assertEquals("规划\n正文一。\n正文二。\n正文三。", norm(threePages).text());
    // the first page's copy is a line of its own, even when it is as wide as a wrapped line
    String header = "示例县妇女发展规划（2021—2030年）";
    String full = "妇女平等享有全方位的健康服务，健康水平持续提";
    String pdf = header + "\n鹿寨县妇女发展规划\n" + full + "\n升。\f" + header + "\n" + full + "\n高。\f"
        + header + "\n" + full + "\n快。";
    assertEquals(List.of(header, "鹿寨县妇女发展规划", full + "升。", full + "高。", full + "快。"),
        blockTexts(normPdf(pdf)));
  }

  @Test
  void aRepeatedLineInsideThePageIsNoHeaderAFooterGoesEvenFromTheFirstPage() {
    String src = "标题\n主要目标：\n一。\n二。\n尾\f标题\n主要目标：\n三。\n四。\n尾\f标题\n主要目标：\n五。\n六。\n尾"
        + "\f标题\n续。\n主要目标：\n七。\n尾";
    PlanText t = norm(src);
    assertEquals(4, blockTexts(t).stream().filter("主要目标："::equals).count());
    assertEquals(1, blockTexts(t).stream().filter("标题"::equals).count());
    assertEquals(0, blockTexts(t).stream().filter("尾"::equals).count());
  }

  @Test
  void anAutomaticNumberIsPutInFrontOfTheText() {
    String src = "总体目标\n坚持男女平等。";
    Document d = new Document(new Source("t", "t", "0", "text/plain", 1), src,
        List.of(new Block(BlockKind.LIST_ITEM, 0, "一、", new Span(0, 4)),
            new Block(BlockKind.LIST_ITEM, 1, "１.", new Span(5, 12))),
        Map.of());
    PlanText t = normalizer.normalize(d);
    assertEquals("一、总体目标\n1.坚持男女平等。", t.text());
    assertEquals(List.of("一、总体目标", "1.坚持男女平等。"), blockTexts(t));
    assertEquals(0, t.toSource(0));
    assertEquals(new Span(0, 4), t.toSource(new Span(0, 6)));
    assertEquals(new Span(5, 12), t.toSource(new Span(7, 16)));
  }

  @Test
  void aLabelAlreadyInTheTextIsNotRepeated() {
    String src = "一、总体目标";
    Document d = new Document(new Source("t", "t", "0", "text/plain", 1), src,
        List.of(new Block(BlockKind.HEADING, 1, "一、", new Span(0, 6))), Map.of());
    assertEquals("一、总体目标", normalizer.normalize(d).text());
  }

  @Test
  void theOffsetMapIsExactAndMonotone() {
    String src = "[bookmark: _Toc1]前　言\n\n— 2 —\n\n适龄妇女宫颈癌、乳腺癌人群筛查率达到７０％以上并逐步提高\n\n，覆盖城乡。";
    PlanText t = norm(src);
    assertEquals("前　言\n适龄妇女宫颈癌、乳腺癌人群筛查率达到70％以上并逐步提高，覆盖城乡。", t.text());
    int[] expected = new int[t.length()];
    for (int i = 0; i < t.length(); i++) {
      char c = t.text().charAt(i);
      if (c == '\n') {
        expected[i] = 20; // just after 言
      } else {
        expected[i] = src.indexOf(c == '7' ? '７' : c == '0' ? '０' : c, i == 0 ? 0 : expected[i - 1]);
      }
      assertEquals(expected[i], t.toSource(i), "offset of " + i + " '" + c + "'");
    }
  }

  /**
   * The title printed again further down (a running header on too few pages to recur, a cover's
   * title above the text) is furniture; other repeated lines are not.
   */
  @Test
  void copiesOfTheTitleFurtherDownAreDropped() {
    assertEquals(List.of("鹿寨县妇女发展规划（2021—2030年）", "一、妇女与健康", "1.完善妇女健康服务体系。",
        "2.促进健康老龄化。"), blockTexts(norm("""
        鹿寨县妇女发展规划（2021—2030年）
        一、妇女与健康
        1.完善妇女健康服务体系。
        5
        鹿寨县妇女发展规划（2021—2030年）
        2.促进健康老龄化。
        """)));
    // the title over two lines, its copy on one
    assertEquals(List.of("鹿寨县妇女发展规划", "（2021—2030年）", "一、妇女与健康", "1.促进健康老龄化。"),
        blockTexts(norm("鹿寨县妇女发展规划\n（2021—2030年）\n一、妇女与健康\n"
            + "鹿寨县妇女发展规划（2021—2030年）\n1.促进健康老龄化。\n")));
    // no title on top: a repeated heading stays
    assertEquals(List.of("前言", "为促进妇女全面发展，制定本规划。", "前言", "正文。"),
        blockTexts(norm("前言\n为促进妇女全面发展，制定本规划。\n前言\n正文。\n")));
  }

  @Test
  void aDecimalWrappedToTheLineStartIsNoItemNumber() {
    // 11.6 after item 10 looks like item 11, but no item starts after a line ending on 达到
    assertEquals(List.of("9.毛入学率达到92%以上。", "10.劳动年龄女性平均受教育年限达到11.6年。", "11.女性参政比例提高。"),
        blockTexts(norm("9.毛入学率达到92%以上。\n10.劳动年龄女性平均受教育年限达到\n11.6年。\n"
            + "11.女性参政比例提高。")));
  }
}
