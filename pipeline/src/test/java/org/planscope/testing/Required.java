package org.planscope.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (a browser, Tesseract, a way to drop root's privileges). On
 * a developer's machine a test without it is skipped, with the reason in the Surefire report; under
 * {@code CI=true} it fails instead, because {@code .ci/run} installs everything and a skip there
 * would hide an untested path.
 */
public final class Required {
  private Required() {}

  /** True under continuous integration: the variable {@code CI} is set and not false. */
  public static boolean ci() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
  }

  /**
   * Goes on when {@code present}; otherwise skips the test with {@code reason}, or fails it under
   * CI.
   */
  public static void require(boolean present, String reason) {
    if (present) {
      return;
    }
    if (ci()) {
      fail("CI=true, so this test must run, but " + reason + " (.ci/run installs it)");
    }
    Assumptions.assumeTrue(false, reason);
  }
}
