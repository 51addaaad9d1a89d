package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.planscope.testing.HangGuard;

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
    ReadException e = new ReadException(FILE, org.planscope.format.Msg.EMPTY_FILE.with());
    try (TimeLimit limit = new TimeLimit(5)) {
      assertSame(e, assertThrows(ReadException.class, () -> limit.run(FILE, () -> {
        throw e;
      })));
    }
  }

  @Test
  void interruptibleWorkIsCancelledAtTheLimit() throws Exception {
    // work that blocks until it is released, which the test never does: only the limit ends it
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    try (TimeLimit limit = new TimeLimit(0.2)) {
      ReadException e = assertThrows(ReadException.class, () -> limit.run(FILE, () -> {
        try {
          never.await();
        } catch (InterruptedException x) {
          interrupted.countDown();
        }
        return "late";
      }));
      assertEquals("timed out after 0.2 s", e.reason());
      assertTrue(e.hint().contains("--timeout"), e.hint());
      assertTrue(e.getMessage().startsWith("plan.pdf: timed out after 0.2 s ("), e.getMessage());
      assertTrue(interrupted.await(HangGuard.seconds(), TimeUnit.SECONDS), "work interrupted");
    }
  }

  @Test
  void workThatIgnoresInterruptsDoesNotHoldTheCallerOrTheJvm() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Thread> worker = new AtomicReference<>();
    try (TimeLimit limit = new TimeLimit(0.2)) {
      ReadException e = assertThrows(ReadException.class, () -> limit.run(FILE, () -> {
        worker.set(Thread.currentThread());
        while (!stop.get()) {
          Thread.interrupted(); // a parser in a loop that swallows interrupts
        }
        return "never";
      }));
      assertEquals("timed out after 0.2 s", e.reason());
      // the caller has its answer while the work still runs (it stops only when the test says)
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
