package org.planscope.text;

import java.util.regex.Matcher;

/**
 * The numbering that opens a line: its style, the number as printed, its ordinal value and how
 * many characters of the line it takes (trailing spaces included).
 *
 * @param style the numbering style
 * @param number the number as printed, without trailing spaces: {@code （三）}, {@code 3．}
 * @param ordinal the value: 3 for {@code （三）}, {@code 3.} and {@code ③}
 * @param length how many characters of the line the numbering and following spaces take
 */
public record Numbering(NumberingStyle style, String number, int ordinal, int length) {

  /** The numbering at the start of {@code line}, or null when the line is not numbered. */
  public static Numbering parse(CharSequence line) {
    if (line.isEmpty()) {
      return null;
    }
    char c = line.charAt(0);
    int decimal = c >= '0' && c <= '9' ? decimalShape(line) : 0;
    for (NumberingStyle style : NumberingStyle.values()) {
      if (!couldStart(style, c) || style.decimal() && !decimalFits(style, decimal)) {
        continue;
      }
      Matcher m = style.pattern.matcher(line);
      if (!m.lookingAt()) {
        continue;
      }
      String digits = null;
      for (int g = 1; g <= m.groupCount() && digits == null; g++) {
        digits = m.group(g);
      }
      int ordinal = digits.length() == 1 && enclosed(digits.charAt(0)) > 0
          ? enclosed(digits.charAt(0))
          : style == NumberingStyle.LETTER ? digits.charAt(0) - 'A' + 1
          : ChineseNumber.parseInt(digits);
      if (ordinal <= 0) {
        continue;
      }
      if (style == NumberingStyle.DECIMAL_1 && !shortHeading(line, m.end())) {
        continue; // 5 岁以下…: a bare number opens only a heading
      }
      String printed = line.subSequence(0, m.end()).toString().strip();
      return new Numbering(style, printed, ordinal, m.end());
    }
    return null;
  }

  /**
   * The numbering at the start of {@code line}, reading a number before a digit ({@code
   * 7.50—60岁妇女…}, {@code 8.0-6个月婴儿…}) as item {@code next} when the list's sequence expects
   * that number there (or 1, which opens a list): the text then starts with the digit. A decimal
   * whose integer part the sequence does not expect stays text ({@code 12.5/10万以下}).
   */
  public static Numbering parse(CharSequence line, int next) {
    Numbering n = parse(line);
    if (n != null || line.isEmpty() || line.charAt(0) < '0' || line.charAt(0) > '9') {
      return n;
    }
    Matcher m = NumberingStyle.ARABIC_BEFORE_DIGIT.matcher(line);
    if (!m.lookingAt()) {
      return null;
    }
    int ordinal = Integer.parseInt(m.group(1));
    if (ordinal != next && ordinal != 1 || ordinal <= 0) {
      return null;
    }
    return new Numbering(NumberingStyle.ARABIC, m.group().strip(), ordinal, m.end());
  }

  /** Parses an automatic list label such as {@code （一）} or {@code 1.}; length is 0. */
  public static Numbering ofLabel(String label) {
    return ofLabel(label, 0);
  }

