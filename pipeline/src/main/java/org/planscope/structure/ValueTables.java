package org.planscope.structure;

import java.util.regex.Pattern;

/**
 * Whether a table printed among a list's paragraphs is a table of values (an indicator table:
 * 领域 | 序号 | 指标 | 2020年 | 2025年 …) rather than a list set as a table (序号 | 目标 | 牵头单位). A
 * list table's rows hold no figures beyond their number and deadlines; one row with a figure in
 * a later cell makes the whole table one of values, so that its rows without figures (2 | 建立并
 * 完善健康科普专家库 | — | 建立 | 完善) are not read as items either.
 */
final class ValueTables {
  private ValueTables() {}

  /** A deadline in a list table's cell (2025年底): a date, no figure. */
  static final Pattern DEADLINE =
      Pattern.compile("(?:19|20)\\d\\d\\s*年(?:\\s*\\d{1,2}\\s*月)?(?:底|前|末|内|以前|年底)?");

  /** Whether the table whose row is the line at {@code at} in {@code t} holds figures. */
  static boolean holdsValues(String t, int at) {
    int start = t.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    while (start > 0) { // back to the table's first row
      int prev = t.lastIndexOf('\n', start - 2) + 1;
      if (t.substring(prev, start).indexOf('\t') < 0) {
        break;
      }
      start = prev;
    }
    for (int a = start; a < t.length(); ) {
      int nl = t.indexOf('\n', a);
      int b = nl < 0 ? t.length() : nl;
      String line = t.substring(a, b);
      if (line.indexOf('\t') < 0) {
        break;
      }
      if (a > start && figures(line)) {
        return true;
      }
      a = b + 1;
    }
    return false;
  }

  /** Whether a data row has a figure after its first two cells (its number and its name). */
  private static boolean figures(String row) {
    String[] cells = row.split("\t", -1);
    for (int k = 2; k < cells.length; k++) {
      if (DEADLINE.matcher(cells[k]).replaceAll("").chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }
}
