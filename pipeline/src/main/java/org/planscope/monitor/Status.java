package org.planscope.monitor;

import org.planscope.format.Lang;

/** Where a target stands. */
public enum Status {
  /** The latest actual meets the target. */
  MET("已达标", "met"),
  /** Not yet met, but the observed trend meets it by the target year. */
  ON_TRACK("按趋势可达标", "on track"),
  /** Not met, and the trend does not reach it (or the target year is past). */
  BEHIND("滞后", "behind"),
  /** Not met and too few values to judge: one year only, or no value for a relative target's base year. */
  INSUFFICIENT("数据不足", "insufficient data");

  private final String zh;
  private final String en;

  Status(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String label(Lang lang) {
    return lang.pick(zh, en);
  }

  public String zh() {
    return zh;
  }
}
