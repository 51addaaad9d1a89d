package org.planscope.text;

import java.util.List;

/** Splits Chinese text into tagged tokens whose offsets point into the given string. */
public interface Segmenter {
  List<Token> segment(String text);

  /**
   * The same words as {@link #segment} without part-of-speech tags (each tag may be {@code x}):
   * for search analysis, which needs boundaries and offsets only and runs on much more text.
   */
  default List<Token> words(String text) {
    return segment(text);
  }
}
