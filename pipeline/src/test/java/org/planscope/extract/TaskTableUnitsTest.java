package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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
}
