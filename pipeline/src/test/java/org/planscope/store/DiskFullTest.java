package org.planscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Cli;
import org.planscope.testing.Corpus;

/** A disk that fills up while an ingest writes: nothing half-written is left or published. */
class DiskFullTest {
  @TempDir Path tmp;

  static List<Path> everything(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void aWriteThatFailsLeavesNoTemporaryAndTheGenerationUnchanged() throws Exception {
    PlanFolder folder = PlanFolder.open(tmp);
    try (PlanFolder.Batch batch = folder.begin()) {
      batch.write("a.txt.json", "{}");
      batch.publish();
    }
    folder.writer = (file, content) -> {
      Files.writeString(file, content.substring(0, 1), StandardCharsets.UTF_8);
      throw new IOException(file + ": No space left on device");
    };
    try (PlanFolder.Batch batch = folder.begin()) {
      IOException e = assertThrows(IOException.class, () -> batch.write("b.txt.json", "{}"));
      assertTrue(e.getMessage().contains("No space left"), e.getMessage());
    }
    List<Path> left = everything(tmp);
    assertTrue(left.stream().noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
        left.toString());
    try (Stream<Path> s = Files.list(folder.dir())) {
      assertEquals(List.of("a.txt.json"), s.map(p -> p.getFileName().toString()).toList());
    }
  }

  /** On a real 1 MB file system, where the test may mount one. */
  @Test
  void anIngestIntoAFullDataFolderSaysSoAndPublishesNothing() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", data.toString()),
        "cannot mount a tmpfs here");
    try {
      Path in = Files.createDirectories(tmp.resolve("in"));
      Files.copy(Corpus.files().get(0), in.resolve("plan.txt"));
      Cli.Result r = Cli.run("ingest", in.toString(), "--data", data.toString(), "--threads", "1");
      assertEquals(1, r.code(), r.err());
      assertTrue(r.err().contains("planscope ingest：" + data + " 的可用空间不足，无法发布 1 个规划："), r.err());
      assertTrue(r.err().contains("；未作任何改动（请腾出空间后再运行）\n"), r.err());
      List<Path> left = everything(data);
      assertTrue(left.stream().noneMatch(p -> p.getFileName().toString().endsWith(".json")
          || p.getFileName().toString().endsWith(".tmp")), left.toString());
    } finally {
      run("umount", data.toString());
    }
  }

  private static boolean run(String... cmd) {
    try {
      return new ProcessBuilder(cmd).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
