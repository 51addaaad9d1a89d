package org.planscope.model;

/**
 * Half-open {@code [start, end)} character offsets into a text (OpenNLP {@code Span} semantics).
 * In a {@link Plan} every span points into the source text; the stages that build a plan work
 * on {@link PlanText#text()}, the normalised text, and {@link PlanText#toSource(Span)} converts.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** The covered text. */
  public String in(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** This span moved right by {@code delta} characters. */
  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ".." + end + ")";
  }
}
