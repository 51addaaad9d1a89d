package org.planscope.text;

/**
 * ASCII punctuation in Chinese text to the full-width marks it stands for, character for
 * character (offsets unchanged): text typed with an English keyboard, or recognised by OCR
 * (Tesseract prints 。 as . and （ as ( ), reads {@code 完善服务体系.全面推进健康县建设,把…} where
 * a sentence, a measure's title and a clause end. A mark is widened only next to Chinese: {@code
 * 12,000}, {@code 5.0‰}, {@code 1.} (a label), {@code 10:30}, {@code www.gov.cn} and an ellipsis
 * {@code ...} stay as they are; {@code 明显提高.35-64岁…} is a stop.
 */
final class HalfWidthPunctuation {
  private HalfWidthPunctuation() {}

  /** Widens the marks of one line in place. */
  static void widen(StringBuilder b) {
    int n = b.length();
    for (int i = 0; i < n; i++) {
      char c = b.charAt(i);
      if (",;:.?!(".indexOf(c) < 0) {
        continue;
      }
      char prev = i > 0 ? b.charAt(i - 1) : '\n';
      char next = i + 1 < n ? b.charAt(i + 1) : '\n';
      boolean digits = isDigit(prev) && isDigit(next);
      switch (c) {
        case ',' -> {
          if (!digits && (han(prev) || han(next) || closes(prev) && !isDigit(next))) {
            b.setCharAt(i, '，');
          }
        }
        case ';' -> {
          if (han(prev) || han(next) || closes(prev)) {
            b.setCharAt(i, '；');
          }
        }
        case ':' -> {
          if (!digits && (han(prev) || closes(prev))) {
            b.setCharAt(i, '：');
          }
        }
        case '?', '!' -> {
          if (han(prev)) {
            b.setCharAt(i, c == '?' ? '？' : '！');
          }
        }
        case '.' -> {
          boolean after = han(prev) || closes(prev);
          boolean before = han(next) || isDigit(next) || "\n”）（(".indexOf(next) >= 0;
          // 比例不低于3:2. at the line's end: a stop after a number, in a line with Chinese before
          boolean lastNumber = isDigit(prev) && (next == '\n' || next == '(') && hanBefore(b, i);
          if ((after && before || lastNumber) && !label(b, i)) {
            b.setCharAt(i, '。');
          }
        }
        default -> parentheses(b, i);
      }
    }
  }

  /** A pair {@code ( … )} on the line that holds or touches Chinese: （ … ）. */
  private static void parentheses(StringBuilder b, int open) {
    int close = -1;
    for (int j = open + 1; j < b.length() && j <= open + 40; j++) {
      char c = b.charAt(j);
      if (c == '(' || c == '（' || c == '）') {
        return;
      }
      if (c == ')') {
        close = j;
        break;
      }
    }
    if (close < 0) {
      return;
    }
    boolean chinese = open > 0 && han(b.charAt(open - 1))
        || close + 1 < b.length() && han(b.charAt(close + 1));
    for (int j = open + 1; j < close && !chinese; j++) {
      chinese = han(b.charAt(j));
    }
    if (chinese) {
      b.setCharAt(open, '（');
      b.setCharAt(close, '）');
    }
  }

  /** True when a Chinese character stands before {@code at} in the line. */
  private static boolean hanBefore(StringBuilder b, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (han(b.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The dot of a numbering label at the line's start: 一. 十二. (a heading, not a sentence). */
  private static boolean label(StringBuilder b, int dot) {
    if (dot == 0 || dot > 4) {
      return false;
    }
    for (int i = 0; i < dot; i++) {
      if ("一二三四五六七八九十".indexOf(b.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A Chinese character (or 〇). */
  static boolean han(char c) {
    return c >= 0x4E00 && c <= 0x9FFF || c == '〇' || c >= 0x3400 && c <= 0x4DBF;
  }

  /** A mark a clause can end on before a comma or stop: 90%, 6‰, ）, ”, 》. */
  private static boolean closes(char c) {
    return c == '%' || c == '‰' || c == '）' || c == '”' || c == '》' || c == '’';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
