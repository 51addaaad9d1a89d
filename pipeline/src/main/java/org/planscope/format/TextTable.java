package org.planscope.format;

import java.io.PrintWriter;
import java.util.List;

/**
 * A plain-text table for the terminal: columns padded to their display width (a Chinese character
 * counts two), a dashed rule under the header, the last column left unpadded.
 */
public final class TextTable {
  private TextTable() {}

  public static void print(PrintWriter out, String[] head, List<String[]> lines) {
    int[] w = new int[head.length - 1];
    for (int i = 0; i < w.length; i++) {
      w[i] = DisplayWidth.of(head[i]);
      for (String[] line : lines) {
        w[i] = Math.max(w[i], DisplayWidth.of(line[i]));
      }
    }
    out.println(row(head, w));
    StringBuilder rule = new StringBuilder();
    for (int x : w) {
      rule.append("-".repeat(x)).append("  ");
    }
    out.println(rule.append("-".repeat(DisplayWidth.of(head[head.length - 1]))));
    for (String[] line : lines) {
      out.println(row(line, w));
    }
  }

  private static String row(String[] cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      b.append(DisplayWidth.padRight(cells[i], w[i])).append("  ");
    }
    return b.append(cells[cells.length - 1]).toString();
  }
}
