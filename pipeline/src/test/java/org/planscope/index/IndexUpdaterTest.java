package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.model.Op;
import org.planscope.model.Plan;

/** Incremental, transactional index updates and the write lock. */
class IndexUpdaterTest {
  @TempDir Path tmp;

  static Plan plan(String id, String sha, String value) {
    return TestPlans.womenPlan(id, sha, "鹿寨县", "县", "广西壮族自治区", Op.LE, value, 2030);
  }

  int documents(Path index) throws Exception {
    try (PlanSearcher s = PlanSearcher.open(index)) {
      return s.size();
    }
  }

  List<String> values(Path index) throws Exception {
    try (PlanSearcher s = PlanSearcher.open(index)) {
      return s.compare("孕产妇死亡率").stream().map(c -> c.plan() + "=" + c.value()).toList();
    }
  }

  @Test
  void unchangedFilesAreSkippedChangedReplacedRemovedDeleted() throws Exception {
    Path index = tmp.resolve("index");
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path a = Files.writeString(corpus.resolve("a.txt"), "a");
    Path b = Files.writeString(corpus.resolve("b.txt"), "b");
    try (IndexUpdater u = IndexUpdater.open(index)) {
      u.put(a, plan("a", "1", "12"));
      u.put(b, plan("b", "1", "10"));
      u.removeMissing(List.of(corpus));
      assertEquals(new IndexUpdater.Stats(2, 0, 0, 0, 12), u.commit());
    }
    assertEquals(10, documents(index), "3 items + 2 stated targets per plan");

    Files.delete(b);
    try (IndexUpdater u = IndexUpdater.open(index)) {
      assertTrue(u.isCurrent(a, "1"));
      u.put(a, plan("a", "2", "9"));
      u.removeMissing(List.of(corpus));
      IndexUpdater.Stats st = u.commit();
      assertEquals(new IndexUpdater.Stats(0, 1, 0, 1, 6), st);
    }
    assertEquals(List.of("a=9"), values(index));

    try (IndexUpdater u = IndexUpdater.open(index)) {
      u.put(a, plan("a", "2", "9"));
      u.removeMissing(List.of(corpus));
      assertEquals(new IndexUpdater.Stats(0, 0, 1, 0, 6), u.commit());
    }
  }

  @Test
  void aFileThatFailsKeepsItsEntriesAndOtherRootsAreLeftAlone() throws Exception {
    Path index = tmp.resolve("index");
    Path one = Files.createDirectories(tmp.resolve("one"));
    Path two = Files.createDirectories(tmp.resolve("two"));
    Path a = Files.writeString(one.resolve("a.txt"), "a");
    Path b = Files.writeString(two.resolve("b.txt"), "b");
    try (IndexUpdater u = IndexUpdater.open(index)) {
      u.put(a, plan("a", "1", "12"));
      u.put(b, plan("b", "1", "10"));
      u.commit();
    }
    try (IndexUpdater u = IndexUpdater.open(index)) {
      u.keep(a); // a failed to extract this time
      u.removeMissing(List.of(one)); // only folder one was ingested
      assertEquals(0, u.commit().removed());
    }
    assertEquals(List.of("a=12", "b=10"), values(index).stream().sorted().toList());
  }

  @Test
  void readersSeeTheOldIndexUntilTheBatchCommits() throws Exception {
    Path index = tmp.resolve("index");
    Path a = Files.writeString(tmp.resolve("a.txt"), "a");
    try (IndexUpdater u = IndexUpdater.open(index)) {
      u.put(a, plan("a", "1", "12"));
      u.commit();
    }
    try (IndexUpdater u = IndexUpdater.open(index)) {
      u.put(a, plan("a", "2", "5"));
      u.put(Files.writeString(tmp.resolve("b.txt"), "b"), plan("b", "1", "7"));
      assertEquals(List.of("a=12"), values(index), "nothing visible before commit");
      // closed without commit: an interrupted ingest
    }
    assertEquals(List.of("a=12"), values(index), "the interrupted batch left no trace");
  }

  @Test
  void aSecondWriterGetsAClearLockMessage() throws Exception {
    Path index = tmp.resolve("index");
    try (IndexUpdater first = IndexUpdater.open(index)) {
      IndexLockedException e = assertThrows(IndexLockedException.class, () -> IndexUpdater.open(index));
      assertTrue(e.getMessage().contains("another ingest"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
    }
    try (IndexUpdater again = IndexUpdater.open(index)) {
      assertEquals(0, again.commit().documents(), "the lock is released on close");
    }
  }

  @Test
  void searchingWithoutAnIndexSaysWhatToDo() {
    Exception e = assertThrows(java.io.IOException.class, () -> PlanSearcher.open(tmp.resolve("none")));
    assertTrue(e.getMessage().contains("planscope ingest"), e.getMessage());
  }

  @Test
  void namesKeepNoNormsAndScoredTextsHaveANormInEveryDocument() throws Exception {
    Path index = tmp.resolve("index");
    try (IndexUpdater u = IndexUpdater.open(index)) {
      u.put(Files.writeString(tmp.resolve("a.txt"), "a"), plan("a", "1", "12"));
      u.commit();
    }
    try (Directory dir = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(dir)) {
      FieldInfos infos = FieldInfos.getMergedFieldInfos(r);
      for (String f : List.of(Fields.META_BI, Fields.UNITS_BI)) {
        assertFalse(infos.fieldInfo(f).hasNorms(), f);
      }
      // the item text is stored, not indexed: bigrams are the one analysis of the index
      assertFalse(infos.fieldInfo(Fields.TEXT).getIndexOptions().ordinal() > 0, "text indexed");
      for (String f : List.of(Fields.TEXT_BI, Fields.INDICATOR_BI)) {
        assertTrue(infos.fieldInfo(f).hasNorms(), f);
        for (LeafReaderContext leaf : r.leaves()) {
          NumericDocValues norms = leaf.reader().getNormValues(f);
          int n = 0;
          while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            n++;
          }
          assertEquals(leaf.reader().maxDoc(), n, f + ": a norm in every document (dense)");
        }
      }
      assertEquals(6, r.maxDoc(), "3 items, 2 stated targets and the file");
    }
  }

  @Test
  void aCommitPastEightSegmentsMergesTheIndexDownToTwo() throws Exception {
    Path index = tmp.resolve("index");
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 1; i <= IndexUpdater.MAX_SEGMENTS + 1; i++) {
      Path f = Files.writeString(corpus.resolve(i + ".txt"), "x" + i);
      try (IndexUpdater u = IndexUpdater.open(index)) {
        u.put(f, plan("p" + i, "1", String.valueOf(10 + i)));
        u.commit(); // one segment a batch
      }
      try (Directory d = FSDirectory.open(index)) {
        int segments = org.apache.lucene.index.SegmentInfos.readLatestCommit(d).size();
        assertEquals(i <= IndexUpdater.MAX_SEGMENTS ? i : IndexUpdater.MERGE_TO, segments,
            "segments after batch " + i);
      }
    }
    assertEquals(5 * (IndexUpdater.MAX_SEGMENTS + 1), documents(index), "nothing lost merging");
    assertEquals(IndexUpdater.MAX_SEGMENTS + 1, values(index).size());
  }
}
