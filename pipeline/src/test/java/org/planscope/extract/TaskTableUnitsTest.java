package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.Pipeline;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;

/** Annex tables that divide a plan's work, read back onto its goals and measures. */
class TaskTableUnitsTest {
  private static final Pipeline PIPELINE = new Pipeline();

  private static Plan fixture(String name) throws Exception {
    return PIPELINE.run(Path.of(TaskTableUnitsTest.class.getResource("/styles/" + name).toURI()));
  }

  private static String units(Item i) {
    return i.units().stream().map(u -> u.role() + ":" + u.name()).collect(Collectors.joining(","));
  }

  @Test
  void aTableOfTasksGivesItsUnitsToTheMeasuresItsCellsBegin() throws Exception {
    Plan plan = fixture("79-task-division-table-of-measures.txt");
    List<Domain> d = plan.domains();
    assertEquals(List.of("LEAD:县卫健局,RESPONSIBLE:县财政局", "LEAD:县卫健局,RESPONSIBLE:县妇联"),
        d.get(0).measures().stream().map(TaskTableUnitsTest::units).toList());
    assertEquals(List.of("LEAD:县教育局,RESPONSIBLE:县发改局"),
        d.get(1).measures().stream().map(TaskTableUnitsTest::units).toList());
    // the goals keep the units of their own notes
    assertEquals("LEAD:县卫健局", units(d.get(0).goals().get(0)));
  }

  /** A plain-text plan: two domains of three goals each, then the annex table given. */
  private static Plan planWithTable(Path dir, String... table) throws Exception {
    StringBuilder b = new StringBuilder("诸暨市妇女发展规划（2021—2030年）\n二、发展领域、主要目标和策略措施\n"
        + "（一）妇女与健康\n主要目标：\n1.妇女人均预期寿命延长，人均健康预期寿命提高。\n"
        + "2.孕产妇死亡率控制在15/10万以下。\n3.适龄妇女宫颈癌人群筛查率达到70%以上。\n"
        + "策略措施：\n1.完善妇女健康服务体系。\n（二）妇女与教育\n主要目标：\n"
        + "1.教育工作全面贯彻男女平等基本国策。\n2.女性平均受教育年限达到11.2年。\n"
        + "3.高中阶段女生毛入学率保持在95%以上。\n策略措施：\n1.加强思想政治教育。\n"
        + "三、组织实施\n附表 目标任务分工表\n");
    b.append(String.join("\n", table));
    Path f = dir.resolve("plan.txt");
    Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
    return PIPELINE.run(f);
  }

  private static List<String> goalUnits(Plan plan) {
    return plan.domains().stream().flatMap(d -> d.goals().stream())
        .map(g -> g.n() + "=" + units(g)).toList();
  }

  private static final List<String> EVERY_GOAL = List.of(
      "1=LEAD:市卫健局,RESPONSIBLE:市妇联", "2=LEAD:市卫健局,RESPONSIBLE:市医保局",
      "3=LEAD:市卫健局,RESPONSIBLE:市财政局",
      "1=LEAD:市教育局,RESPONSIBLE:市妇联", "2=LEAD:市教育局,RESPONSIBLE:市人社局",
      "3=LEAD:市教育局,RESPONSIBLE:市财政局");

  @Test
  void aRowNumberRunningThroughTheTableIsNoGoalNumber(@TempDir Path dir) throws Exception {
    // 序号 runs 1…6 over both domains; the goal's words name it
    Plan plan = planWithTable(dir,
        "序号\t领域\t主要目标\t牵头单位\t责任单位",
        "1\t妇女与健康\t妇女人均预期寿命延长，人均健康预期寿命提高。\t市卫健局\t市妇联",
        "2\t妇女与健康\t孕产妇死亡率控制在15/10万以下。\t市卫健局\t市医保局",
        "3\t妇女与健康\t适龄妇女宫颈癌人群筛查率达到70%以上。\t市卫健局\t市财政局",
        "4\t妇女与教育\t教育工作全面贯彻男女平等基本国策。\t市教育局\t市妇联",
        "5\t妇女与教育\t女性平均受教育年限达到11.2年。\t市教育局\t市人社局",
        "6\t妇女与教育\t高中阶段女生毛入学率保持在95%以上。\t市教育局\t市财政局");
    assertEquals(EVERY_GOAL, goalUnits(plan));
  }

