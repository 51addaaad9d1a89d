package org.planscope.model;

import java.util.List;
import java.util.Objects;

/**
 * The normalised text of a plan, its blocks, and the map from every normalised offset back to
 * the source text (Lucene {@code CharFilter.correctOffset} semantics).
 *
 * <p>{@code origin[i]} is the source offset of normalised character {@code i}; {@code
 * origin[text.length()]} is the source offset just past the last mapped character. The map is
 * non-decreasing.
 */
public final class PlanText {
  private final String text;
  private final String source;
  private final int[] origin;
  private final List<Block> blocks;

  public PlanText(String text, String source, int[] origin, List<Block> blocks) {
    this.text = Objects.requireNonNull(text, "text");
    this.source = Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
    if (origin.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "offset map has " + origin.length + " entries for " + text.length() + " chars");
    }
    for (int i = 0; i < origin.length; i++) {
      if (origin[i] < 0 || origin[i] > source.length() || (i > 0 && origin[i] < origin[i - 1])) {
        throw new IllegalArgumentException("offset map is not monotone within the source at " + i);
      }
    }
    this.origin = origin.clone();
    this.blocks = List.copyOf(blocks);
  }

  /** A text that is its own source (identity map), split into blocks at line breaks. */
  public static PlanText identity(String text, List<Block> blocks) {
    int[] map = new int[text.length() + 1];
    for (int i = 0; i < map.length; i++) {
      map[i] = i;
    }
    return new PlanText(text, text, map, blocks);
  }

  public String text() {
    return text;
  }

  /** The text as read from the file (decoded, or as Tika rendered it), before normalisation. */
  public String source() {
    return source;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public int length() {
    return text.length();
  }

  /** The source offset of a normalised offset. */
  public int toSource(int offset) {
    return origin[offset];
  }

  /**
   * The source span of a normalised span. The end maps through the last covered character, so
   * text removed right after the span (a page number, a line break) is not included.
   */
  public Span toSource(Span span) {
    int s = origin[span.start()];
    int e = span.isEmpty() ? s : origin[span.end() - 1] + 1;
    return new Span(s, Math.max(s, Math.min(e, source.length())));
  }

  public String substring(Span span) {
    return span.in(text);
  }
}
