package org.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Span;
import org.planscope.text.Numbering;

/**
 * Accumulates blocks into one text with exact spans. Blocks are separated by {@code \n}; a page
 * boundary the format reports (a PDF page, a Word page break) is written as {@code \f} instead, so
 * the normaliser can recognise running headers and footers and rejoin paragraphs split by a page.
 */
final class BlockBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private boolean pageBreak;

  /** Adds a block unless its content is blank; the content is kept as it is. */
  void add(BlockKind kind, int level, String label, CharSequence content) {
    if (content.toString().isBlank()) {
      return;
    }
    if (text.length() > 0) {
      text.append(pageBreak ? '\f' : '\n');
    }
    pageBreak = false;
    int start = text.length();
    text.append(content);
    blocks.add(new Block(kind, level, label, new Span(start, text.length())));
  }

  /** The next block starts a new page. */
  void pageBreak() {
    pageBreak = true;
  }

  String text() {
    return text.toString();
  }

  List<Block> blocks() {
    return blocks;
  }

  /**
   * Splits plain text into one paragraph block per line ({@code \n}, {@code \r\n}, {@code \r} or
   * a form feed, which also ends a page); the text is kept as it is, blank lines give no block.
   * Markdown ATX headings ({@code ## 标题}) become headings and pipe-table lines table rows when
   * {@code markdown} is set. Two or more consecutive lines of three or more cells separated by tabs
   * (a table copied from Word or a spreadsheet: 指标⇥2020年⇥2025年) or pipes (序号|指标|2020年, a
   * markdown table pasted into a text file) are table rows in any plain text.
   */
  static List<Block> lines(String text, boolean markdown) {
    return tabTables(text, paragraphs(text, markdown));
  }

  /**
   * Runs of at least two lines of three or more tab-separated cells, as table rows. A line whose
   * first cell is only an outline number is an item, not a row: Word writes its automatic list
   * numbers with a tab after them (1.⇥孕产妇死亡率…, （一）⇥主要目标).
   */
  static List<Block> tabTables(String text, List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      int rows = 0;
      // a row spanning the table (一、妇女与健康⇥⇥⇥: a section of its rows) goes with the rows
      while (j < blocks.size() && blocks.get(j).kind() == BlockKind.PARAGRAPH
          && (tableRow(text, blocks.get(j).span()) || spanRow(text, blocks.get(j).span()))) {
        rows += tableRow(text, blocks.get(j).span()) ? 1 : 0;
        j++;
      }
      if (rows >= 2) {
        for (int k = i; k < j; k++) {
          out.add(new Block(BlockKind.TABLE_ROW, 0, null, blocks.get(k).span()));
        }
        i = j;
      } else {
        out.add(blocks.get(i));
        i++;
      }
    }
    return out;
  }

  /**
   * A row of a table: three or more non-blank cells separated by tabs (the first not an outline
   * number alone) or by pipes, with or without the outer ones (序号|指标|2020年, | 1 | 学前… |), or
   * a markdown table's rule (|---|---|).
   */
  static boolean tableRow(String text, Span line) {
    return tabRow(text, line) || pipeRow(text, line);
  }

  private static final java.util.regex.Pattern PIPE_RULE =
      java.util.regex.Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*");

  private static boolean pipeRow(String text, Span line) {
    String s = text.substring(line.start(), line.end()).replace('｜', '|');
    if (s.indexOf('|') < 0) {
      return false;
    }
    if (PIPE_RULE.matcher(s).matches()) {
      return true;
    }
    int cells = 0;
    for (String cell : s.split("\\|")) {
      if (!cell.isBlank()) {
        cells++;
      }
    }
    return cells >= 3;
  }

  /** A line with text in its first cell and two tabs or more after it, nothing else. */
  private static boolean spanRow(String text, Span line) {
    String s = text.substring(line.start(), line.end());
    int tab = s.indexOf('\t');
    return tab > 0 && s.substring(tab).isBlank() && s.chars().filter(c -> c == '\t').count() >= 2;
  }

  private static boolean tabRow(String text, Span line) {
    int cells = 0;
    int cellStart = -1;
    for (int i = line.start(); i <= line.end(); i++) {
      char c = i == line.end() ? '\t' : text.charAt(i);
      if (c == '\t') {
        if (cellStart >= 0) {
          if (cells == 0 && outlineNumber(text.substring(cellStart, i).strip())) {
            return false;
          }
          cells++;
        }
        cellStart = -1;
      } else if (cellStart < 0 && !Character.isWhitespace(c) && c != '\u3000') {
        cellStart = i;
      }
    }
    return cells >= 3;
  }

  /** The cell is an outline number and nothing else (1. （一） 一、 ①), in the one numbering grammar. */
  private static boolean outlineNumber(String cell) {
    Numbering n = Numbering.parse(cell);
    return n != null && n.length() >= cell.length();
  }

  private static List<Block> paragraphs(String text, boolean markdown) {
    List<Block> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i == text.length() ? '\n' : text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\f') {
        if (!isBlank(text, start, i)) {
          out.add(markdown ? markdownBlock(text, start, i) : Block.paragraph(new Span(start, i)));
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static Block markdownBlock(String text, int start, int end) {
    int i = start;
    while (i < end && text.charAt(i) == ' ' && i - start < 3) {
      i++;
    }
    int hashes = 0;
    while (i + hashes < end && text.charAt(i + hashes) == '#') {
      hashes++;
    }
    if (hashes >= 1 && hashes <= 6 && (i + hashes == end || text.charAt(i + hashes) == ' ')) {
      return new Block(BlockKind.HEADING, hashes, null, new Span(start, end));
    }
    if (i < end && text.charAt(i) == '|') {
      return new Block(BlockKind.TABLE_ROW, 0, null, new Span(start, end));
    }
    return Block.paragraph(new Span(start, end));
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }
}
