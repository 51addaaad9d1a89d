package org.planscope.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.planscope.format.Msg;

/**
 * Runs one file's work with a time limit. The work runs on a thread of its own (a daemon, from a
 * cached pool) while the caller waits; when the limit passes the work is cancelled (interrupted:
 * a Tesseract process is killed, most Java code goes on to the end of its current step) and the
 * caller gets a {@link ReadException} "timed out after N s" at once. Work that ignores the
 * interrupt keeps its thread until it ends, but blocks neither the batch (the caller's thread is
 * free) nor the end of the JVM (daemon threads).
 */
public final class TimeLimit implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();
  private final long millis;
  private final ExecutorService workers;

  /** @param seconds the limit per call; 0 or less for none */
  public TimeLimit(double seconds) {
    this.millis = seconds <= 0 ? 0 : Math.max(1, Math.round(seconds * 1000));
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "planscope-file-" + pool + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** The work for one file. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws ReadException;
  }

  /**
   * Runs {@code work} for {@code file}; its result, its {@link ReadException}, or a {@link
   * ReadException} when it takes longer than the limit. Runtime exceptions and errors of the work
   * are rethrown as they are.
   */
  public <T> T run(Path file, Work<T> work) throws ReadException {
    if (millis == 0) {
      return work.run();
    }
    Callable<T> task = work::run;
    Future<T> f = workers.submit(task);
    try {
      return f.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ReadException(file, Msg.TIMED_OUT.with(seconds()), Msg.RAISE_TIMEOUT.with(), null);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new ReadException(file, Msg.INTERRUPTED.with(), null, e);
    } catch (CancellationException e) {
      throw new ReadException(file, Msg.CANCELLED.with(), null, e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof ReadException r) {
        throw r;
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  /** The limit as written: {@code 120}, {@code 0.5}. */
  public String seconds() {
    double s = millis / 1000.0;
    return s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%s", s);
  }

  /** Lets idle threads go; a thread still running timed-out work ends with it. */
  @Override
  public void close() {
    workers.shutdownNow();
  }
}
