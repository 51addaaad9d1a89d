package org.planscope.ingest;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Span;

/**
 * The ruled tables of a PDF, row by row and cell by cell. The text layer gives a table's lines
 * with their cells run together ({@code 健康知识1居民健康素养水平% 24.8 ≥27 ≥32约束}) and a cell
 * wrapped inside its box as a line of its own ({@code 性}), so an indicator table — a sector
 * plan's goals — could not be read. Here PDFBox reads the lines the table is drawn with: its
 * column rules and row rules make a grid ({@link PdfGrid}), each glyph is put in the cell it
 * stands in, and the table's lines in Tika's text become one {@link BlockKind#TABLE_ROW} per row,
 * cells separated by tabs, as from a Word or HTML table. A cell a row rule does not cross is
 * merged with the one below it and holds its text once. A table drawn with row rules only (三线表)
 * is found from its rules and the gaps of its text ({@link PdfOpenTables}). Tables without rules,
 * and any table whose text cannot be matched to Tika's lines, stay as Tika read them.
 */
final class PdfTables {
  private PdfTables() {}

  /** The document's text and blocks with each ruled table's lines replaced by its rows. */
  static PdfIndents.Result apply(PDDocument doc, String text, List<Block> blocks) {
    List<PdfGrid.Table> tables = new ArrayList<>();
    try {
      List<PdfOpenTables.Band> bands = new ArrayList<>();
      Set<Integer> pages = new TreeSet<>();
      int pageNo = 0;
      for (PDPage page : doc.getPages()) {
        pageNo++;
        Rules rules = new Rules(page);
        rules.processPage(page);
        float height = page.getMediaBox().getHeight();
        List<PdfGrid.Table> grids = PdfGrid.tables(rules.horizontal, rules.vertical, pageNo,
            height);
        List<PdfOpenTables.Band> open = PdfOpenTables.bands(rules.horizontal, rules.vertical,
            pageNo, height);
        tables.addAll(grids);
        bands.addAll(open);
        if (!grids.isEmpty() || !open.isEmpty()) {
          pages.add(pageNo);
        }
        if (!open.isEmpty()) { // a table may run on over two pages that draw no rule
          pages.add(pageNo + 1);
          pages.add(pageNo + 2);
        }
      }
      if (pages.isEmpty()) {
        return new PdfIndents.Result(text, blocks);
      }
      List<PdfOpenTables.Glyph> glyphs = Glyphs.of(doc, pages);
      tables.addAll(PdfOpenTables.tables(bands, glyphs));
      if (tables.isEmpty()) {
        return new PdfIndents.Result(text, blocks);
      }
      tables.sort(Comparator.comparingInt(PdfGrid.Table::page)
          .thenComparingDouble(PdfGrid.Table::top));
      for (PdfOpenTables.Glyph g : glyphs) {
        for (PdfGrid.Table t : tables) {
          if (t.page() == g.page() && t.add(g)) {
            break;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return new PdfIndents.Result(text, blocks);
    }
    return replace(text, blocks, tables);
  }

  /**
   * Tika's blocks, each table's run of lines replaced by its rows. A table whose text is not found
   * is passed over; the tables found are joined across page breaks ({@link PdfGrid.Table#carryOver}),
   * so a part never drops a header or a row for a part that stays text.
   */
  static PdfIndents.Result replace(String text, List<Block> blocks,
      List<PdfGrid.Table> tables) {
    int[] at = new int[blocks.size()]; // the table whose run starts at a block, plus one
    int[] runs = new int[blocks.size()];
    List<PdfGrid.Table> found = new ArrayList<>();
    int next = 0; // the next table to look for
    for (int i = 0; i < blocks.size() && next < tables.size(); i++) {
      for (int k = next; k < tables.size(); k++) {
        int run = run(text, blocks, i, tables.get(k).chars());
        if (run > 0) {
          at[i] = k + 1;
          runs[i] = run;
          found.add(tables.get(k));
          next = k + 1;
          i += run - 1;
          break;
        }
      }
    }
    for (int i = 0, first = 0; i + 1 < found.size(); i++) {
      found.get(i).carryOver(found.get(i + 1), found.get(first));
      first = found.get(i).continuesOn(found.get(i + 1)) ? first : i + 1;
    }
    StringBuilder out = new StringBuilder(text.length());
    List<Block> moved = new ArrayList<>(blocks.size());
    int from = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (at[i] == 0) {
        out.append(text, from, b.span().end());
        moved.add(b.withSpan(new Span(out.length() - b.span().length(), out.length())));
        from = b.span().end();
        continue;
      }
      out.append(text, from, b.span().start());
      for (String row : tables.get(at[i] - 1).rows()) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
        int start = out.length();
        out.append(row);
        moved.add(new Block(BlockKind.TABLE_ROW, 0, null, new Span(start, out.length())));
      }
      from = blocks.get(i + runs[i] - 1).span().end();
      i += runs[i] - 1;
    }
    out.append(text, from, text.length());
    return new PdfIndents.Result(out.toString(), moved);
  }

  /**
   * How many blocks from {@code i} on spell the table's characters exactly (spaces aside), or 0
   * when they do not start it.
   */
  private static int run(String text, List<Block> blocks, int i, String table) {
    int at = 0;
    int k = i;
    while (k < blocks.size() && at < table.length()) {
      String chars = PdfIndents.squeeze(blocks.get(k).span().in(text));
      if (chars.isEmpty() || !table.startsWith(chars, at)) {
        return 0;
      }
      at += chars.length();
      k++;
    }
    return at == table.length() && !table.isEmpty() ? k - i : 0;
  }

  /** The straight strokes of a page: row rules and column rules, in PDF coordinates. */
  private static final class Rules extends PDFGraphicsStreamEngine {
    final List<float[]> horizontal = new ArrayList<>(); // {y, x0, x1}
    final List<float[]> vertical = new ArrayList<>(); // {x, y0, y1}
    private final List<float[]> path = new ArrayList<>(); // lines: {x0, y0, x1, y1}
    private final List<float[]> rects = new ArrayList<>(); // boxes: {x0, y0, x1, y1}
    private Point2D current = new Point2D.Float();

    Rules(PDPage page) {
      super(page);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      rects.add(new float[] {(float) Math.min(p0.getX(), p2.getX()), (float) Math.min(p0.getY(),
          p2.getY()), (float) Math.max(p0.getX(), p2.getX()), (float) Math.max(p0.getY(), p2.getY())});
    }

    private void segment(Point2D a, Point2D b) {
      path.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()});
    }

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      Point2D next = new Point2D.Float(x, y);
      segment(current, next);
      current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void strokePath() {
      keep(false);
    }

