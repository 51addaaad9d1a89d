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

  /**
   * The offset map with its final entry: the source offset just past the last mapped character
   * (0 for an empty text), never beyond {@code end}, the source length.
   */
  int[] origin(int end) {
    int[] out = Arrays.copyOf(origin, text.length() + 1);
    int n = text.length();
    out[n] = n == 0 ? 0 : Math.min(end, origin[n - 1] + 1);
    return out;
  }
}
