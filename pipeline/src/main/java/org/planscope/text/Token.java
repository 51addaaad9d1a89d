package org.planscope.text;

import org.planscope.model.Span;

/**
 * A segmented word with its part-of-speech tag (HanLP/PKU tag set: n, v, m, q, nt, ns …) and its
 * half-open span in the segmented string.
 */
public record Token(String word, String tag, int start, int end) {
  public Span span() {
    return new Span(start, end);
  }
}
