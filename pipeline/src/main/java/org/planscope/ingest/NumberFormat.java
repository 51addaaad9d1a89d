package org.planscope.ingest;

import java.util.Locale;

/**
 * Renders a list counter in one of Word's {@code w:numFmt} styles (ECMA-376 §17.18.59), as Word
 * shows it: {@code chineseCounting} 11 → 十一, {@code ideographTraditional} 3 → 丙, {@code
 * decimalEnclosedCircle} 3 → ③. Formats without a rendering here fall back to decimal.
 */
final class NumberFormat {
  private static final String CN_DIGITS = "〇一二三四五六七八九";
  private static final String CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

  private NumberFormat() {}

  /**
   * The counter {@code n} (1-based) in format {@code fmt}; {@code null} for {@code bullet} (the
   * level text is a symbol, not a number) and the empty string for {@code none}.
   */
  static String format(int n, String fmt) {
    if (fmt == null) {
      return Integer.toString(n);
    }
    return switch (fmt) {
      case "bullet" -> null;
      case "none" -> "";
      case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
      case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
          "taiwaneseCountingThousand", "ideographLegalTraditional" -> chinese(n, CN_DIGITS, "十百千");
      case "chineseLegalSimplified", "japaneseLegal" -> chinese(n, CN_LEGAL, "拾佰仟");
      case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
      case "ideographTraditional" -> cycle(n, STEMS);
      case "ideographZodiac", "ideographZodiacTraditional" -> cycle(n, BRANCHES);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
          circled(n);
      case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1))
          : "(" + n + ")";
      case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1))
          : n + ".";
      case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
      case "lowerLetter" -> letters(n);
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
      default -> Integer.toString(n);
    };
  }

  /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 1010 → 一千零一十. */
  static String chinese(int n, String digits, String units) {
    if (n <= 0 || n >= 10000) {
      return Integer.toString(n);
    }
    StringBuilder b = new StringBuilder();
    int[] place = {1000, 100, 10, 1};
    boolean zero = false;
    for (int i = 0; i < place.length; i++) {
      int d = n / place[i] % 10;
      if (d == 0) {
        zero = b.length() > 0;
        continue;
      }
      if (zero) {
        b.append('零');
        zero = false;
      }
      // 十一 rather than 一十一 when ten leads
      if (!(i == 2 && d == 1 && b.length() == 0)) {
        b.append(digits.charAt(d));
      }
      if (i < 3) {
        b.append(units.charAt(2 - i));
      }
    }
    return b.toString();
  }

  private static String digitByDigit(int n) {
    StringBuilder b = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      b.append(CN_DIGITS.charAt(c - '0'));
    }
    return b.toString();
  }

  private static String cycle(int n, String symbols) {
    return n < 1 ? Integer.toString(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
  }

  /** ①–⑳, ㉑–㉟, ㊱–㊿; beyond 50 plain digits. */
  private static String circled(int n) {
    if (n >= 1 && n <= 20) {
      return String.valueOf((char) (0x2460 + n - 1));
    }
    if (n >= 21 && n <= 35) {
      return String.valueOf((char) (0x3251 + n - 21));
    }
    if (n >= 36 && n <= 50) {
      return String.valueOf((char) (0x32B1 + n - 36));
    }
    return Integer.toString(n);
  }

  /** a … z, aa … zz (Word repeats the letter). */
  private static String letters(int n) {
    if (n < 1) {
      return Integer.toString(n);
    }
    char c = (char) ('a' + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n < 1 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        b.append(symbols[i]);
        n -= values[i];
      }
    }
    return b.toString();
  }

  private static String fullWidth(String ascii) {
    StringBuilder b = new StringBuilder(ascii.length());
    for (char c : ascii.toCharArray()) {
      b.append((char) (c + 0xFEE0));
    }
    return b.toString();
  }
}
