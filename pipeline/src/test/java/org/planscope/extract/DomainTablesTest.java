package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planscope.Pipeline;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * An indicator table printed as a domain's 主要目标: its rows are that domain's goals; a table of
 * the plan's own (in its 总体目标 chapter) or beside prose goals stays in {@code indicators[]}.
 */
class DomainTablesTest {
  private static final Pipeline PIPELINE = new Pipeline();

  private static String goals(Domain d) {
    return d.goals().stream().map(DomainTablesTest::row).collect(Collectors.joining("\n"));
  }

  private static String row(Item i) {
    return i.n() + " " + i.text() + " " + i.targets().stream().map(DomainTablesTest::target)
        .collect(Collectors.joining(",")) + " " + i.units().stream()
        .map(u -> u.role() + ":" + u.name()).collect(Collectors.joining(","));
  }

  private static String target(Target t) {
    return t.op() == null ? "missing(" + t.raw() + ")"
        : t.op().symbol() + t.value().toPlainString() + t.unit() + "@" + t.year();
  }

  @Test
  void aDomainsGoalTableGivesItsGoals() {
    Plan plan = PIPELINE.process(IndicatorTableReaderTest.doc(
        "H1 台山市儿童发展规划（2021—2030年）",
        "（一）儿童与健康",
        "1.主要目标",
        "序号\t指标\t2025年目标值\t2030年目标值\t牵头单位",
        "1\t婴儿死亡率\t≤4.5‰\t≤4‰\t市卫生健康局",
        "2\t儿童心理健康服务网络\t基本建立\t更加完善\t市卫生健康局、市教育局",
        "2.策略措施",
        "（1）完善儿童健康服务体系。健全儿童医疗卫生服务网络。",
        "（二）儿童与教育",
        "1.主要目标",
        "序号\t指标\t2025年目标值\t2030年目标值\t牵头单位",
        "1\t学前教育毛入园率\t≥95%\t≥98%\t市教育局",
        "2.策略措施",
        "（1）全面落实教育优先发展战略。"));
    assertEquals("""
        1 婴儿死亡率 <=4.5‰@2025,<=4‰@2030 LEAD:市卫生健康局
        2 儿童心理健康服务网络 missing(更加完善) LEAD:市卫生健康局,LEAD:市教育局""",
        goals(plan.domains().get(0)));
    assertEquals("1 学前教育毛入园率 >=95%@2025,>=98%@2030 LEAD:市教育局",
        goals(plan.domains().get(1)));
    assertEquals(1, plan.domains().get(0).measures().size());
    assertEquals(0, plan.indicators().size());
  }

  @Test
  void aTableBesideProseGoalsStaysThePlans() {
    Plan plan = PIPELINE.process(IndicatorTableReaderTest.doc(
        "H1 台山市儿童发展规划（2021—2030年）",
        "（一）儿童与健康",
        "1.主要目标",
        "（1）婴儿死亡率控制在4‰以下。",
        "（2）儿童心理健康服务网络更加完善。",
        "序号\t指标\t2025年\t2030年",
        "1\t5岁以下儿童死亡率\t≤6‰\t≤5.5‰",
        "2.策略措施",
        "（1）完善儿童健康服务体系。健全儿童医疗卫生服务网络。"));
    assertEquals("1 婴儿死亡率控制在4‰以下。 <=4‰@2030 \n2 儿童心理健康服务网络更加完善。  ",
        goals(plan.domains().get(0)));
    assertEquals(1, plan.indicators().size());
  }

  @Test
  void aSectorPlansGoalChapterTableStaysThePlans() {
    Plan plan = PIPELINE.process(IndicatorTableReaderTest.doc(
        "H1 永康市“十四五”托育服务发展规划",
        "一、发展目标",
        "到2025年，托育服务体系基本建成（见表1）。",
        "序号\t指标\t单位\t2020年\t2025年\t属性",
        "1\t每千人口拥有3岁以下婴幼儿托位数\t个\t1.8\t4.5\t预期性",
        "二、主要任务",
        "（一）扩大普惠托育服务供给",
        "1.每个街道至少建成1个综合托育服务中心。",
        "2.支持用人单位为职工提供托育服务。"));
    assertEquals(1, plan.indicators().size());
    assertEquals("扩大普惠托育服务供给", plan.domains().get(0).name());
    assertEquals(1, plan.domains().size());
    assertEquals(2, plan.domains().get(0).measures().size());
  }
}
