package org.planscope.web;

import org.planscope.service.DataFolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.Pipeline;
import org.planscope.ingest.CompositeReader;
import org.planscope.ingest.DocumentReader;
import org.planscope.ingest.InflationBombTest;
import org.planscope.ingest.ReadException;
import org.planscope.ingest.ReadInput;
import org.planscope.ingest.ReadOptions;
import org.planscope.model.Document;

/** Uploads that fail half-way leave nothing behind and say why. */
class UploadFaultsTest {
  static final byte[] PLAN = ("示例县妇女发展规划（2021—2030年）\n一、总体目标\n到2030年，妇女健康水平持续提升。\n")
      .getBytes(StandardCharsets.UTF_8);

  @TempDir Path data;

  Uploads uploads(Pipeline pipeline) {
    return new Uploads(data.resolve("uploads"), new PlanStore(DataFolder.at(data)), pipeline,
        PlanListener.NONE, 1 << 20);
  }

  List<String> files(String dir) throws IOException {
    Path d = data.resolve(dir);
    if (!Files.isDirectory(d)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFullDiskIsSaidPlainlyAndLeavesNoEmptyOrPartialFile() throws Exception {
    try (Uploads u = uploads(new Pipeline())) {
      u.disk = new Uploads.Disk() {
        @Override
        public void write(Path file, byte[] bytes) throws IOException {
          Files.write(file, new byte[0]); // the file is created, then the disk fills
          throw new IOException(file + ": No space left on device");
        }

        @Override
        public long usable(Path dir) {
          return Long.MAX_VALUE;
        }
      };
      ApiException e = assertThrows(ApiException.class, () -> u.accept("规划.txt", PLAN));
      assertEquals(507, e.status());
      assertEquals("the server's disk is full: the file was not stored", e.getMessage());
      assertEquals(List.of(), files("uploads"), "no 0-byte file, no temporary");
      assertEquals(List.of(), files("plans"));
    }
  }

  @Test
  void tooLittleFreeSpaceIsRefusedBeforeWriting() throws Exception {
    try (Uploads u = uploads(new Pipeline())) {
      u.disk = new Uploads.Disk() {
        @Override
        public void write(Path file, byte[] bytes) {
          throw new AssertionError("nothing may be written");
        }

        @Override
        public long usable(Path dir) {
          return Uploads.FREE_MARGIN;
        }
      };
      ApiException e = assertThrows(ApiException.class, () -> u.accept("规划.txt", PLAN));
      assertEquals(507, e.status());
      assertEquals(List.of(), files("uploads"));
    }
  }

  /** On a real small file system, where this machine lets the test mount one. */
  @Test
  void onASmallFileSystemAnUploadThatDoesNotFitIsRefused() throws Exception {
    Path mnt = Files.createDirectories(data.resolve("small"));
    assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt.toString()),
        "cannot mount a tmpfs here");
    try {
      Uploads u = new Uploads(mnt.resolve("uploads"), new PlanStore(DataFolder.at(mnt)),
          new Pipeline(), PlanListener.NONE, 1 << 20);
      try (u) {
        ApiException e = assertThrows(ApiException.class, () -> u.accept("规划.txt", PLAN));
        assertEquals(507, e.status());
        try (Stream<Path> s = Files.list(mnt.resolve("uploads"))) {
          assertEquals(0, s.count());
        }
      }
    } finally {
      run("umount", mnt.toString());
    }
  }

  @Test
  void aCompressionBombIsRefusedAndItsStoredFileRemoved() throws Exception {
    try (Uploads u = new Uploads(data.resolve("uploads"), new PlanStore(DataFolder.at(data)),
        new Pipeline(), PlanListener.NONE, 1 << 20)) {
      ApiException e = assertThrows(ApiException.class,
          () -> u.accept("bomb.pdf", InflationBombTest.pdfWithStream(48 << 20)));
      assertEquals(422, e.status());
      assertTrue(e.getMessage().startsWith("cannot read bomb.pdf: suspected compression bomb"),
          e.getMessage());
      assertEquals(List.of(), files("uploads"));
    }
  }

  @Test
  void anExtractionThatDoesNotEndIsCutOffAndItsFileRemoved() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    DocumentReader looping = new DocumentReader() {
      @Override
      public Set<String> supportedTypes() {
        return Set.of("txt");
      }

      @Override
      public Document read(ReadInput in) throws ReadException {
        try {
          never.await(); // a parser that loops
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new ReadException(in.path(), org.planscope.format.Msg.INTERRUPTED.with());
      }
    };
    Pipeline stuck = new Pipeline(new CompositeReader(ReadOptions.defaults(), List.of(looping)));
    try (Uploads u = uploads(stuck)) {
      u.extractSeconds = 1;
      ApiException e = assertThrows(ApiException.class, () -> u.accept("规划.txt", PLAN));
      assertEquals(422, e.status());
      assertEquals("cannot read 规划.txt: it took longer than 1 s to extract (is it damaged, or"
          + " very large?)", e.getMessage());
      assertEquals(List.of(), files("uploads"));
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
