package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.planscope.model.PlanText;

/** The outline of small inline plans, rendered one node per line with two spaces per level. */
class OutlineParserTest {
  private final OutlineParser parser = new OutlineParser();

  private String outline(String text) {
    return parser.parse(Texts.plan(text)).render();
  }

  @Test
  void nestsTheCustomaryStyles() {
    assertEquals("""
        第一章 总则
          第一节 指导思想
            一、 坚持党的领导
              （一） 加强组织
                1. 健全机制
                  （1） 完善制度
                    ① 细化分工
        第二章 儿童与健康
        """, outline("""
        第一章 总则
        第一节 指导思想
        一、坚持党的领导
        （一）加强组织
        1.健全机制
        （1）完善制度
        ①细化分工
        第二章 儿童与健康
        """));
  }

  @Test
  void toleratesASkippedLevel() {
    assertEquals("""
        第一章 儿童与健康
          （一） 主要目标
            1. 降低死亡率
          （二） 策略措施
        第二章 儿童与安全
        """, outline("""
        第一章 儿童与健康
        （一）主要目标
        1.降低死亡率
        （二）策略措施
        第二章 儿童与安全
        """));
  }

  @Test
  void listHeadingsSitAboveTheirItemsAndNumberingRestarts() {
    assertEquals("""
        二、 发展领域、主要目标和策略措施
          （一） 妇女与健康
            主要目标
              1． 孕产妇死亡率下降到12/10万以下
              2． 妇女常见病筛查率达到85%以上
            策略措施
              1． 完善保障妇女健康的制度机制
          （二） 妇女与教育
        """, outline("""
        二、发展领域、主要目标和策略措施
        （一）妇女与健康
        主要目标：
        1．孕产妇死亡率下降到12/10万以下。
        2．妇女常见病筛查率达到85%以上。
        策略措施:
        1．完善保障妇女健康的制度机制。全面推进健康建设。
        （二）妇女与教育
        """));
  }

  @Test
  void listHeadingsOverUnnumberedParagraphsStayInTheirDomain() {
    // the next domain's number is no item of 策略措施; a list heading with nothing numbered after
    // it stands beside the list heading before it
    assertEquals("""
        一、 妇女与健康
          主要目标
          策略措施
        二、 妇女与教育
          主要目标
          策略措施
        """, outline("""
        一、妇女与健康
        主要目标：
        孕产妇死亡率控制在10/10万以下。
        策略措施：
        完善保障妇女健康的制度机制。
        二、妇女与教育
        主要目标：
        女性平均受教育年限达到11.5年。
        策略措施：
        加强思想政治教育。
        """));
  }

  @Test
  void splitsAHeadingGluedToItsFirstSentence() {
    OutlineNode root = parser.parse(Texts.plan("""
        三、组织实施
        （一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。
        （二）落实规划实施责任：完善落实党委领导、政府主责的工作机制。
        """));
    OutlineNode chapter = root.children().get(0);
    assertEquals("组织实施", chapter.heading());
    assertEquals(true, chapter.headingLine());
    OutlineNode first = chapter.children().get(0);
    assertEquals("指导思想", first.heading());
    assertEquals(false, first.headingLine());
    assertEquals("（一）", first.number());
    assertEquals(1, first.ordinal());
    assertEquals("落实规划实施责任", chapter.children().get(1).heading());
  }

  @Test
  void frontMatterHeadingsAreChapters() {
    assertEquals("""
        前言
        一、 总体要求
          （一） 指导思想
        """, outline("""
        鹿寨县妇女发展规划
        前  言
        追求男女平等的事业是伟大的。
        一、总体要求
        （一）指导思想
        """));
  }

  @Test
  void adaptsWhenADocumentNestsStylesTheOtherWayRound() {
    // 1. headings over （一） items: the first （一） straight under a 1. heading ranks below it
    assertEquals("""
        1. 主要目标
          （一） 降低死亡率
          （二） 提高筛查率
        2. 策略措施
          （一） 完善制度
        """, outline("""
        1.主要目标
        （一）降低死亡率。
        （二）提高筛查率。
        2.策略措施
        （一）完善制度。
        """));
  }

  @Test
  void unnumberedParagraphsContinueTheItemBefore() {
    PlanText text = Texts.plan("""
        策略措施：
        1.探索出台家庭政策。
        将性别视角纳入家庭发展政策。
        2.大力发展家庭公共服务。
        """);
    OutlineNode cue = parser.parse(text).children().get(0);
    assertEquals(OutlineNode.Kind.CUE, cue.kind());
    OutlineNode first = cue.children().get(0);
    assertEquals("探索出台家庭政策。\n将性别视角纳入家庭发展政策。", first.span().in(text.text())
        .substring(first.number().length()));
    assertEquals(2, cue.children().size());
  }

  @Test
  void spansRunFromTheHeadingToTheNextChapter() {
    PlanText text = Texts.plan("""
        三、组织实施
        （一）坚持党的领导。
        监测组由县统计局牵头。
        四、监测评估
        """);
    OutlineNode chapter = parser.parse(text).children().get(0);
    assertEquals("三、组织实施\n（一）坚持党的领导。\n监测组由县统计局牵头。",
        chapter.span().in(text.text()));
  }
}