  @Test
  void aRunningNumberWithoutTheGoalsWordsIsTheRowsPlaceInItsDomain(@TempDir Path dir)
      throws Exception {
    // the goal cells hold short labels, not the goals' words: the row's place in its domain
    Plan plan = planWithTable(dir,
        "序号\t领域\t主要目标\t牵头单位\t责任单位",
        "1\t妇女与健康\t预期寿命\t市卫健局\t市妇联",
        "2\t妇女与健康\t孕产妇\t市卫健局\t市医保局",
        "3\t妇女与健康\t两癌筛查\t市卫健局\t市财政局",
        "4\t妇女与教育\t基本国策\t市教育局\t市妇联",
        "5\t妇女与教育\t受教育年限\t市教育局\t市人社局",
        "6\t妇女与教育\t高中入学\t市教育局\t市财政局");
    assertEquals(EVERY_GOAL, goalUnits(plan));
  }

  @Test
  void aNumberThatRestartsInEachDomainIsTheGoalNumber(@TempDir Path dir) throws Exception {
    // 序号 restarts: it is the goal's number, rows in any order
    Plan plan = planWithTable(dir,
        "领域\t目标序号\t牵头单位\t责任单位",
        "妇女与健康\t3\t市卫健局\t市财政局",
        "妇女与健康\t1\t市卫健局\t市妇联",
        "妇女与健康\t2\t市卫健局\t市医保局",
        "妇女与教育\t1\t市教育局\t市妇联",
        "妇女与教育\t2\t市教育局\t市人社局",
        "妇女与教育\t3\t市教育局\t市财政局");
    assertEquals(EVERY_GOAL, goalUnits(plan));
  }

  @Test
  void aNumberThatGoesOnButNamesGoalsOfItsDomainIsTheGoalNumber(@TempDir Path dir)
      throws Exception {
    // 1, 2 in the first domain and 3 in the second: goal 3 of 妇女与教育 exists, the number is its
    Plan plan = planWithTable(dir,
        "领域\t目标序号\t牵头单位\t责任单位",
        "妇女与健康\t1\t市卫健局\t市妇联",
        "妇女与健康\t2\t市卫健局\t市医保局",
        "妇女与教育\t3\t市教育局\t市财政局");
    assertEquals(List.of("1=LEAD:市卫健局,RESPONSIBLE:市妇联", "2=LEAD:市卫健局,RESPONSIBLE:市医保局",
        "3=", "1=", "2=", "3=LEAD:市教育局,RESPONSIBLE:市财政局"), goalUnits(plan));
  }

  @Test
  void aPlainTextTablesSectionRowsNameTheDomainsOfTheRowsBelow(@TempDir Path dir)
      throws Exception {
    // 一、妇女与健康⇥⇥⇥ spans the table: a section of its rows, not a heading of the plan's own
    Plan plan = planWithTable(dir,
        "序号\t目标任务\t牵头单位\t责任单位",
        "一、妇女与健康\t\t\t",
        "1\t妇女人均预期寿命延长，人均健康预期寿命提高。\t市卫健局\t市妇联",
        "2\t孕产妇死亡率控制在15/10万以下。\t市卫健局\t市医保局",
        "3\t适龄妇女宫颈癌人群筛查率达到70%以上。\t市卫健局\t市财政局",
        "二、妇女与教育\t\t\t",
        "4\t教育工作全面贯彻男女平等基本国策。\t市教育局\t市妇联",
        "5\t女性平均受教育年限达到11.2年。\t市教育局\t市人社局",
        "6\t高中阶段女生毛入学率保持在95%以上。\t市教育局\t市财政局");
    assertEquals(List.of("妇女与健康", "妇女与教育"), plan.domains().stream().map(Domain::name).toList());
    assertEquals(EVERY_GOAL, goalUnits(plan));
  }

  @Test
  void aTableTypedWithFullWidthBarsNamesEachGoalByItsWords(@TempDir Path dir) throws Exception {
    // no 领域 column and no section rows: the goal's words say which domain's goal a row is
    Plan plan = planWithTable(dir,
        "序号｜目标任务｜牵头单位｜责任单位",
        "1｜妇女人均预期寿命延长，人均健康预期寿命提高。｜市卫健局｜市妇联",
        "2｜孕产妇死亡率控制在15/10万以下。｜市卫健局｜市医保局",
        "3｜适龄妇女宫颈癌人群筛查率达到70%以上。｜市卫健局｜市财政局",
        "4｜教育工作全面贯彻男女平等基本国策。｜市教育局｜市妇联",
        "5｜女性平均受教育年限达到11.2年。｜市教育局｜市人社局",
        "6｜高中阶段女生毛入学率保持在95%以上。｜市教育局｜市财政局");
    assertEquals(EVERY_GOAL, goalUnits(plan));
  }
}
