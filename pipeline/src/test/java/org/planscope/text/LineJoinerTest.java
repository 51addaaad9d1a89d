package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.PlanText;

/** Line joining alone: which line continues the one before. */
class LineJoinerTest {
  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # line | next line | joined
      推进妇女健康事业全面发展，大力提高农村适龄妇 | 女宫颈癌和乳腺癌综合防治能力。 | true
      # a short line without final punctuation is a title, not a broken sentence
      提高适龄妇 | 女宫颈癌和乳腺癌综合防治能力。 | false
      一、总体目标                   | 到2030年，妇女全生命周期享有良好的卫生健康服务。 | false
      主要目标：                     | 孕产妇死亡率下降到12/10万以下。 | false
      提高妇女健康水平。              | 孕产妇死亡率下降到12/10万以下。 | false
      到2030年，孕产妇死亡率下降到12/10万以下，婴儿死亡率 | 1.住院分娩率达到98%。 | false
      到2030年，孕产妇死亡率下降到12/10万以下，婴儿死亡率 | ，新生儿死亡率 | true
      # a short numbered line ending on a target's verb or a connective was cut by a wrap
      1.女性劳动年龄人口平均受教育年限达到 | 11.3 年。 | true
      2.1.3 孕产妇死亡率控制在 | 12/10万以下。 | true
      （2）城乡、区域的 | 差距缩小。 | true
      城镇公共厕所在新建和改建时，女厕位与男厕位的比例不小于 | 1.5:1，人流量较大地区不小于2:1。 | true
      # …but a decimal outline's next heading is not its continuation
      1.主要目标 | 11.3 年。 | false
      2.1.3 妇女参与决策和管理 | 2.2 策略措施 | false
      # a number alone on its line (a list's label set apart) opens the line after it
      1.                             | 女性劳动年龄人口平均受教育年限达到11.3年。 | true
      （一）                          | 妇女与健康 | true
      1.                             | 2.高中阶段女生毛入学率保持在95%以上。 | false
      # a title line ending on its period stands alone; a caption too
      欢迎关注宁化县妇联公众号获取更多资讯内容 | 宁化县妇女发展规划（2021—2030年） | false
      重磅！宁化县妇女发展规划（2021—2030年）正式发布，欢迎阅读 | 宁化县妇女发展规划（二〇二一—二〇三〇年） | false
      到2025年，基本建立优质高效的整合型医疗卫生服务体系和 | 表1 主要发展指标 | true
      到2025年，基本建立优质高效的整合型医疗卫生服务体系 | 表1 主要发展指标 | false
      # an English header line over the Chinese title; a number alone still continues
      Changyang County People's Government Information Portal | 长阳土家族自治县“十四五”教育事业发展规划 | false
      1.女性劳动年龄人口平均受教育年限达到 | 11.3 | true
      # a unit note broken inside its bracket goes on to the bracket's end, after a stop or a colon
      （2）孕产妇死亡率控制在8.2/10万以下。（牵头单位： | 区卫生健康局。责任单位：区妇联） | true
      （4）提高妇女健康素养水平。（牵头单位：区卫生健康局。 | 责任单位：区委宣传部、区妇联） | true
      （5）提高妇女体质测定标准合格比例。（牵 | 头单位：区教育和体育局） | true
      （5）提高妇女体质测定标准合格比例。（牵头单位：区教育和体育局） | 责任单位：区妇联。 | false
      开展专项行动（详见附表 | 1.加强组织领导。 | false
      """)
  void joinsBrokenLinesOnly(String line, String next, boolean joined) {
    List<SourceLine> lines = PageFurniture.lines(line + "\n" + next,
        TextNormalizerTest.doc(line + "\n" + next, "text/plain").blocks(), false);
    assertEquals(joined, LineJoiner.continues(lines.get(0), lines.get(1), Integer.MAX_VALUE));
  }

  /**
   * In text wrapped at a width of 26 characters (52 columns), a line that ends a sentence short
   * of the margin ends its paragraph, its digits and signs counted wider than half a character;
   * one that ends a sentence at the margin may go on; a list's label run into its first item
   * (策略措施：加强…) never continues the line before.
   */
  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # line | next line | joined
      新生儿破伤风发病率以县为单位降低到1‰以下。 | 低出生体重发生率控制在4%以下。 | false
      婴儿和5岁以下儿童死亡率分别控制在10‰和13‰以下。 | 降低流动人口中婴儿和5岁以下儿童死亡率。 | true
      严重多发致残的出生缺陷发生率逐步下降，减少出生缺陷所致。 | 残疾儿童得到康复服务。 | true
      控制儿童常见疾病和艾滋病、梅毒、结核病、乙肝等重大 | 传染性疾病。 | true
      降低儿童心理行为问题发生率，提高儿童心理健康水平，加强 | 策略措施：加强妇幼卫生服务体系建设。 | false
      """)
  void wrappedTextJoinsByTheMargin(String line, String next, boolean joined) {
    List<SourceLine> lines = PageFurniture.lines(line + "\n" + next,
        TextNormalizerTest.doc(line + "\n" + next, "text/plain").blocks(), false);
    assertEquals(joined, LineJoiner.continues(lines.get(0), lines.get(1), 52));
  }

  /**
   * Hard-wrapped text whose paragraphs open with a first-line indent (　　): a paragraph that ends
   * on its sentence at the margin does not take in the indented paragraph after it; a wrapped
   * line, never indented, still goes on.
   */
  @Test
  void anIndentedLineOpensAParagraphInWrappedText() {
    String text = String.join("\n",
        "　　严重多发致残的出生缺陷发生率逐步下降，",
        "减少出生缺陷所致残疾，提高出生人口素质。婴儿",
        "和五岁以下儿童死亡率分别控制在较低水平以下。",
        "　　控制儿童常见疾病和艾滋病、梅毒、结核病、",
        "乙肝等重大传染性疾病，降低流动人口中婴儿死亡",
        "率。");
    PlanText t = new TextNormalizer().normalize(
        TextNormalizerTest.doc(text, "text/plain; charset=UTF-8"));
    assertEquals(List.of("严重多发致残的出生缺陷发生率逐步下降，减少出生缺陷所致残疾，提高出生人口素质。"
        + "婴儿和五岁以下儿童死亡率分别控制在较低水平以下。",
        "控制儿童常见疾病和艾滋病、梅毒、结核病、乙肝等重大传染性疾病，降低流动人口中婴儿死亡率。"),
        t.blocks().stream().map(b -> b.span().in(t.text())).toList());
  }

  /**
   * Above the first sentence a line that names a plan is the title, not the first half of the
   * preamble's sentence; further down, a line ending on 规划 is a sentence broken by a page.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text (⏎ = line break) | blocks
      岢岚县落实《山西省妇女发展规划（2021—2030年）》实施方案⏎为贯彻落实《山西省妇女发展规划（2021—2030年）》，结合我县实际，制定本实施方案。 | 2
      敖汉旗人民政府关于印发敖汉旗儿童发展规划（2021—2030年）的通知⏎各苏木乡镇人民政府，旗直各有关部门： | 2
      某某自治州卫生健康事业发展和医疗卫生服务体系建设“十四五”规划⏎“十四五”时期是我市卫生健康事业高质量发展的关键时期。 | 2
      为贯彻落实男女平等基本国策，制定本规划。⏎各乡镇要将妇女发展纳入本地区国民经济和社会发展总体规划⏎同步部署、同步实施、同步推进。 | 2
      """)
  void aTitleAboveThePreambleStandsAlone(String text, int blocks) {
    PlanText t = new TextNormalizer().normalize(
        TextNormalizerTest.doc(text.replace('⏎', '\n'), "text/plain; charset=UTF-8"));
    assertEquals(blocks, t.blocks().size(), t.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      一、总体目标         | true
      （三）妇女与经济      | true
      主要目标：           | true
      1.住院分娩率达到98%。 | false
      提高妇女健康水平     | false
      """)
  void recognisesHeadings(String line, boolean heading) {
    assertEquals(heading, LineJoiner.isHeading(line));
  }
}