    @Override
    public void fillPath(int windingRule) {
      keep(true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      keep(false);
    }

    /**
     * The path's rules. A stroked path's lines and box edges are rules; of a filled path only its
     * thin boxes (under 3 points across: a 三线表's top rule is 1.5 to 2.25 points), each on its
     * own, as Word draws a table's borders (many boxes, one fill).
     */
    private void keep(boolean filled) {
      if (filled && !path.isEmpty()) { // a hairline drawn as a filled outline: its box
        float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (float[] l : path) {
          box[0] = Math.min(box[0], Math.min(l[0], l[2]));
          box[1] = Math.min(box[1], Math.min(l[1], l[3]));
          box[2] = Math.max(box[2], Math.max(l[0], l[2]));
          box[3] = Math.max(box[3], Math.max(l[1], l[3]));
        }
        rects.add(box);
        path.clear();
      }
      for (float[] r : rects) {
        if (filled) {
          rule(new float[] {r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2}, r[3] - r[1] < 3);
          rule(new float[] {(r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]}, r[2] - r[0] < 3);
        } else {
          for (float[] edge : new float[][] {{r[0], r[1], r[2], r[1]}, {r[2], r[1], r[2], r[3]},
              {r[0], r[3], r[2], r[3]}, {r[0], r[1], r[0], r[3]}}) {
            rule(edge, true);
          }
        }
      }
      for (float[] line : path) {
        rule(line, true);
      }
      path.clear();
      rects.clear();
    }

    /** A straight segment of 8 points or more, horizontal or vertical, when {@code drawn}. */
    private void rule(float[] s, boolean drawn) {
      if (!drawn) {
        return;
      }
      float dx = Math.abs(s[2] - s[0]);
      float dy = Math.abs(s[3] - s[1]);
      if (dy < 1.5f && dx >= 8) {
        horizontal.add(new float[] {(s[1] + s[3]) / 2, Math.min(s[0], s[2]), Math.max(s[0], s[2])});
      } else if (dx < 1.5f && dy >= 8) {
        vertical.add(new float[] {(s[0] + s[2]) / 2, Math.min(s[1], s[3]), Math.max(s[1], s[3])});
      }
    }

    @Override
    public void clip(int windingRule) {
      // a clip path draws nothing; the path is ended by endPath
    }

    @Override
    public void endPath() {
      path.clear();
      rects.clear();
    }

    @Override
    public void closePath() {
      // the closing segment of a box is drawn by its rectangle
    }

    @Override
    public void drawImage(PDImage image) {
      // images hold no rules
    }

    /** A Type 3 font draws its glyphs as paths (Chromium's embedded CJK fonts): letters, not rules. */
    @Override
    protected void showType3Glyph(Matrix matrix, PDType3Font font, int code, Vector displacement) {
      // nothing: （ and ） are as narrow and tall as a column rule
    }

    @Override
    public void shadingFill(COSName shadingName) {
      // nor do shadings
    }
  }

  /** The glyphs of some pages, in the text's order, as Tika reads them. */
  private static final class Glyphs extends PDFTextStripper {
    private final List<PdfOpenTables.Glyph> out = new ArrayList<>();

    static List<PdfOpenTables.Glyph> of(PDDocument doc, Set<Integer> pages) throws IOException {
      Glyphs g = new Glyphs();
      for (int page : pages) {
        g.setStartPage(page);
        g.setEndPage(page);
        g.getText(doc);
      }
      return g.out;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      for (TextPosition p : positions) {
        float w = p.getWidthDirAdj();
        float h = p.getHeightDir();
        out.add(new PdfOpenTables.Glyph(getCurrentPageNo(), p.getXDirAdj() + w / 2,
            p.getYDirAdj() - h / 2, p.getYDirAdj(), w, p.getUnicode()));
      }
    }
  }
}
