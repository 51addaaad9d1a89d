package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Document;
import org.planscope.model.Span;

class PdfTablesTest {
  @TempDir
  Path tmp;

  /**
   * A page with a 3 × 2 table whose borders are hairline boxes filled in one path, as Word
   * draws them, and a line of text above it.
   */
  private static byte[] wordStyleTable() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(100, 720);
        cs.showText("Indicators");
        cs.endText();
        for (float y : new float[] {700, 670, 640}) {
          cs.addRect(100, y, 300, 0.5f); // row rules
        }
        for (float x : new float[] {100, 200, 300, 400}) {
          cs.addRect(x, 640, 0.5f, 60); // column rules
        }
        cs.fill();
        String[][] cells = {{"Item", "Unit", "Target"}, {"Rate", "pct", "95"}};
        for (int r = 0; r < 2; r++) {
          for (int c = 0; c < 3; c++) {
            cs.beginText();
            cs.setFont(font, 12);
            cs.newLineAtOffset(110 + 100 * c, 680 - 30 * r);
            cs.showText(cells[r][c]);
            cs.endText();
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * A page with a 三线表 whose rules are filled boxes (2.25 points above and below, 0.75 under the
   * header) and no column rules, a line of text above it and one below.
   */
  private static byte[] threeLineTable() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.addRect(100, 700, 300, 2.25f);
        cs.addRect(100, 675, 300, 0.75f);
        cs.addRect(100, 610, 300, 2.25f);
        cs.fill();
        String[][] lines = {{"Indicators", null, null}, {"Item", "Unit", "Target"},
            {"Rate", "pct", "95"}, {"Deaths", "per mille", "4.5"}, {"Beds", "per mille", "6"}, {"Notes", null, null}};
        float[] ys = {720, 683, 658, 638, 618, 580};
        for (int r = 0; r < lines.length; r++) {
          for (int c = 0; c < 3 && lines[r][c] != null; c++) {
            cs.beginText();
            cs.setFont(font, 12);
            cs.newLineAtOffset(110 + 100 * c, ys[r]);
            cs.showText(lines[r][c]);
            cs.endText();
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void rowRulesAloneMakeATableItsColumnsFromTheGapsOfItsText() throws Exception {
    Path pdf = tmp.resolve("threeline.pdf");
    Files.write(pdf, threeLineTable());
    Document d = new CompositeReader().read(pdf);
    List<String> rows = TikaDocumentReaderTest.tableRows(d);
    assertEquals(List.of("Item\tUnit\tTarget", "Rate\tpct\t95", "Deaths\tper mille\t4.5",
        "Beds\tper mille\t6"), rows);
  }

  @Test
  void bordersFilledAsHairlineBoxesMakeATable() throws Exception {
    Path pdf = tmp.resolve("table.pdf");
    Files.write(pdf, wordStyleTable());
    Document d = new CompositeReader().read(pdf);
    List<String> rows = TikaDocumentReaderTest.tableRows(d);
    assertEquals(List.of("Item\tUnit\tTarget", "Rate\tpct\t95"), rows);
  }

  @Test
  void aTableWhoseTextIsNotFoundIsPassedOverNotTheOnesAfterIt() {
    float h = 800;
    PdfGrid.Table missing = PdfGrid.tables(List.of(new float[] {h, 0, 300}, new float[] {h - 30, 0, 300}),
        List.of(new float[] {0, h - 30, h}, new float[] {100, h - 30, h}, new float[] {200, h - 30, h},
            new float[] {300, h - 30, h}), 1, h).get(0);
    missing.add(glyph(50, 15, "甲", 10));
    missing.add(glyph(150, 15, "乙", 10));
    missing.add(glyph(250, 15, "丙", 10));
    PdfGrid.Table found = PdfGrid.tables(List.of(new float[] {h - 100, 0, 300},
        new float[] {h - 130, 0, 300}), List.of(new float[] {0, h - 130, h - 100},
        new float[] {100, h - 130, h - 100}, new float[] {200, h - 130, h - 100},
        new float[] {300, h - 130, h - 100}), 1, h).get(0);
    found.add(glyph(50, 115, "指标", 10));
    found.add(glyph(150, 115, "单位", 10));
    found.add(glyph(250, 115, "目标", 10));
    String text = "前言\n指标单位目标\n结语";
    List<Block> blocks = List.of(Block.paragraph(new Span(0, 2)), Block.paragraph(new Span(3, 9)),
        Block.paragraph(new Span(10, 12)));
    PdfIndents.Result r = PdfTables.replace(text, blocks, List.of(missing, found));
    assertEquals("前言\n指标\t单位\t目标\n结语", r.text());
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.TABLE_ROW, BlockKind.PARAGRAPH),
        r.blocks().stream().map(Block::kind).toList());
  }

  /** A glyph centred at (x, y) on page 1, its baseline at its centre. */
  private static PdfOpenTables.Glyph glyph(float x, float y, String text, float width) {
    return new PdfOpenTables.Glyph(1, x, y, y, width, text);
  }
}
