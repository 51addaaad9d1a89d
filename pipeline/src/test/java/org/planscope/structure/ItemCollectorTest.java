package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.PlanText;
import org.planscope.model.Warning;
import org.planscope.testing.Corpus;

/** Goal and measure collection alone: runs, numbering warnings and unit notes cut off. */
class ItemCollectorTest {
  private static final String TEXT = """
      一、妇女与健康
      主要目标：
      1.孕产妇死亡率控制在10/10万以下。（牵头单位：县卫生健康局）
      2.婴儿死亡率控制在5‰以下。
      由县卫生健康局牵头，县妇联配合。
      4.住院分娩率达到98%。
      1.妇女常见病筛查率达到90%。""";

  @Test
  void collectsRunsAndCutsUnitNotes() {
    PlanText text = Texts.plan(TEXT);
    StructureCues cues = StructureCues.shared();
    OutlineNode root = new OutlineParser(cues).parse(text);
    List<Warning> warnings = new ArrayList<>();
    ItemCollector collector = new ItemCollector(cues, text.text(), warnings);
    OutlineNode list = root.flatten().stream()
        .filter(n -> collector.listKind(n) == CueKind.GOAL_LIST).findFirst().orElseThrow();

    List<List<OutlineNode>> runs = collector.runs(collector.items(list));
    assertEquals("1 2 4 | 1", runs.stream()
        .map(r -> r.stream().map(n -> String.valueOf(n.ordinal())).collect(Collectors.joining(" ")))
        .collect(Collectors.joining(" | ")));
    assertEquals("NUMBERING_GAP", warnings.get(0).code());

    List<Item> goals = collector.items(ItemKind.GOAL, runs.get(0));
    assertEquals("孕产妇死亡率控制在10/10万以下。", goals.get(0).text());
    assertEquals("婴儿死亡率控制在5‰以下。", goals.get(1).text());
    assertEquals("（牵头单位：县卫生健康局）", text.text().substring(goals.get(0).span().end(),
        goals.get(0).extent().end()));
  }

  @Test
  void unitNotesInOtherShapesAreCutToo() {
    PlanText text = Texts.plan("""
        一、妇女与健康
        策略措施：
        1.加强医疗保障。（县卫生健康局 县医疗保障局）
        2.打击拐卖妇女犯罪。主要责任单位：县公安局。
        3.加强家庭教育。责任单位：县妇联 县教育局
        4.加强心理健康服务。（牵头部门：县卫健局）
        5.完善救助制度。（2025年前）
        6.健全救助体系。（牵头单位：县民政局。责任单位：县财政局）
        7.加强心理健康服务。责任单位：县卫健局（牵头）、县教育局
        8.提升妇女健康服务能力。【责任单位】县卫健局
        9.提高住院分娩率。（牵头：县卫健局；配合：县医保局）
        10.参与社区治理。""");
    StructureCues cues = StructureCues.shared();
    OutlineNode root = new OutlineParser(cues).parse(text);
    ItemCollector collector = new ItemCollector(cues, text.text(), new ArrayList<>());
    OutlineNode list = root.flatten().stream()
        .filter(n -> collector.listKind(n) == CueKind.MEASURE_LIST).findFirst().orElseThrow();
    assertEquals(List.of("加强医疗保障。", "打击拐卖妇女犯罪。", "加强家庭教育。", "加强心理健康服务。",
        "完善救助制度。（2025年前）", "健全救助体系。", "加强心理健康服务。", "提升妇女健康服务能力。",
        "提高住院分娩率。", "参与社区治理。"),
        collector.items(ItemKind.MEASURE, collector.items(list))
        .stream().map(Item::text).toList());
  }

  /** A note in square brackets that only says who does it is cut like one in round brackets. */
  @Test
  void aSquareBracketUnitNoteAfterTheSentenceIsCut() {
    PlanText text = Texts.plan("""
        三、妇女与社会保障
        主要目标：
        1.妇女平等享有社会保障权益，保障水平不断提高。【县医保局牵头，县人社局、县民政局负责】
        2.完善生育保障制度。【县医保局负责】
        3.妇女基本养老保险参保率达到95%。【县人社局牵头，县医保局配合】。
        4.完善社会救助体系【县民政局牵头】。
        5.健全养老服务体系。【约束性指标】
        6.提高妇女参保意识。【县人社局、县医保局按职责分工负责】""");
    StructureCues cues = StructureCues.shared();
    OutlineNode root = new OutlineParser(cues).parse(text);
    ItemCollector collector = new ItemCollector(cues, text.text(), new ArrayList<>());
    OutlineNode list = root.flatten().stream()
        .filter(n -> collector.listKind(n) == CueKind.GOAL_LIST).findFirst().orElseThrow();
    assertEquals(List.of("妇女平等享有社会保障权益，保障水平不断提高。", "完善生育保障制度。",
        "妇女基本养老保险参保率达到95%。", "完善社会救助体系", "健全养老服务体系。【约束性指标】",
        "提高妇女参保意识。"),
        collector.items(ItemKind.GOAL, collector.items(list)).stream().map(Item::text).toList());
  }