  /**
   * A list label as the normaliser writes it in the text: full-width digits and letters folded
   * (Word's decimalFullWidth level renders ２．, the text reads 2．).
   */
  public static String folded(String label) {
    StringBuilder b = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      b.append(TextNormalizer.fold(label.charAt(i)));
    }
    return b.toString();
  }

  /**
   * Parses an automatic list label that takes the first {@code length} characters of its line
   * (0 when the reader left the label out of the text).
   */
  public static Numbering ofLabel(String label, int length) {
    Numbering n = parse(folded(label).strip());
    return n == null ? null : new Numbering(n.style(), n.number(), n.ordinal(), length);
  }

  /**
   * The rest of the line from {@code from} is a short heading: no sentence, clause, digit or tab
   * in it (1 孕产妇死亡率 12/10万 is a row of a table written as text).
   */
  private static boolean shortHeading(CharSequence line, int from) {
    int n = 0;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("。；;，,：:！？!?\t".indexOf(c) >= 0 || c >= '0' && c <= '9') {
        return false;
      }
      n++;
    }
    return n <= 24;
  }

  /**
   * What follows a line's leading digits, for the decimal styles: 1 a space (1 总则), 2 a dot and
   * a digit (2.1 …), 0 neither (no decimal outline number can open the line).
   */
  private static int decimalShape(CharSequence line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
      i++;
    }
    if (i == 0 || i > 2 || i >= line.length()) {
      return 0;
    }
    char d = line.charAt(i);
    if (d == ' ' || d == '\u3000' || d == '\t') {
      return 1;
    }
    return (d == '.' || d == '．') && i + 1 < line.length() && line.charAt(i + 1) >= '0'
        && line.charAt(i + 1) <= '9' ? 2 : 0;
  }

  private static boolean decimalFits(NumberingStyle style, int shape) {
    return style == NumberingStyle.DECIMAL_1 ? shape == 1 : shape == 2;
  }

  private static boolean couldStart(NumberingStyle style, char c) {
    return switch (style) {
      case PART, CHAPTER, SECTION, ARTICLE -> c == '第';
      case LABEL_PART -> c == '领';
      case LABEL_ITEM -> "目措任行工举".indexOf(c) >= 0;
      case CN_COMMA -> "一二三四五六七八九十".indexOf(c) >= 0;
      case LETTER -> c >= 'A' && c <= 'H';
      case CN_PAREN -> c == '（' || c == '(' || (c >= '\u3220' && c <= '\u3229');
      case ARABIC -> c >= '0' && c <= '9' || (c >= '\u2488' && c <= '\u249b');
      case DECIMAL_1, DECIMAL_2, DECIMAL_3, DECIMAL_4 -> c >= '0' && c <= '9';
      case ARABIC_PAREN -> c == '（' || c == '(' || (c >= '0' && c <= '9')
          || (c >= '\u2474' && c <= '\u2487');
      case CIRCLED -> enclosed(c) > 0 && !(c >= '\u2474' && c <= '\u249b')
          && !(c >= '\u3220' && c <= '\u3229');
    };
  }

  /**
   * The value of a one-character enclosed number, 0 for any other character: ①–⑳, ⑴–⒇ (an
   * Arabic number in brackets), ⒈–⒛ (with a full stop), ㉑–㊿, ⓫–⓴, ⓵–⓾, ❶–❿, ➀–➉, ➊–➓
   * (circled), and ㈠–㈩ (a Chinese number in brackets) — what Word and WPS lists print.
   */
  public static int enclosed(char c) {
    for (int[] r : ENCLOSED) {
      if (c >= r[0] && c <= r[1]) {
        return (c - r[0]) % r[3] + r[2];
      }
    }
    return 0;
  }

  /** {first character, last character, value of the first, values before repeating}. */
  private static final int[][] ENCLOSED = {
      {'\u2460', '\u2473', 1, 20}, // ① … ⑳
      {'\u2474', '\u2487', 1, 20}, // ⑴ … ⒇
      {'\u2488', '\u249b', 1, 20}, // ⒈ … ⒛
      {'\u24eb', '\u24f4', 11, 10}, // ⓫ … ⓴
      {'\u24f5', '\u24fe', 1, 10}, // ⓵ … ⓾
      {'\u2776', '\u2793', 1, 10}, // ❶ … ❿, ➀ … ➉, ➊ … ➓
      {'\u3220', '\u3229', 1, 10}, // ㈠ … ㈩
      {'\u3251', '\u325f', 21, 15}, // ㉑ … ㉟
      {'\u32b1', '\u32bf', 36, 15}, // ㊱ … ㊿
  };
}
