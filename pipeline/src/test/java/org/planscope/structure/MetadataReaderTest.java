package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Period;

/** Title, region, period and plan type of small inline plans. */
class MetadataReaderTest {
  private static final StructureParser PARSER = new StructureParser();

  private static PlanStructure parse(String text) {
    return PARSER.parse(Texts.plan(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # the lines above the first heading (/ between lines)                               | title
      重磅！宁化县妇女发展规划（2021—2030年）正式发布 / 宁化县妇女发展规划（2021—2030年）         | 宁化县妇女发展规划（2021—2030年）
      原创 宁化妇联 2022-01-18 08:00 发表于福建 / 宁化县妇女发展规划（2021—2030年）            | 宁化县妇女发展规划（2021—2030年）
      宁化县妇女发展规划 / （2021—2030年）                                                  | 宁化县妇女发展规划（2021—2030年）
      “十四五”妇女儿童发展规划 / 为促进妇女儿童发展，制定本规划                                | “十四五”妇女儿童发展规划
      附件1 宁化县妇女发展规划（2021—2030年）                                               | 宁化县妇女发展规划（2021—2030年）
      附件：宁化县儿童发展规划（2021—2030年）                                               | 宁化县儿童发展规划（2021—2030年）
      附件 / 宁化县妇女发展规划 / （2021—2030年）                                            | 宁化县妇女发展规划（2021—2030年）
      # an issuer's or a site's name above the title or the notice is none of it
      长阳土家族自治县人民政府 / 关于印发《长阳土家族自治县“十四五”教育事业发展规划》的通知      | 长阳土家族自治县“十四五”教育事业发展规划
      长阳土家族自治县人民政府办公室 / 长阳土家族自治县“十四五”教育事业发展规划               | 长阳土家族自治县“十四五”教育事业发展规划
      丰都县人民政府网 / 首页 > 政务公开 > 规划计划 / 丰都县“十四五”城乡供水规划               | 丰都县“十四五”城乡供水规划
      # a period with a full-width minus, a second half after 和
      锡林郭勒盟儿童发展规划 / （2021－2025年）                                              | 锡林郭勒盟儿童发展规划（2021－2025年）
      神农架林区国民经济和社会发展第十四个五年规划 / 和二〇三五年远景目标纲要                  | 神农架林区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
      # a notice's title broken over two lines under the letterhead
      曲靖市人民政府文件 / 曲政发〔2022〕8号 / 曲靖市人民政府关于印发曲靖市“十四五” / 妇女儿童发展规划的通知 | 曲靖市“十四五”妇女儿童发展规划
      # a headline's tag and tail around the title
      【全文】阿巴嘎旗妇女发展规划（2021—2030年）                                           | 阿巴嘎旗妇女发展规划（2021—2030年）
      清远市妇女发展规划（2021—2030年）全文发布                                             | 清远市妇女发展规划（2021—2030年）
      清远市妇女发展规划（2021—2030年）（全文）                                             | 清远市妇女发展规划（2021—2030年）
      """)
  void theTitleIsTheLineThatOpensWithItsRegion(String lines, String title) {
    PlanStructure s = parse(String.join("\n", lines.split(" / ")) + "\n一、总体要求\n");
    assertEquals(title, s.title());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # title line                            | body clue                                | name     | level  | province     | city      | start | end  | type
      阿巴嘎旗妇女发展规划（2021—2030年）      | 依据《锡林郭勒盟妇女发展纲要》             | 阿巴嘎旗  | 旗     | 内蒙古自治区  | 锡林郭勒盟 | 2021  | 2030 | women
      英德市儿童发展规划（2021—2030年）        | 结合我市实际                              | 英德市    | 县级市 | 广东省        | 清远市     | 2021  | 2030 | children
      清远市妇女发展规划（2021—2030年）        | 依据《广东省妇女发展规划》                 | 清远市    | 市     | 广东省        | null      | 2021  | 2030 | women
      岢岚县妇女发展“十四五”规划              | 依据《山西省妇女发展“十四五”规划》         | 岢岚县    | 县     | 山西省        | 忻州市     | 2021  | 2025 | women
      鼓楼区妇女发展规划（2021—2030年）        | 依据《福州市妇女发展规划》                 | 鼓楼区    | 区     | 福建省        | 福州市     | 2021  | 2030 | women
      鼓楼区妇女发展规划（2021—2030年）        | 依据《徐州市妇女发展规划》                 | 鼓楼区    | 区     | 江苏省        | 徐州市     | 2021  | 2030 | women
      重庆市渝北区“十四五”养老服务发展规划      | 全区养老服务体系建设取得成效               | 渝北区    | 区     | 重庆市        | null      | 2021  | 2025 | other
      沅陵县国民经济和社会发展第十四个五年规划   | 全县经济社会发展                          | 沅陵县    | 县     | 湖南省        | 怀化市     | 2021  | 2025 | other
      锡林郭勒盟儿童发展规划（2021-2030年）    | 全盟儿童事业                              | 锡林郭勒盟 | 盟     | 内蒙古自治区  | null      | 2021  | 2030 | children
      恩施土家族苗族自治州妇女发展规划          | 到2030年全州妇女事业                      | 恩施土家族苗族自治州 | 州 | 湖北省  | null      | null  | null | women
      重庆市两江新区儿童发展纲要（2021—2030年） | 全区儿童事业                              | 两江新区  | 区     | 重庆市        | null      | 2021  | 2030 | children
      长沙市望城经济技术开发区妇女发展规划      | 到2030年全区妇女事业                      | 望城经济技术开发区 | 区 | 湖南省 | 长沙市  | null  | null | women
      西安市高新区妇女发展规划（2021—2030年）   | 全区妇女事业                              | 高新区    | 区     | 陕西省        | 西安市     | 2021  | 2030 | women
      长沙经济技术开发区妇女发展规划            | 到2030年全区妇女事业                      | 长沙经济技术开发区 | 区 | 湖南省 | 长沙市  | null  | null | women
      南宁市城区妇女发展规划（2021—2030年）     | 全区妇女事业                              | 城区      | 区     | 广西壮族自治区 | 南宁市     | 2021  | 2030 | women
      石家庄市长安区儿童发展规划（2021—2030年） | 全区儿童事业                              | 长安区    | 区     | 河北省        | 石家庄市   | 2021  | 2030 | children
      英德市妇女儿童发展规划（2021—2030年）      | 全市妇女儿童事业                          | 英德市    | 县级市 | 广东省        | 清远市     | 2021  | 2030 | women_children
      黔东南州妇女发展规划（2021—2030年）        | 到2030年全州妇女事业                      | 黔东南州  | 州     | 贵州省        | null      | 2021  | 2030 | women
      龙胜县儿童发展规划（2021—2030年）          | 依据《桂林市儿童发展规划》                 | 龙胜县    | 县     | 广西壮族自治区 | 桂林市     | 2021  | 2030 | children
      鄂温克旗妇女发展规划（2021—2030年）        | 全旗妇女事业                              | 鄂温克旗  | 旗     | 内蒙古自治区  | 呼伦贝尔市 | 2021  | 2030 | women
      凯里市妇女发展规划（2021—2030年）          | 依据《黔东南州妇女发展规划》               | 凯里市    | 县级市 | 贵州省        | 黔东南苗族侗族自治州 | 2021 | 2030 | women
      # a one-year plan's year, not the period of a plan it cites; a revision's year is none
      滨海新区2023年养老服务工作要点              | 依据《天津市养老服务发展规划（2021—2025年）》 | 滨海新区 | 区   | 天津市        | null      | 2023  | 2023 | other
      鼓楼区妇女发展规划（2021年修订）             | 依据《福州市妇女发展规划（2021—2030年）》    | 鼓楼区    | 区     | 福建省        | 福州市     | 2021  | 2030 | women
      # a town's or a subdistrict's plan: the county it cites gives the prefecture and province
      周庄镇儿童发展规划（2021—2030年）          | 依据《昆山市儿童发展规划（2021—2030年）》    | 周庄镇    | 镇     | 江苏省        | 苏州市     | 2021  | 2030 | children
      新街口街道妇女发展规划（2021—2025年）       | 依据《玄武区妇女发展规划》                 | 新街口街道 | 街道  | 江苏省        | 南京市     | 2021  | 2025 | women
      # a campaign named after its place (健康宁乡, 平安浏阳): the place the text names, not a township
      健康宁乡行动实施方案（2021—2025年）         | 宁乡市人民政府办公室印发                   | 宁乡市    | 县级市 | 湖南省        | 长沙市     | 2021  | 2025 | other
      平安浏阳建设规划（2021—2025年）             | 依据《长沙市平安建设规划》，浏阳市         | 浏阳市    | 县级市 | 湖南省        | 长沙市     | 2021  | 2025 | other
      # no region in a title that opens on 城乡 or 城镇
      城乡供水一体化“十四五”规划                 | 依据《沅陵县国民经济和社会发展第十四个五年规划》 | 沅陵县 | 县    | 湖南省        | 怀化市     | 2021  | 2025 | other
      """)
  void readsRegionPeriodAndTypeFromTheTitle(String title, String clue, String name,
      String level, String province, String city, Integer start, Integer end, String type) {
    PlanStructure s = parse(title + "\n前言\n" + clue + "。\n一、总体要求\n");
    assertEquals(title, s.title());
    assertEquals(false, s.titleInferred());
    assertEquals(name, s.region().name());
    assertEquals(level, s.region().level());
    assertEquals(province, s.region().province());
    assertEquals(city, s.region().city());
    assertEquals(start == null ? null : new Period(start, end), s.period());
    assertEquals(type, s.planType());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # autonomous division           | the short form texts write
      黔东南苗族侗族自治州               | 黔东南州
      龙胜各族自治县                    | 龙胜县
      伊犁哈萨克自治州                  | 伊犁州
      鄂温克族自治旗                    | 鄂温克旗
      鄂伦春自治旗                      | 鄂伦春旗
      东乡族自治县                      | 东乡县
      石柱土家族自治县                  | 石柱县
      凯里市                           | null
      广西壮族自治区                    | null
      """)
  void anAutonomousDivisionHasTheShortFormTextsWrite(String name, String shortForm) {
    Gazetteer g = Gazetteer.shared();
    assertEquals(shortForm, g.shortFormOf(name));
    if (shortForm != null) {
      assertEquals(name, g.lookup(shortForm).get(0).name());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      发布时间：2022-03-01 来源：县妇儿工委
      来源：平江县人民政府办公室
      首页 > 政务公开 > 规划计划
      """)
  void aNoticeFollowedByAPublicationLineGivesThePlanItCites(String chrome) {
    PlanStructure s = parse("平江县人民政府关于印发《平江县儿童发展规划（2021—2030年）》的通知\n"
        + chrome + "\n一、儿童与健康\n（一）主要目标\n1.婴儿死亡率降至5‰以下。\n");
    assertEquals("平江县儿童发展规划（2021—2030年）", s.title());
    assertEquals(false, s.titleInferred());
    assertEquals("岳阳市", s.region().city());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # the issuing body's 文件 line and the document number over the notice
      平江县人民政府文件                 | 平府发〔2022〕11号
      平 江 县 人 民 政 府 文 件         | 平府发[2022]11号
      平江县人民政府办公室文件           | 平政办发（2022）3号
      平江县妇女儿童工作委员会文件       | 平妇儿发〔2022〕1号
      """)
  void aLetterheadAboveTheNoticeIsNoPartOfTheTitle(String body, String number) {
    PlanStructure s = parse(body + "\n" + number + "\n平江县人民政府关于印发平江县儿童发展规划（2021—2030年）的通知\n"
        + "各乡镇人民政府：\n现将《平江县儿童发展规划（2021—2030年）》印发给你们，请认真组织实施。\n"
        + "平江县儿童发展规划（2021—2030年）\n一、儿童与健康\n（一）主要目标\n1.婴儿死亡率降至5‰以下。\n");
    assertEquals("平江县儿童发展规划（2021—2030年）", s.title());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      平江县“十四五”卫生健康事业发展规划文件汇编
      2022年平江县妇女儿童发展规划实施方案
      """)
  void aTitleIsNoLetterhead(String line) {
    assertEquals(false, NoticeTitles.isLetterhead(line));
  }

  @Test
  void aPlanCopiedAsOneLineOpensWithItsTitle() {
    PlanStructure s = parse("长兴县“十四五”托育服务发展规划 为促进3岁以下婴幼儿照护服务发展，结合我县实际，制定本规划。"
        + "一、发展目标 到2025年，托育服务体系基本形成。\n");
    assertEquals("长兴县“十四五”托育服务发展规划", s.title());
    assertEquals(false, s.titleInferred());
    assertEquals("鹿寨县妇女发展规划（2021—2030年）",
        parse("鹿寨县妇女发展规划 （2021—2030年） 前言 追求男女平等的事业是伟大的。\n").title());
    // a line that opens with a sentence names no title
    assertEquals(true, parse("长兴县托育服务发展很快 为促进3岁以下婴幼儿照护服务发展，结合我县实际，制定本规划。\n")
        .titleInferred());
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      彭阳县妇女发展规划（2021—2030年）中期评估报告
      2022年衡阳市儿童发展规划统计监测报告
      平江县妇女儿童发展规划实施情况自评报告
      """)
  void aReportOnAPlanIsNoPlan(String title) {
    PlanStructure s = parse(title + "\n根据要求，现将评估情况报告如下。\n一、妇女与健康\n"
        + "1.孕产妇死亡率为8.5/10万，已实现“下降到12/10万以下”的目标。\n");
    assertEquals(title, s.title());
    assertTrue(s.warnings().stream().anyMatch(w -> w.code().equals("NOT_A_PLAN")), title);
    assertEquals(false, s.region().name() == null || s.region().name().startsWith("20"));
  }

  @Test
  void aPlanThatSpeaksOfEvaluationIsAPlan() {
    PlanStructure s = parse("平江县妇女发展规划（2021—2030年）\n"
        + "规划实施情况的评估报告每年报送县妇儿工委。\n一、妇女与健康\n1.孕产妇死亡率下降到12/10万以下。\n");
    assertTrue(s.warnings().stream().noneMatch(w -> w.code().equals("NOT_A_PLAN")));
  }

  @Test
  void anApprovalNoteUnderTheTitleIsNoPartOfIt() {
    PlanStructure s = parse("""
        秦安县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
        （2021年2月26日秦安县第十八届人民代表大会第六次会议审议通过）
        第一章 发展环境
        “十三五”时期成效显著。
        """);
    assertEquals("秦安县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", s.title());
  }

  @Test
  void joinsATitleSplitOverLines() {
    PlanStructure s = parse("""
        鹿寨县妇女发展规划
        （2021—2030年）
        前  言
        依据《广西壮族自治区妇女发展规划（2021—2030年）》《柳州市妇女发展规划（2021—2030年）》。
        """);
    assertEquals("鹿寨县妇女发展规划（2021—2030年）", s.title());
    assertEquals("柳州市", s.region().city());
    assertEquals("450223", s.region().code());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # first line                                                        | title
      关于印发《鹿寨县妇女发展规划（2021—2030年）》的通知                      | 鹿寨县妇女发展规划（2021—2030年）
      鹿寨县贯彻落实《广西妇女发展规划（2021—2030年）》实施方案               | 鹿寨县贯彻落实《广西妇女发展规划（2021—2030年）》实施方案
      关于印发鹿寨县贯彻落实《广西妇女发展规划（2021—2030年）》实施方案的通知   | 鹿寨县贯彻落实《广西妇女发展规划（2021—2030年）》实施方案
      # a notice that names its plan without quotation marks
      鹿寨县人民政府关于印发鹿寨县妇女发展规划（2021—2030年）的通知            | 鹿寨县妇女发展规划（2021—2030年）
      # a notice of two plans: the first
      鹿寨县人民政府关于印发《鹿寨县妇女发展规划（2021—2030年）》《鹿寨县儿童发展规划（2021—2030年）》的通知 | 鹿寨县妇女发展规划（2021—2030年）
      关于印发《鹿寨县妇女发展规划（2021—2030年）》和《鹿寨县儿童发展规划（2021—2030年）》的通知 | 鹿寨县妇女发展规划（2021—2030年）
      """)
  void aCitationIsTheTitleOnlyWhenTheLineIsANotice(String line, String title) {
    PlanStructure s = parse(line + "\n一、妇女与健康\n（一）主要目标\n1.孕产妇死亡率控制在10/10万以下。\n");
    assertEquals(title, s.title());
    assertEquals("鹿寨县", s.region().name());
  }

  @Test
  void infersAFiveYearTitleFromTheParentPlan() {
    PlanStructure s = parse("""
        前  言
        “十四五”时期，是我区妇女事业发展的关键时期。依据《山东省“十四五”妇女发展规划》《淄博市“十四五”妇女发展规划》，结合我区实际，制定本规划。
        本规划由博山区妇女儿童工作委员会负责解释。
        """);
    assertEquals("博山区“十四五”妇女发展规划", s.title());
    assertTrue(s.titleInferred());
    assertEquals("区", s.region().level());
    assertEquals("淄博市", s.region().city());
    assertEquals(new Period(2021, 2025), s.period());
    assertTrue(s.warnings().stream().anyMatch(w -> w.code().equals("TITLE_INFERRED")));
  }

  @Test
  void infersATitleInTheWordsTheTextUsesForItself() {
    PlanStructure s = parse("""
        前      言
        依据《内蒙古自治区妇女发展纲要（2021—2030年)》《锡林郭勒盟妇女发展纲要（2021—2030年)》，阿巴嘎旗旗委结合我旗实际，制定本规划。
        """);
    assertEquals("阿巴嘎旗妇女发展规划（2021—2030年）", s.title());
    assertEquals(new Period(2021, 2030), s.period());
  }

  @Test
  void anImplementationOpinionIsTitledByItsFirstLine() {
    PlanStructure s = parse("义乌市人民政府办公室关于推进医养结合高质量发展的实施意见\n一、总体要求\n"
        + "以习近平新时代中国特色社会主义思想为指导。\n二、主要目标\n1.签约合作率达到100%。\n");
    assertEquals("义乌市人民政府办公室关于推进医养结合高质量发展的实施意见", s.title());
    assertFalse(s.titleInferred());
  }

  @Test
  void aParentPlanWrappedOverTwoLinesGivesATitleWithoutTheBreak() {
    PlanStructure s = parse("""
        前      言
        依据《内蒙古自治区妇女发展纲要（2021—2030年)》《锡林郭勒盟妇女发展纲要（2021—203
        0年)》，阿巴嘎旗旗委结合我旗实际，制定本规划。
        """);
    assertEquals("阿巴嘎旗妇女发展规划（2021—2030年）", s.title());
    assertEquals(new Period(2021, 2030), s.period());
  }

  @Test
  void buildsATitleFromRegionTypeAndPeriodWithoutAParentPlan() {
    PlanStructure s = parse("""
        前言
        临洮县委、县政府高度重视妇女发展。我县制定本规划，到2025年，妇女发展环境进一步优化。
        “十四五”时期，我县妇女事业迈上新台阶。
        """);
    assertEquals("临洮县", s.region().name());
    assertEquals("定西市", s.region().city());
    assertEquals("临洮县“十四五”妇女发展规划", s.title());
    assertEquals(new Period(2021, 2025), s.period());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      十一五                      | 2006 | 2010
      “十三五”                    | 2016 | 2020
      “十四五”妇女发展规划          | 2021 | 2025
      十五五                      | 2026 | 2030
      第十四个五年规划              | 2021 | 2025
      第十三个五年规划纲要           | 2016 | 2020
      2021—2030年                 | 2021 | 2030
      （2021-2025年）              | 2021 | 2025
      2021年至2035年              | 2021 | 2035
      （二〇二一—二〇三〇年）        | 2021 | 2030
      二零二一年至二零二五年          | 2021 | 2025
      """)
  void readsPeriods(String phrase, int start, int end) {
    assertEquals(new Period(start, end), MetadataReader.period(phrase));
  }

  @Test
  void namesFiveYearPlans() {
    assertEquals("十四五", MetadataReader.fiveYearName(new Period(2021, 2025)));
    assertEquals("十一五", MetadataReader.fiveYearName(new Period(2006, 2010)));
    assertEquals(null, MetadataReader.fiveYearName(new Period(2021, 2030)));
  }
}