  /**
   * A closing sentence that only names who does the work, in the forms drafters vary it (负责落实,
   * 会同, 配合实施, 此项工作由…), and a bracketed 由X牵头 naming a 科协, is cut; a sentence whose
   * 负责 governs more than a unit's work (负责保障经费) stays.
   */
  @Test
  void proseUnitSentencesInTheirVariantsAreCut() {
    PlanText text = Texts.plan("""
        一、妇女与健康
        主要目标：
        1.孕产妇死亡率控制在15/10万以下。由县卫生健康局负责落实。
        2.宫颈癌人群筛查率达到70%以上。由县卫生健康局会同县妇联负责落实。
        3.艾滋病母婴传播率下降到2%以下。由县卫生健康局牵头，县疾病预防控制中心、县妇幼保健院配合实施。
        4.妇女健康素养水平不断提高。此项工作由县卫生健康局牵头，县教育体育局参与。
        5.妇女科学素质全面提升。（由县科协牵头，县教育局、县科技局参与）
        6.妇女健康服务经费纳入预算。由县财政局负责保障经费。""");
    StructureCues cues = StructureCues.shared();
    OutlineNode root = new OutlineParser(cues).parse(text);
    ItemCollector collector = new ItemCollector(cues, text.text(), new ArrayList<>());
    OutlineNode list = root.flatten().stream()
        .filter(n -> collector.listKind(n) == CueKind.GOAL_LIST).findFirst().orElseThrow();
    assertEquals(List.of("孕产妇死亡率控制在15/10万以下。", "宫颈癌人群筛查率达到70%以上。",
        "艾滋病母婴传播率下降到2%以下。", "妇女健康素养水平不断提高。", "妇女科学素质全面提升。",
        "妇女健康服务经费纳入预算。由县财政局负责保障经费。"),
        collector.items(ItemKind.GOAL, collector.items(list)).stream().map(Item::text).toList());
  }

  /**
   * A list set as a table (序号 | 目标 | 牵头单位) gives one item a row; an indicator table among the
   * paragraphs gives none, not even its rows without figures (2 | 建立健康科普专家库 | — | 建立).
   */
  @Test
  void onlyAListTableGivesItemsNotATableOfValues() {
    String values = "一、主要目标\n到2025年，居民主要健康指标达到全省先进水平（见附表）。\n"
        + "领域\t序号\t指标\t2020年\t2025年\n健康知识\t1\t居民健康素养水平\t24.8\t≥32\n"
        + "2\t建立并完善健康科普专家库\t—\t完善\n3\t成人肥胖增长率\t—\t持续减缓\n";
    String list = "一、主要目标\n序号\t目标\t牵头单位\n1\t完善妇幼健康服务体系\t县卫健局\n"
        + "2\t健全出生缺陷防治网络\t县卫健局\n";
    StructureCues cues = StructureCues.shared();
    List<String> got = new ArrayList<>();
    for (String body : List.of(values, list)) {
      PlanText text = Texts.plan(body);
      OutlineNode root = new OutlineParser(cues).parse(text);
      ItemCollector collector = new ItemCollector(cues, text.text(), new ArrayList<>());
      OutlineNode head = root.flatten().stream()
          .filter(n -> collector.listKind(n) == CueKind.GOAL_LIST).findFirst().orElseThrow();
      got.add(collector.items(ItemKind.GOAL, collector.items(head)).stream().map(Item::text)
          .collect(Collectors.joining("/")));
    }
    assertEquals(List.of("", "完善妇幼健康服务体系/健全出生缺陷防治网络"), got);
  }

  /** Every label the unit stage reads (role-cues.tsv) opens a note the structure stage cuts. */
  @Test
  void everyUnitLabelIsAUnitRoleCue() throws Exception {
    Path models = Corpus.root().resolve("models/lexicon");
    List<String> roles = Files.readAllLines(models.resolve("structure-cues.tsv"))
        .stream().filter(l -> l.endsWith("\tUNIT_ROLE")).map(l -> l.split("\t")[0]).toList();
    for (String l : Files.readAllLines(models.resolve("role-cues.tsv"))) {
      String[] c = l.split("\t");
      if (c.length >= 3 && c[2].equals("LABEL")) {
        // a short label (牵头, 配合) opens a note only with its colon: 牵头：…
        assertTrue(roles.contains(c[0]) || roles.contains(c[0] + "：") && roles.contains(c[0] + ":"),
            c[0]);
      }
    }
  }

