package org.planscope.model;

/** The years a plan covers, inclusive: 2021—2030, or 十四五 = 2021–2025. */
public record Period(int start, int end) {
  public Period {
    if (end < start) {
      throw new IllegalArgumentException("period ends before it starts: " + start + "–" + end);
    }
  }
}
