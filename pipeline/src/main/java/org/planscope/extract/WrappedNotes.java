package org.planscope.extract;

import java.util.Arrays;
import java.util.List;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;

/**
 * An item's text with the line breaks inside its unit notes taken out: a PDF wraps lines
 * anywhere, also inside （牵头单位：区卫生健康局；责任单位：区⏎医疗保障局） or after 责任⏎单位：, and a
 * unit name or a role label broken there is no longer read as one. A line break (and the spaces
 * around it) goes when it is inside parentheses or brackets that close before the sentence ends,
 * or after a label's colon (…单位：) before the sentence ends. Spans found in the joined text are
 * mapped back to the original.
 */
final class WrappedNotes {
  final String text;
  private final int[] origin;

  private WrappedNotes(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
  }

  /** The text joined, or null when it has no such line break. */
  static WrappedNotes of(String s) {
    boolean[] drop = new boolean[s.length()];
    boolean any = false;
    int depth = 0;
    boolean labelled = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '（' || c == '(' || c == '【' || c == '[') {
        depth++;
      } else if ((c == '）' || c == ')' || c == '】' || c == ']') && depth > 0) {
        depth--;
      } else if (c == '。') {
        depth = 0;
        labelled = false;
      } else if ((c == '：' || c == ':') && i >= 2 && s.startsWith("单位", i - 2)) {
        labelled = true;
      } else if (c == '\n' && (depth > 0 && closes(s, i) || labelled)) {
        int a = i;
        while (a > 0 && isSpace(s.charAt(a - 1))) {
          a--;
        }
        int b = i + 1;
        while (b < s.length() && isSpace(s.charAt(b))) {
          b++;
        }
        if (a > 0 && b < s.length() && isHan(s.charAt(a - 1)) && isHan(s.charAt(b))) {
          Arrays.fill(drop, a, b, true);
          any = true;
        }
      }
    }
    if (!any) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    int[] origin = new int[s.length()];
    for (int i = 0; i < s.length(); i++) {
      if (!drop[i]) {
        origin[out.length()] = i;
        out.append(s.charAt(i));
      }
    }
    return new WrappedNotes(out.toString(), Arrays.copyOf(origin, out.length()));
  }

  /** Whether a parenthesis open at {@code i} closes before the sentence ends. */
  private static boolean closes(String s, int i) {
    for (int k = i + 1; k < s.length() && k < i + 200; k++) {
      char c = s.charAt(k);
      if (c == '）' || c == ')' || c == '】' || c == ']') {
        return true;
      }
      if (c == '。' || c == '（' || c == '(') {
        return false;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\r';
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Units read from the joined text (spans offset by 0) with spans in the original, offset by base. */
  List<UnitAssignment> mapped(List<UnitAssignment> units, int base) {
    return units.stream().map(u -> u.span() == null ? u : u.withSpan(new Span(
        base + origin[u.span().start()],
        base + (u.span().isEmpty() ? origin[u.span().start()] : origin[u.span().end() - 1] + 1))))
        .toList();
  }
}
