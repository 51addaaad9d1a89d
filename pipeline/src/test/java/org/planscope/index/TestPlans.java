package org.planscope.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Op;
import org.planscope.model.Period;
import org.planscope.model.Plan;
import org.planscope.model.Region;
import org.planscope.model.Role;
import org.planscope.model.Source;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;
import org.planscope.model.UnitAssignment;

/** Plans built from model records, with targets and units the extractors will produce. */
final class TestPlans {
  private TestPlans() {}

  /** A one-domain plan whose goal 1 states 孕产妇死亡率 op value and is led by 卫生健康局. */
  static Plan womenPlan(String id, String sha, String region, String level, String province,
      Op op, String value, int year) {
    String goal1 = "孕产妇死亡率控制在" + value + "/10万以下，城乡、区域差距逐步缩小。";
    String goal2 = "适龄妇女宫颈癌人群筛查率达到70%以上。";
    String measure = "完善宫颈癌和乳腺癌综合防治体系，乳腺癌人群筛查率逐步提高，落实农村适龄妇女宫颈癌和乳腺癌检查项目。";
    String text = goal1 + "\n" + goal2 + "\n" + measure;
    int g2 = goal1.length() + 1;
    int m = g2 + goal2.length() + 1;
    Target t1 = new Target("孕产妇死亡率", "maternal_mortality", op, new BigDecimal(value), null,
        "1/10万", goal1.substring(0, goal1.indexOf('，')), new Span(0, goal1.indexOf('，')),
        TargetStatus.STATED, year, List.of());
    Target t2 = new Target("适龄妇女宫颈癌人群筛查率", "cervical_screening", Op.GE,
        new BigDecimal("70"), null, "%", "筛查率达到70%以上", new Span(g2 + 8, g2 + 18),
        TargetStatus.STATED, year, List.of());
    Target missing = new Target("乳腺癌人群筛查率", null, null, null, null, null, "乳腺癌人群筛查率",
        new Span(m + 14, m + 22), TargetStatus.MISSING_VALUE, null, List.of());
    String prefix = level.equals("市") ? "市" : level;
    List<UnitAssignment> units = List.of(
        new UnitAssignment(prefix + "卫生健康局", Role.LEAD, "卫生健康局", prefix, null, null),
        new UnitAssignment(prefix + "妇联", Role.RESPONSIBLE, "妇女联合会", prefix, null, null));
    Item i1 = new Item(ItemKind.GOAL, 1, "1.", goal1, goal1, new Span(0, goal1.length()), null,
        List.of(t1), units);
    Item i2 = new Item(ItemKind.GOAL, 2, "2.", goal2, goal2, new Span(g2, g2 + goal2.length()),
        null, List.of(t2), List.of());
    Item i3 = new Item(ItemKind.MEASURE, 1, "1.", measure, measure,
        new Span(m, m + measure.length()), null, List.of(missing), List.of());
    Domain d = new Domain("妇女与健康", "（一）妇女与健康", new Span(0, text.length()), false,
        List.of(i1, i2), List.of(i3));
    return new Plan(id, new Source(id + ".txt", id + ".txt", sha, "text/plain", text.length()),
        region + "妇女发展规划（2021—2030年）", false,
        new Region(region, level, province, null, null), new Period(2021, 2030), "women",
        List.of(d), List.of(), List.of(), List.of(), List.of());
  }

  static List<Plan> three() {
    List<Plan> out = new ArrayList<>();
    out.add(womenPlan("a", "sha-a", "鹿寨县", "县", "广西壮族自治区", Op.LE, "12", 2030));
    out.add(womenPlan("b", "sha-b", "清远市", "市", "广东省", Op.LE, "8", 2030));
    out.add(womenPlan("c", "sha-c", "岢岚县", "县", "山西省", Op.LE, "12.5", 2025));
    return out;
  }
}
