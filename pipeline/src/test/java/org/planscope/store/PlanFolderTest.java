package org.planscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/plans changes a whole batch at a time, and repairs itself after a killed run. */
class PlanFolderTest {
  @TempDir Path data;

  /** What a reader of {@code data/plans/*.json} sees: file name → content. */
  Map<String, String> visible() throws Exception {
    Map<String, String> out = new TreeMap<>();
    Path plans = data.resolve("plans");
    if (!Files.isDirectory(plans)) {
      return out;
    }
    try (Stream<Path> s = Files.list(plans)) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".json") && !n.startsWith(".")) {
          out.put(n, Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  void publish(Map<String, String> files) throws Exception {
    PlanFolder f = PlanFolder.open(data);
    try (PlanFolder.Batch b = f.begin()) {
      for (var e : files.entrySet()) {
        b.write(e.getKey(), e.getValue());
      }
      b.publish();
    }
  }

  @Test
  void aBatchIsInvisibleUntilPublishedAndKeepsEarlierPlans() throws Exception {
    publish(Map.of("a.txt.json", "A1", "b.txt.json", "B1"));
    assertEquals(Map.of("a.txt.json", "A1", "b.txt.json", "B1"), visible());
    assertTrue(Files.isSymbolicLink(data.resolve("plans")));

    PlanFolder f = PlanFolder.open(data);
    try (PlanFolder.Batch b = f.begin()) {
      b.write("b.txt.json", "B2");
      b.write("c.txt.json", "C2");
      assertEquals(Map.of("a.txt.json", "A1", "b.txt.json", "B1"), visible(), "not yet");
      b.publish();
    }
    assertEquals(Map.of("a.txt.json", "A1", "b.txt.json", "B2", "c.txt.json", "C2"), visible());
  }

  @Test
  void anUnpublishedBatchLeavesNothingBehind() throws Exception {
    publish(Map.of("a.txt.json", "A1"));
    PlanFolder f = PlanFolder.open(data);
    try (PlanFolder.Batch b = f.begin()) {
      b.write("a.txt.json", "A2");
    } // closed without publish: an ingest that failed
    assertEquals(Map.of("a.txt.json", "A1"), visible());
    try (Stream<Path> s = Files.list(data.resolve(PlanFolder.GENERATIONS))) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".staging")));
    }
  }

  @Test
  void aKilledRunsStagingIsRemovedAtTheNextOpen() throws Exception {
    publish(Map.of("a.txt.json", "A1"));
    PlanFolder f = PlanFolder.open(data);
    PlanFolder.Batch killed = f.begin(); // never closed: the process died
    killed.write("a.txt.json", "A-half");
    PlanFolder again = PlanFolder.open(data);
    assertTrue(again.recovered().stream().anyMatch(s -> s.toString().contains("unfinished batch")),
        again.recovered().toString());
    assertEquals(Map.of("a.txt.json", "A1"), visible());
    try (Stream<Path> s = Files.list(data.resolve(PlanFolder.GENERATIONS))) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".staging")));
    }
  }

  @Test
  void aGenerationRenamedButNeverSwitchedToIsDropped() throws Exception {
    publish(Map.of("a.txt.json", "A1"));
    Path gens = data.resolve(PlanFolder.GENERATIONS);
    // killed between renaming the staging folder and swapping the link
    Path orphan = Files.createDirectories(gens.resolve(PlanFolder.genName(99)));
    Files.writeString(orphan.resolve("a.txt.json"), "A-orphan");
    PlanFolder f = PlanFolder.open(data);
    assertFalse(Files.exists(orphan));
    assertTrue(f.recovered().stream().anyMatch(s -> s.toString().contains("interrupted")));
    assertEquals(Map.of("a.txt.json", "A1"), visible());
  }

  @Test
  void aMissingOrDanglingLinkPointsToTheNewestGenerationAgain() throws Exception {
    publish(Map.of("a.txt.json", "A1"));
    publish(Map.of("a.txt.json", "A2"));
    Files.delete(data.resolve("plans")); // killed in the middle of the first migration
    assertEquals(Map.of(), visible());
    PlanFolder.open(data);
    assertEquals(Map.of("a.txt.json", "A2"), visible());

    Files.delete(data.resolve("plans"));
    Files.createSymbolicLink(data.resolve("plans"), Path.of(PlanFolder.GENERATIONS, "gen-777777"));
    PlanFolder f = PlanFolder.open(data);
    assertEquals(Map.of("a.txt.json", "A2"), visible());
    assertTrue(f.recovered().stream().anyMatch(s -> s.toString().contains("target was missing")));
  }

  @Test
  void aPlainPlansFolderOfAnOlderVersionBecomesTheFirstGeneration() throws Exception {
    Path plans = Files.createDirectories(data.resolve("plans"));
    Files.writeString(plans.resolve("old.txt.json"), "OLD");
    Path stale = plans.resolve(".old.txt.json.tmp"); // left by a run killed while writing
    Files.writeString(stale, "{\"half");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
    Path fresh = plans.resolve(".new.txt.json.tmp"); // another writer, right now: left alone
    Files.writeString(fresh, "{");
    publish(Map.of("new.txt.json", "NEW"));
    assertTrue(Files.isSymbolicLink(plans));
    assertEquals(Map.of("old.txt.json", "OLD", "new.txt.json", "NEW"), visible());
    assertFalse(Files.exists(data.resolve("plans/.old.txt.json.tmp")), "stale temporary removed");
  }

  @Test
  void aFileAnotherWriterAddsDuringTheBatchIsCarriedOver() throws Exception {
    publish(Map.of("a.txt.json", "A1"));
    PlanFolder f = PlanFolder.open(data);
    try (PlanFolder.Batch b = f.begin()) {
      b.write("a.txt.json", "A2");
      // the web server stores an upload into the current generation meanwhile
      Files.writeString(data.resolve("plans/upload.json"), "U");
      b.publish();
    }
    assertEquals(Map.of("a.txt.json", "A2", "upload.json", "U"), visible());
  }

  @Test
  void onlyTheCurrentAndThePreviousGenerationAreKept() throws Exception {
    for (int i = 1; i <= 4; i++) {
      publish(Map.of("a.txt.json", "A" + i));
    }
    try (Stream<Path> s = Files.list(data.resolve(PlanFolder.GENERATIONS))) {
      assertEquals(2, s.count());
    }
    assertEquals(Map.of("a.txt.json", "A4"), visible());
  }

  @Test
  void namesThatAreNotPlainFileNamesAreRefused() throws Exception {
    PlanFolder f = PlanFolder.open(data);
    try (PlanFolder.Batch b = f.begin()) {
      for (String bad : new String[] {"../x.json", ".hidden.json", "a/b.json", ""}) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> b.write(bad, "x"));
      }
    }
  }
}
