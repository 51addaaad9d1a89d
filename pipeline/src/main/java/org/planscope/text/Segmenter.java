package org.planscope.text;

import java.util.List;

/** Splits Chinese text into tagged tokens whose offsets point into the given string. */
public interface Segmenter {
  List<Token> segment(String text);
}
