package org.planscope.text;

/**
 * A bracket pair whose two halves disagree, as OCR prints （ and ）: {@code 〈责任单位：镇卫生院)},
 * {@code 《2)促进平等就业}, {@code (2021—2030年〉}. A title's book marks 《…》 and angle brackets
 * 〈…〉 close in kind, so a 《 or 〈 closed by a parenthesis is a misread （ (and a parenthesis
 * closed by 》 or 〈 a misread ）): the odd half is set to the other's kind, character for
 * character. Pairs that agree, nested or not ({@code 《纲要（2021—2030年）》}), and a half whose
 * partner is not on the line stay as they are.
 */
final class MisreadBrackets {
  private static final String OPEN = "（(《〈";
  private static final String CLOSE = "）)》〉";

  private MisreadBrackets() {}

  /** Repairs the line in place. */
  static void repair(StringBuilder b) {
    for (int i = 0; i < b.length(); i++) {
      char open = b.charAt(i);
      if (OPEN.indexOf(open) < 0) {
        continue;
      }
      int depth = 0;
      for (int j = i + 1; j < b.length() && j <= i + 80; j++) {
        char c = b.charAt(j);
        if (OPEN.indexOf(c) >= 0) {
          depth++;
        } else if (CLOSE.indexOf(c) >= 0) {
          if (depth-- > 0) {
            continue;
          }
          boolean paren = paren(open);
          if (paren != paren(c)) {
            if (paren) {
              b.setCharAt(j, open == '(' ? ')' : '）');
            } else {
              b.setCharAt(i, c == ')' ? '(' : '（');
            }
          }
          break;
        }
      }
    }
  }

  private static boolean paren(char c) {
    return c == '(' || c == '（' || c == ')' || c == '）';
  }
}
