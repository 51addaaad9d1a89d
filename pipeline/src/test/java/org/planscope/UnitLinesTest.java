package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Role;

/** Unit lines of their own under a goal list: for the whole list, or for each item. */
class UnitLinesTest {
  private static final String HEAD = """
      平江县儿童发展规划（2021—2030年）
      第一章 发展领域、发展目标和主要措施
      第一节 儿童与健康
      一、发展目标
      """;

  private static List<Item> goals(String body) {
    Plan plan = new Pipeline().process(ExtractFuzzTest.document(HEAD + body));
    return plan.domains().get(0).goals();
  }

  @Test
  void oneLineAfterTheListAssignsTheWholeList() {
    List<Item> goals = goals("""
        1、婴儿死亡率控制在4.5‰以下。
        2、儿童青少年近视率逐步下降。
        牵头单位：县卫生健康局；配合单位：县教育局、县妇联
        二、主要措施
        1、加强儿童健康服务体系建设。
        """);
    assertEquals(2, goals.size());
    assertEquals("儿童青少年近视率逐步下降。", goals.get(1).text(), "the unit line is not goal text");
    for (Item g : goals) {
      assertEquals(List.of("县卫生健康局"), g.unitNames(Role.LEAD), g.text());
      assertEquals(List.of("县教育局", "县妇联"), g.unitNames(Role.COOPERATING), g.text());
    }
  }

  @Test
  void aLineAfterEachItemBelongsToThatItem() {
    List<Item> goals = goals("""
        1、婴儿死亡率控制在4.5‰以下。
        牵头单位：县卫生健康局
        2、学前教育毛入园率达到92%以上。
        牵头单位：县教育局；配合单位：县财政局
        """);
    assertEquals("婴儿死亡率控制在4.5‰以下。", goals.get(0).text());
    assertEquals(List.of("县卫生健康局"), goals.get(0).unitNames(Role.LEAD));
    assertEquals(List.of(), goals.get(0).unitNames(Role.COOPERATING));
    assertEquals(List.of("县教育局"), goals.get(1).unitNames(Role.LEAD));
    assertEquals(List.of("县财政局"), goals.get(1).unitNames(Role.COOPERATING));
  }
}
