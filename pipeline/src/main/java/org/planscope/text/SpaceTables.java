package org.planscope.text;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Span;

/**
 * Tables set with spaces: a table that lost its grid (a PDF flattened to text, a table copied as
 * text from a web page) keeps its cells apart by spaces only —
 *
 * <pre>
 * 序号 指标名称 2020年 2025年 属性
 * 1 人均预期寿命（岁） 78.2 79 预期性
 * 2 孕产妇死亡率（/10万） 10.5 ≤10 预期性
 * </pre>
 *
 * A run of at least three lines with the same number (three or more) of space-separated cells,
 * each cell short and no line a sentence (no 。，；), at least two of them with a number in a
 * cell after the first, is a table: its lines become {@link BlockKind#TABLE_ROW} blocks and the
 * cleaner writes a tab between their cells, as in a table read from Word. A short line of one
 * cell between such lines is a group row (健康水平) and stays in the table. A comparator set apart
 * from its value (≤ 10) is one cell with it.
 */
final class SpaceTables {
  static final int MIN_ROWS = 3;
  static final int MIN_CELLS = 3;
  static final int MAX_CELL = 24;
  static final int MAX_LINE = 120;
  static final int MAX_GROUP_ROW = 15;
  private static final String SENTENCE = "。，；,;！？";
  private static final String OPERATORS = "≤≥<>＜＞约";

  private SpaceTables() {}

  /** For each block, whether it is a row of a table set with spaces. */
  static boolean[] rows(String src, List<Block> blocks) {
    boolean[] out = new boolean[blocks.size()];
    int[] cells = new int[blocks.size()];
    boolean[] numeric = new boolean[blocks.size()];
    boolean any = false;
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.HEADING) {
        continue;
      }
      String line = b.span().in(src).strip();
      List<String> c = line.length() <= MAX_LINE && !TextNormalizer.hasAny(line, SENTENCE)
          && line.indexOf('\t') < 0 ? cells(line) : List.of();
      cells[k] = c.size();
      numeric[k] = c.size() >= MIN_CELLS && c.stream().allMatch(x -> x.length() <= MAX_CELL)
          && c.stream().skip(1).anyMatch(SpaceTables::hasDigit);
      if (c.size() >= MIN_CELLS && c.stream().anyMatch(x -> x.length() > MAX_CELL)) {
        cells[k] = -1;
      }
      any |= numeric[k];
    }
    if (!any) {
      return out;
    }
    int k = 0;
    while (k < blocks.size()) {
      int n = cells[k];
      if (n < MIN_CELLS) {
        k++;
        continue;
      }
      int rows = 0;
      int numbers = 0;
      int end = k;
      int j = k;
      while (j < blocks.size()) {
        if (cells[j] == n) {
          rows++;
          numbers += numeric[j] ? 1 : 0;
          end = j + 1;
        } else if (!(cells[j] == 1 && j + 1 < blocks.size() && cells[j + 1] == n
            && blocks.get(j).span().in(src).strip().length() <= MAX_GROUP_ROW)) {
          break;
        }
        j++;
      }
      if (rows >= MIN_ROWS && numbers >= 2) {
        for (int r = k; r < end; r++) {
          out[r] = true;
        }
        k = end;
      } else {
        k++;
      }
    }
    return out;
  }

  /** The cells of a line: runs of non-space, a lone comparator joined to the cell after it. */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    int i = 0;
    boolean glue = false;
    while (i < line.length()) {
      while (i < line.length() && TextNormalizer.isSpace(line.charAt(i))) {
        i++;
      }
      int a = i;
      while (i < line.length() && !TextNormalizer.isSpace(line.charAt(i))) {
        i++;
      }
      if (a == i) {
        break;
      }
      String cell = line.substring(a, i);
      if (glue) {
        out.set(out.size() - 1, out.get(out.size() - 1) + cell);
      } else {
        out.add(cell);
      }
      glue = cell.length() == 1 && OPERATORS.indexOf(cell.charAt(0)) >= 0;
    }
    return out;
  }

  /**
   * A row's text for the normaliser: its cells as printed (widths folded), one tab between two
   * cells where the source has spaces, a lone comparator joined to its value (≤ 10 → ≤10).
   * {@code origin[i]} receives the source offset of output char {@code i} (a tab: the first
   * space it replaces).
   */
  static String clean(String src, Span span, int[] origin) {
    StringBuilder b = new StringBuilder(span.length());
    int n = 0;
    int i = span.start();
    int end = span.end();
    boolean glue = false;
    while (i < end) {
      int gap = i;
      while (i < end && TextNormalizer.isSpace(src.charAt(i))) {
        i++;
      }
      if (i >= end) {
        break;
      }
      int a = i;
      while (i < end && !TextNormalizer.isSpace(src.charAt(i))) {
        i++;
      }
      if (b.length() > 0 && !glue) {
        origin[n++] = gap;
        b.append('\t');
      }
      for (int p = a; p < i; p++) {
        origin[n++] = p;
        b.append(TextNormalizer.fold(src.charAt(p)));
      }
      glue = i - a == 1 && OPERATORS.indexOf(src.charAt(a)) >= 0;
    }
    return b.toString();
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
        return true;
      }
    }
    return false;
  }

  /** The row {@code span} as a table-row block. */
  static Block row(Span span) {
    return new Block(BlockKind.TABLE_ROW, 0, null, span);
  }
}
