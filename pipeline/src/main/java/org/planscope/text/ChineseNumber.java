package org.planscope.text;

import java.math.BigDecimal;

/**
 * Chinese numerals to numbers: 十二 → 12, 二十三 → 23, 一百零五 → 105, 两千 → 2000, 三万五千 → 35000,
 * 九十五点五 → 95.5, 〇/零 as zero, and plain digit strings ("2025", "3.5"). Full-width digits are
 * accepted. Used for outline numbering (第十二章, 十一、) and for values (百分之九十五, 一名).
 */
public final class ChineseNumber {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumber() {}

  /** The value of a single digit character (〇/零/一…九/两, or 0–9), or -1. */
  public static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    if (c == '〇' || c == '○') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    return DIGITS.indexOf(c);
  }

  private static long unit(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百', '佰' -> 100;
      case '千', '仟' -> 1000;
      case '万' -> 10_000;
      case '亿' -> 100_000_000;
      default -> -1;
    };
  }

  /** True when every character is a digit, numeral, unit or decimal point 点/. . */
  public static boolean isNumeral(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (digit(c) < 0 && unit(c) < 0 && c != '点' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Parses a numeral; throws {@link NumberFormatException} when it is not one. */
  public static BigDecimal parse(String s) {
    String t = s.strip();
    if (!isNumeral(t)) {
      throw new NumberFormatException("not a numeral: " + s);
    }
    int point = Math.max(t.indexOf('点'), t.indexOf('.'));
    if (point >= 0) {
      BigDecimal whole = point == 0 ? BigDecimal.ZERO : parse(t.substring(0, point));
      StringBuilder frac = new StringBuilder();
      for (int i = point + 1; i < t.length(); i++) {
        int d = digit(t.charAt(i));
        if (d < 0) {
          throw new NumberFormatException("not a numeral: " + s);
        }
        frac.append(d);
      }
      return frac.length() == 0 ? whole : new BigDecimal(whole.toBigInteger() + "." + frac);
    }
    boolean positional = true;
    for (int i = 0; i < t.length(); i++) {
      if (unit(t.charAt(i)) > 0) {
        positional = false;
        break;
      }
    }
    if (positional) {
      // 二〇二五 / 2025: digit by digit
      long v = 0;
      for (int i = 0; i < t.length(); i++) {
        v = v * 10 + digit(t.charAt(i));
      }
      return BigDecimal.valueOf(v);
    }
    long total = 0;
    long section = 0;
    long number = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        number = number * 10 + d; // tolerates 1万5 style digit runs
        continue;
      }
      long u = unit(c);
      if (u == 10_000 || u == 100_000_000) {
        section = (section + number) * u;
        total += section;
        section = 0;
      } else {
        section += (number == 0 ? 1 : number) * u;
      }
      number = 0;
    }
    return BigDecimal.valueOf(total + section + number);
  }

  /** A year in Chinese digits: 二〇二一, 二零三零, 一九九五. */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}");

  /** {@code s} with every year written in Chinese digits in Arabic ones (二〇二一 → 2021). */
  public static String arabicYears(String s) {
    java.util.regex.Matcher m = YEAR.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    do {
      StringBuilder year = new StringBuilder(4);
      for (int i = 0; i < m.group().length(); i++) {
        year.append(digit(m.group().charAt(i)));
      }
      m.appendReplacement(out, year.toString());
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /** Parses a small integer numeral (outline numbering), or returns -1. */
  public static int parseInt(String s) {
    try {
      return parse(s).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return -1;
    }
  }
}
