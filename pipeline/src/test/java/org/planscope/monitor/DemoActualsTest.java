package org.planscope.monitor;

import org.planscope.export.ActualsFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;

/** The shipped demonstration file on the shipped corpus shows every status, as the README says. */
class DemoActualsTest {
  @Test
  void theDemonstrationActualsShowEveryStatusOnTheCorpus() throws Exception {
    List<Plan> plans = new ArrayList<>(Corpus.plans().values());
    List<ActualRow> rows = ActualsFiles.read(Corpus.root().resolve("examples/actuals-demo.csv"));
    MonitorReport r = new Monitor().evaluate(plans, rows);
    assertEquals("15: MET 5, ON_TRACK 4, BEHIND 4, INSUFFICIENT 2; 38 rows, 37 used",
        r.evaluations().size() + ": MET " + r.count(Status.MET) + ", ON_TRACK "
            + r.count(Status.ON_TRACK) + ", BEHIND " + r.count(Status.BEHIND) + ", INSUFFICIENT "
            + r.count(Status.INSUFFICIENT) + "; " + r.rows() + " rows, " + r.used() + " used");
    assertEquals(List.of("第 43 行 [阳朔县, 孕产妇死亡率, 2023, 9.1 1/10万] 未匹配：地区“阳朔县”没有已入库的规划"),
        r.issues().stream().map(i -> MonitorText.issue(i, org.planscope.format.Lang.ZH)).toList());
    assertEquals(List.of("演示数据（虚构）"), rows.stream().map(ActualRow::source).distinct().toList());
  }
}
