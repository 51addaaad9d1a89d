package org.planscope.text;

import java.util.Arrays;

/**
 * Builds a normalised text while recording, for every appended character, its offset in the
 * source. Appending with {@link #append(char, int)} keeps the map exact; separators inserted by
 * the normaliser map to a neighbouring source position.
 */
final class MappedTextBuilder {
  private final StringBuilder text = new StringBuilder();
  private int[] origin = new int[256];

  void append(char c, int sourceOffset) {
    if (text.length() + 1 >= origin.length) {
      origin = Arrays.copyOf(origin, origin.length * 2);
    }
    origin[text.length()] = sourceOffset;
    text.append(c);
  }

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  int originAt(int i) {
    return origin[i];
  }

  /** Removes the trailing {@code n} characters. */
  void truncate(int newLength) {
    text.setLength(newLength);
  }

  String text() {
    return text.toString();
  }

  /** The offset map with its final entry ({@code end}) = the source offset past the text. */
  int[] origin(int end) {
    int[] out = Arrays.copyOf(origin, text.length() + 1);
    int last = text.length() == 0 ? 0 : origin[text.length() - 1] + 1;
    out[text.length()] = Math.max(last, Math.min(end, Math.max(last, end)));
    // keep the map monotone even when the final entry is clamped
    if (text.length() > 0 && out[text.length()] < out[text.length() - 1]) {
      out[text.length()] = out[text.length() - 1];
    }
    return out;
  }
}
