package org.planscope.history;

import org.planscope.format.Lang;

/** What a later plan did with an indicator's target, in the catalogue's good direction. */
public enum Change {
  /** The later plan sets a target the earlier one did not. */
  ADDED("新增", "added"),
  /** Stricter: a lower death rate, a higher screening rate, ≤ became <. */
  RAISED("提高", "raised"),
  /** Looser. */
  RELAXED("放宽", "relaxed"),
  /** The earlier plan's target is gone (or left without a number). */
  DROPPED("取消", "dropped"),
  /** The same comparator and value. */
  UNCHANGED("不变", "unchanged"),
  /** Changed, but the two cannot be ranked (another unit, a relative change, no direction). */
  CHANGED("改变", "changed");

  private final String zh;
  private final String en;

  Change(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String label(Lang lang) {
    return lang.pick(zh, en);
  }

  /** {@code added}, {@code raised} …: the id in JSON. */
  public String id() {
    return en;
  }
}
