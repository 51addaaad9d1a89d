package org.planscope.testing;

import java.time.Duration;

/**
 * The one bound on waiting in the tests: long enough that only a hang reaches it, whatever the
 * load on the machine. It is never a claim about speed (speed lives in the benchmarks); a test
 * that waits for something waits on a latch, a FIFO or a process's end, and this bound only turns
 * a hang into a failure instead of a build that never ends.
 */
public final class HangGuard {
  private HangGuard() {}

  public static final Duration LIMIT = Duration.ofMinutes(5);

  public static long seconds() {
    return LIMIT.toSeconds();
  }
}
