package org.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Cli;
import org.planscope.testing.Corpus;

/** What ingest says about paths that are not there, files it cannot read, and catalogue candidates. */
class IngestMessagesTest {
  @TempDir Path tmp;

  @Test
  void aMissingFolderIsNamedAsMissing() {
    Path nowhere = tmp.resolve("no/such/dir");
    Cli.Result r = Cli.run("ingest", nowhere.toString(), "--data", tmp.resolve("data").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(nowhere + ": no such file or folder"), r.err());
    assertFalse(r.err().contains("unsupported"), r.err());
  }

  @Test
  void unsupportedFilesInAFolderAreListedAndCandidatesWaitForVerbose() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(2), in.resolve("plan.txt"));
    Files.writeString(in.resolve("指标.xlsx"), "not really");
    Files.writeString(in.resolve("data.json"), "{}");
    Cli.Result r = Cli.run("ingest", in.toString(), "--data", tmp.resolve("data").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("skipped 2 file(s) of an unsupported type"), r.out());
    assertTrue(r.out().contains(in.resolve("指标.xlsx").toString()), r.out());
    assertTrue(r.out().contains(in.resolve("data.json").toString()), r.out());
    assertFalse(r.out().contains("  candidate "), "candidates only with --verbose: " + r.out());
    Cli.Result v = Cli.run("ingest", in.toString(), "--verbose", "--data", tmp.resolve("data").toString());
    assertTrue(v.out().contains("catalogue: "), v.out());
    assertFalse(v.out().contains("(--verbose lists them)"), v.out());
  }

  @Test
  void aDeletedPlanLeavesThePlansFolderAndTheIndex() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("one"));
    Path data = tmp.resolve("d");
    Files.copy(Corpus.files().get(0), in.resolve(Corpus.files().get(0).getFileName()));
    assertEquals(0, Cli.run("ingest", in.toString(), "--data", data.toString()).code());
    Cli.Result before = Cli.run("search", "孕产妇死亡率", "--json", "--data", data.toString());
    assertFalse(before.out().contains("\"total\" : 0"), before.out());
    Cli.Result r = Cli.run("delete", "000", "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("deleted 000_45ac20729b4d0109"), r.out());
    Cli.Result after = Cli.run("search", "孕产妇死亡率", "--json", "--data", data.toString());
    assertTrue(after.out().contains("\"total\" : 0"), after.out());
    try (var s = Files.list(data.resolve("plans"))) {
      assertEquals(0, s.filter(f -> f.toString().endsWith(".json")).count());
    }
    assertEquals(1, Cli.run("delete", "000", "--data", data.toString()).code(), "gone");
  }
}
