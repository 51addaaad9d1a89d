package org.planscope.testing;

import org.planscope.model.PlanText;
import org.planscope.model.Span;

/** The normalised text behind a plan's source spans, for tests that compare with it. */
public final class Normalised {
  private Normalised() {}

  /**
   * The normalised text that a source span came from: from the first normalised character at or
   * after its start to the last one before its end (the inverse of {@link PlanText#toSource}).
   */
  public static String of(PlanText t, Span source) {
    int start = 0;
    while (start < t.length() && t.toSource(start) < source.start()) {
      start++;
    }
    int end = start;
    while (end < t.length() && t.toSource(end) < source.end()) {
      end++;
    }
    return t.text().substring(start, end);
  }
}
