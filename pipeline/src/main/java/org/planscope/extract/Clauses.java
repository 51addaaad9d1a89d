package org.planscope.extract;

/**
 * Clause and sentence bounds in folded item text: a clause ends at ，。；;！？!? and at a , or :
 * that is not between two digits (1,000 and 1:1000 stay one number); a sentence ends at 。；;！？!?
 * only, so 到2025年，…达到90% is one sentence of two clauses. A run-in title set apart by an
 * ideographic space is a clause of its own.
 */
final class Clauses {
  private static final String BOUNDARY = "，。；;！？!?";
  private static final String SENTENCE_END = "。；;！？!?";

  private final String s;
  /** The last character of a run-in title, which ends the title's clause; -1 when none. */
  private final int titleLast;

  Clauses(String s) {
    this(s, -1);
  }

  /** With {@code titleEnd}: where the text goes on after a run-in title ({@link FoldedText}). */
  Clauses(String s, int titleEnd) {
    this.s = s;
    this.titleLast = titleEnd - 1;
  }

  /** Whether the character at {@code i} ends a clause. */
  boolean boundary(int i) {
    if (i == titleLast) {
      return true; // 加强孕产妇保健 孕产妇系统管理率达到95%以上: the title is a clause of its own
    }
    char c = s.charAt(i);
    if (BOUNDARY.indexOf(c) >= 0) {
      return true;
    }
    if (c == ',' || c == ':') {
      return !(i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
          && Character.isDigit(s.charAt(i + 1)));
    }
    // ；②建设名老中医传承工作室3个: a point's circled number opening a clause is no part of it
    return c >= '①' && c <= '⑳' && (i == 0 || boundary(i - 1) || "：:".indexOf(s.charAt(i - 1)) >= 0);
  }

  /** The start of the clause holding {@code i}. */
  int clauseStart(int i) {
    int j = i;
    while (j > 0 && !boundary(j - 1)) {
      j--;
    }
    return j;
  }

  /** The end (the boundary's index, or the text's length) of the clause holding {@code i}. */
  int clauseEnd(int i) {
    int j = i;
    while (j < s.length() && !boundary(j)) {
      j++;
    }
    return j;
  }

  /** The start of the sentence holding {@code i}. */
  int sentenceStart(int i) {
    int j = i;
    while (j > 0 && SENTENCE_END.indexOf(s.charAt(j - 1)) < 0) {
      j--;
    }
    return j;
  }

  /** The clause before the one starting at {@code cs}: {start, end}, or null when none or empty. */
  int[] previous(int cs) {
    if (cs == 0) {
      return null;
    }
    int end = cs - 1;
    int start = clauseStart(end);
    return start < end ? new int[] {start, end} : null;
  }
}
