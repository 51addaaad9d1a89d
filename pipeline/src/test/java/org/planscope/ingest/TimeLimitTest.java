package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
  static final Path FILE = Path.of("plan.pdf");

  @Test
  void aResultWithinTheLimitIsReturned() throws Exception {
    try (TimeLimit limit = new TimeLimit(5)) {
      assertEquals("ok", limit.run(FILE, () -> "ok"));
    }
  }

  @Test
  void aReadExceptionPassesThroughUnchanged() {
    ReadException e = new ReadException(FILE, "the file is empty");
    try (TimeLimit limit = new TimeLimit(5)) {
      assertSame(e, assertThrows(ReadException.class, () -> limit.run(FILE, () -> {
        throw e;
      })));
    }
  }

  @Test
  void interruptibleWorkIsCancelledAtTheLimit() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    try (TimeLimit limit = new TimeLimit(0.2)) {
      ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
          () -> assertThrows(ReadException.class, () -> limit.run(FILE, () -> {
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException x) {
              interrupted.countDown();
            }
            return "late";
          })));
      assertEquals("timed out after 0.2 s", e.reason());
      assertTrue(e.hint().contains("--timeout"), e.hint());
      assertTrue(e.getMessage().startsWith("plan.pdf: timed out after 0.2 s ("), e.getMessage());
      assertTrue(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS), "work interrupted");
    }
  }

  @Test
  void workThatIgnoresInterruptsDoesNotHoldTheCallerOrTheJvm() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Thread> worker = new AtomicReference<>();
    try (TimeLimit limit = new TimeLimit(0.2)) {
      long t0 = System.nanoTime();
      ReadException e = assertThrows(ReadException.class, () -> limit.run(FILE, () -> {
        worker.set(Thread.currentThread());
        while (!stop.get()) {
          Thread.interrupted(); // a parser in a loop that swallows interrupts
        }
        return "never";
      }));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(ms < 2_000, ms + " ms");
      assertEquals("timed out after 0.2 s", e.reason());
      assertTrue(worker.get().isAlive(), "still spinning");
      assertTrue(worker.get().isDaemon(), "a daemon, so the JVM can exit");
      // the next file gets a fresh thread
      assertEquals("next", limit.run(FILE, () -> "next"));
    } finally {
      stop.set(true);
    }
  }

  @Test
  void zeroMeansNoLimitAndRunsOnTheCallersThread() throws Exception {
    try (TimeLimit limit = new TimeLimit(0)) {
      assertSame(Thread.currentThread(), limit.run(FILE, Thread::currentThread));
    }
  }

  @Test
  void theLimitIsWrittenAsGiven() {
    try (TimeLimit a = new TimeLimit(120); TimeLimit b = new TimeLimit(1.5)) {
      assertEquals("120", a.seconds());
      assertEquals("1.5", b.seconds());
    }
  }
}
