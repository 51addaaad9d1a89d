package org.planscope.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.Pipeline;
import org.planscope.ingest.TimeLimit;
import org.planscope.json.PlanJson;
import org.planscope.model.Plan;

/** The data folder as the command line and the web use it: ingest, find, publish, delete. */
class DataFolderServiceTest {
  static final String PLAN = "某县妇女发展规划（2021—2030年）\n一、妇女与健康\n主要目标：\n"
      + "1. 孕产妇死亡率控制在10/10万以下。\n2. 妇女常见病筛查率达到90%以上。\n";

  @TempDir Path tmp;

  private static final class Recorder implements DataFolder.Listener {
    final List<String> notes = new ArrayList<>();
    final List<DataFolder.Outcome> outcomes = new ArrayList<>();

    @Override
    public synchronized void done(DataFolder.Outcome o, int done, int total) {
      outcomes.add(o);
    }

    @Override
    public void extracted(List<DataFolder.Outcome> all, long millis) {
      notes.add("extracted " + all.size());
    }

    @Override
    public synchronized void note(org.planscope.format.Message line) {
      notes.add(line.toString());
    }
  }

  @Test
  void ingestPublishesIndexesAndFindsByPrefixThenDeletes() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("某县妇女发展规划.txt"), PLAN);
    Files.writeString(in.resolve("坏文件.txt"), "");
    DataFolder folder = DataFolder.at(tmp.resolve("data"));
    Recorder r = new Recorder();
    boolean ok;
    try (TimeLimit limit = new TimeLimit(120)) {
      ok = folder.ingest(new DataFolder.Batch(List.of(in.resolve("坏文件.txt"),
          in.resolve("某县妇女发展规划.txt")), List.of(in), false, null, 1), new Pipeline(), limit, r);
    }
    assertFalse(ok, "one file failed");
    assertEquals(2, r.outcomes.size());
    assertEquals("extracted 2", r.notes.get(0));
    assertTrue(r.notes.get(1).startsWith("plans "), r.notes.toString());
    assertTrue(r.notes.get(2).startsWith("index "), r.notes.toString());
    assertTrue(r.notes.get(2).contains(": 1 added, 0 replaced, 0 unchanged, 0 removed;"), r.notes.get(2));
    assertEquals(List.of(folder.plansDir().resolve("某县妇女发展规划.txt.json")), folder.planFiles());

    DataFolder.Published p = folder.find("某县", line -> { });
    assertEquals("某县妇女发展规划", p.plan().id());
    DataFolder.Problem none = assertThrows(DataFolder.Problem.class, () -> folder.find("省", l -> { }));
    assertEquals("no plan 省 in " + folder.plansDir() + " (ids: 某县妇女发展规划)", none.getMessage());
    folder.delete(p);
    assertEquals(List.of(), folder.planFiles());
  }

  @Test
  void aPublishedPlanIsWholeAndOnlyPlanFilesAreRemoved() throws Exception {
    DataFolder folder = DataFolder.at(tmp.resolve("data"));
    Path in = tmp.resolve("上传.txt");
    Files.writeString(in, PLAN);
    Plan plan = new Pipeline().run(in).withId("上传");
    Path f = folder.publish("上传", PlanJson.pretty(plan));
    assertEquals(folder.plansDir().resolve("上传.json"), f);
    try (var s = Files.list(folder.plansDir())) {
      assertEquals(List.of(f), s.toList(), "no temporary left");
    }
    assertEquals("上传", folder.find("上传", l -> { }).plan().id());
    IOException outside = assertThrows(IOException.class, () -> folder.removePlanFile(in, false));
    assertEquals("not a plan of " + folder.plansDir() + ": " + in, outside.getMessage());
    assertTrue(Files.exists(in));
    folder.removePlanFile(f, true);
    assertEquals(List.of(), folder.planFiles());
  }
}