  @Test
  void aBareListWordIsAListHeadingOnlyAsTheWholeHeading() {
    StructureCues cues = StructureCues.shared();
    assertEquals(CueKind.GOAL_LIST, cues.listKind("目标："));
    assertEquals(CueKind.MEASURE_LIST, cues.listKind("措施"));
    assertEquals(CueKind.MEASURE_LIST, cues.listKind("【任务】"));
    assertEquals(null, cues.listKind("目标考核"));
    assertEquals(null, cues.listKind("措施保障"));
    // the goal before 措施： ends before it (the heading was read as the goal's second line)
    PlanText text = Texts.plan("""
        一、妇女与健康
        目标：
        1.孕产妇死亡率控制在10/10万以下。
        2.妇女常见病筛查率达到90%以上。
        措施：
        1.加强妇幼保健服务。""");
    OutlineNode root = new OutlineParser(cues).parse(text);
    ItemCollector collector = new ItemCollector(cues, text.text(), new ArrayList<>());
    OutlineNode goals = root.flatten().stream()
        .filter(n -> collector.listKind(n) == CueKind.GOAL_LIST).findFirst().orElseThrow();
    assertEquals(List.of("孕产妇死亡率控制在10/10万以下。", "妇女常见病筛查率达到90%以上。"),
        collector.items(ItemKind.GOAL, collector.items(goals)).stream().map(Item::text).toList());
  }

  @Test
  void aBoxPrintedAfterAnItemIsNotItsText() {
    StructureCues cues = StructureCues.shared();
    PlanText text = Texts.plan("""
        一、儿童与健康
        策略措施：
        1.优先保障儿童健康。
        专栏1 儿童健康促进行动
        （1）母婴安全行动。
        （2）出生缺陷综合防治。
        2.完善儿童健康服务体系。""");
    OutlineNode root = new OutlineParser(cues).parse(text);
    ItemCollector collector = new ItemCollector(cues, text.text(), new ArrayList<>());
    OutlineNode measures = root.flatten().stream()
        .filter(n -> collector.listKind(n) == CueKind.MEASURE_LIST).findFirst().orElseThrow();
    assertEquals(List.of("优先保障儿童健康。", "完善儿童健康服务体系。"),
        collector.items(ItemKind.MEASURE, collector.items(measures)).stream().map(Item::text)
            .toList());
  }

  @Test
  void titleParagraphsOverUnnumberedParagraphsOpenOneItemEach() {
    PlanText text = Texts.plan("""
        一、妇女与健康
        策略措施：
        完善妇女健康服务体系
        健全妇幼健康服务网络。
        加强县乡村三级网络建设。
        加强妇女疾病防治
        提高两癌防治能力。
        责任单位：县卫健局""");
    ItemCollector collector = new ItemCollector(StructureCues.shared(), text.text(),
        new ArrayList<>());
    List<Item> measures = collector.items(ItemKind.MEASURE, measureList(text, collector));
    assertEquals(List.of("完善妇女健康服务体系", "加强妇女疾病防治"),
        measures.stream().map(Item::title).toList());
    assertEquals("完善妇女健康服务体系\n健全妇幼健康服务网络。\n加强县乡村三级网络建设。",
        measures.get(0).text());
    assertEquals(List.of(1, 2), measures.stream().map(Item::n).toList());
  }

  @Test
  void aTitleWithoutParagraphsUnderItIsNoList() {
    // a caption over a table's rows, or titles alone: not items
    PlanText text = Texts.plan("""
        一、妇女与健康
        策略措施：
        完善妇女健康服务体系
        加强妇女疾病防治""");
    ItemCollector collector = new ItemCollector(StructureCues.shared(), text.text(),
        new ArrayList<>());
    assertEquals(List.of(), measureList(text, collector));
  }

  /** The items of the text's first measure list. */
  private static List<OutlineNode> measureList(PlanText text, ItemCollector collector) {
    OutlineNode root = new OutlineParser(StructureCues.shared()).parse(text);
    OutlineNode list = root.flatten().stream()
        .filter(n -> collector.listKind(n) == CueKind.MEASURE_LIST).findFirst().orElseThrow();
    return collector.items(list);
  }

  @Test
  void anUnnumberedItemBrokenBeforeItsSentenceEndsGoesOnIntoTheNextParagraph() {
    String longSentence = "促进妇女就业创业。" + "强化就业政策支持，".repeat(60) + "完善服务。";
    PlanText text = Texts.plan("一、妇女与经济\n策略措施：\n加大消除就业性别歧视的工作力度，健全\n"
        + "就业服务体系。\n" + longSentence + "\n改善妇女就业结构。");
    ItemCollector collector = new ItemCollector(StructureCues.shared(), text.text(),
        new ArrayList<>());
    List<Item> measures = collector.items(ItemKind.MEASURE, measureList(text, collector));
    // the broken paragraph and its rest are one measure; a measure of 500 characters is one too
    assertEquals(List.of("加大消除就业性别歧视的工作力度，健全就业服务体系", "促进妇女就业创业", "改善妇女就业结构"),
        measures.stream().map(Item::title).toList());
  }
}
