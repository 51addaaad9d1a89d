package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planscope.model.Block;
import org.planscope.model.Document;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.PlanText;
import org.planscope.model.Role;
import org.planscope.model.Source;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.UnitAssignment;
import org.planscope.structure.StructureParser;
import org.planscope.text.TextNormalizer;

/** The extraction stage on its own: a normalised text and its structure in, the plan out. */
class PlanExtractorTest {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final StructureParser STRUCTURE = new StructureParser();
  private static final PlanExtractor EXTRACTOR = new PlanExtractor();

  private static final String HEAD = """
      平江县儿童发展规划（2021—2030年）
      第一章 发展领域、发展目标和主要措施
      第一节 儿童与健康
      一、发展目标
      """;

  static Document document(String text, String ocrEngine) {
    Source source = new Source("plan.txt", "plan.txt", "0", "text/plain", text.length());
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        blocks.add(Block.paragraph(new Span(start, i)));
        start = i + 1;
      }
    }
    return new Document(source, text, blocks, Map.of(), ocrEngine);
  }

  static Plan extract(Document doc) {
    PlanText text = NORMALIZER.normalize(doc);
    return EXTRACTOR.extract(doc, text, STRUCTURE.parse(text));
  }

  static List<Item> goals(String body) {
    return extract(document(HEAD + body, null)).domains().get(0).goals();
  }

  @Test
  void theOnlyUnitLineAtTheEndOfAListIsInheritedByEveryItem() {
    List<Item> goals = goals("""
        1、婴儿死亡率控制在4.5‰以下。
        2、儿童青少年近视率逐步下降。
        牵头单位：县卫生健康局；配合单位：县教育局、县妇联
        二、主要措施
        1、加强儿童健康服务体系建设。
        """);
    for (Item g : goals) {
      assertEquals(List.of("县卫生健康局"), g.unitNames(Role.LEAD), g.text());
      assertEquals(List.of("县教育局", "县妇联"), g.unitNames(Role.COOPERATING), g.text());
    }
  }

  @Test
  void aNoteClosingTheDomainGivesItsUnitsToEveryGoalAndMeasure() {
    Plan plan = extract(document("""
        某旗妇女发展规划（2021—2030年）
        一、妇女与健康
        （一）主要目标
        1.孕产妇死亡率控制在10/10万以下。
        2.妇女常见病筛查率达到85%以上。（牵头单位：旗卫健局；配合单位：旗妇联）
        （二）策略措施
        1.完善保障妇女健康的制度机制。坚持预防为主。
        2.加强妇幼健康服务体系建设。健全服务网络。
        以上目标和措施由旗卫健局牵头，旗医保局、旗妇联等部门配合落实。
        二、妇女与教育
        （一）主要目标
        1.女童平等接受义务教育。
        """, null));
    Domain health = plan.domains().get(0);
    List<Item> items = new ArrayList<>(health.goals());
    items.addAll(health.measures());
    assertEquals(List.of("旗医保局", "旗妇联"), items.get(0).unitNames(Role.COOPERATING));
    assertEquals(List.of("旗妇联"), items.get(1).unitNames(Role.COOPERATING)); // its own note
    for (Item i : items) {
      assertEquals(List.of("旗卫健局"), i.unitNames(Role.LEAD), i.text());
    }
    assertEquals("加强妇幼健康服务体系建设。健全服务网络。", items.get(3).text());
    assertTrue(plan.domains().get(1).goals().get(0).units().isEmpty());
  }

  @Test
  void aNoteByGoalNumberGivesItsUnitsToThoseGoalsOnly() {
    List<Item> goals = goals("""
        1、婴儿死亡率控制在4.5‰以下。
        2、学前教育毛入园率达到92%以上。
        上述目标中，第2项由县教育局牵头，县财政局配合。
        二、主要措施
        1、加强儿童健康服务体系建设。
        """);
    assertEquals(List.of(), goals.get(0).unitNames(Role.LEAD));
    assertEquals(List.of("县教育局"), goals.get(1).unitNames(Role.LEAD));
    assertEquals(List.of("县财政局"), goals.get(1).unitNames(Role.COOPERATING));
  }

  @Test
  void textFromOcrIsTheFirstWarningAndNamesTheEngine() {
    String body = "1、婴儿死亡率控制在4.5‰以下。\n";
    Plan scanned = extract(document(HEAD + body, "tesseract chi_sim"));
    assertEquals("TEXT_FROM_OCR", scanned.warnings().get(0).code());
    assertTrue(scanned.warnings().get(0).message().contains("(tesseract chi_sim)"),
        scanned.warnings().get(0).message());
    Plan read = extract(document(HEAD + body, null));
    assertTrue(read.warnings().stream().noneMatch(w -> w.code().equals("TEXT_FROM_OCR")),
        read.warnings().toString());
  }

  /**
   * Blank lines, indentation and a full-width digit make the normalised text shorter than the
   * source and shift every offset: the plan's spans still quote the source.
   */
  @Test
  void everySpanOfThePlanIsASourceOffset() {
    String source = HEAD.replace("\n", "\n\n") + "　　1、婴儿死亡率控制在４.5‰以下，县卫生健康局牵头。\n";
    Plan plan = extract(document(source, null));
    Item goal = plan.domains().get(0).goals().get(0);
    assertEquals("婴儿死亡率控制在4.5‰以下，县卫生健康局牵头。", goal.text());
    assertEquals("婴儿死亡率控制在４.5‰以下，县卫生健康局牵头。", goal.span().in(source));
    Target t = goal.targets().get(0);
    assertEquals("婴儿死亡率控制在4.5‰以下", t.raw());
    assertEquals("婴儿死亡率控制在４.5‰以下", t.span().in(source));
    UnitAssignment lead = goal.units().get(0);
    assertEquals("县卫生健康局", lead.span().in(source));
    assertEquals("第一节 儿童与健康", plan.domains().get(0).span().in(source).lines().findFirst()
        .orElseThrow());
  }

  /** A goal that lists its targets as sub-items: each target's raw starts at its indicator. */
  @Test
  void aSubItemsNumberIsNoPartOfItsTargetsRaw() {
    Plan plan = extract(document(HEAD + """
        1、儿童享有良好的卫生健康服务，具体包括：
        （1）婴儿死亡率控制在4.5‰以下。
        （2）5岁以下儿童死亡率控制在6‰以下。
        """, null));
    Item goal = plan.domains().get(0).goals().get(0);
    assertEquals(List.of("婴儿死亡率控制在4.5‰以下", "5岁以下儿童死亡率控制在6‰以下"),
        goal.targets().stream().map(Target::raw).toList());
  }
}
