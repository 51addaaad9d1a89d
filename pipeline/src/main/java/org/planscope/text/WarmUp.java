package org.planscope.text;

/**
 * Loads HanLP's dictionaries and recognisers on a background thread, so that a short command
 * (one {@code extract}) reads, normalises and outlines its file on one core while the other
 * loads them: about half of a cold start is HanLP's dictionaries. Harmless when nothing uses
 * them later (a daemon thread; class initialisation is thread-safe, a caller that arrives first
 * simply waits for it).
 */
public final class WarmUp {
  private WarmUp() {}

  /**
   * Starts the loading and returns at once: the segmenter, and HanLP's organisation recogniser
   * too when {@code organisations} (extraction uses it; search does not).
   */
  public static void start(boolean organisations) {
    Thread t = new Thread(() -> load(organisations), "planscope-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void load(boolean organisations) {
    try {
      HanLpSegmenter s = HanLpSegmenter.shared();
      s.words("妇女儿童发展规划");
      s.segment("孕产妇死亡率控制在10/10万以下");
      if (organisations) {
        OrganizationRecognizer.shared().recognize("区妇联负责");
      }
    } catch (RuntimeException | LinkageError e) {
      // the command that needs HanLP will load it again and report the problem itself
    }
  }
}
