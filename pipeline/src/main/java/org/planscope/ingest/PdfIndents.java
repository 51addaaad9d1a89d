package org.planscope.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.planscope.model.Block;
import org.planscope.model.Span;

/**
 * The first-line indents of a PDF's paragraphs, which its text layer does not spell out: a
 * typeset plan indents every paragraph by two characters, and its wrapped lines start at the
 * margin. Tika's text gives the lines alone, so an unnumbered goal that ends a line short of the
 * margin and the next goal read as one paragraph. Here PDFBox reads where each line's first glyph
 * stands; a line that starts at least one and a half characters right of its page's margin gets
 * two ideographic spaces in front of its text, as printed, which the line joiner reads as a new
 * paragraph. Lines are matched to the text's lines in order, by their characters.
 */
final class PdfIndents {
  private PdfIndents() {}

  /** A line of the PDF: its characters without spaces, and whether it stands indented. */
  private record Line(String chars, boolean indented) {}

  /** The ideographic spaces an indented line is given. */
  static final String INDENT = "\u3000\u3000";

  /** The document's text and blocks with the indented lines' indents put back. */
  static Result apply(PDDocument doc, String text, List<Block> blocks) {
    List<Line> lines;
    try {
      lines = lines(doc);
    } catch (IOException | RuntimeException e) {
      return new Result(text, blocks); // the text as Tika read it: no indents, nothing lost
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    List<Block> moved = new ArrayList<>(blocks.size());
    int from = 0;
    int cursor = 0;
    for (Block b : blocks) {
      Span s = b.span();
      out.append(text, from, s.start());
      String chars = squeeze(text.substring(s.start(), s.end()));
      int at = find(lines, cursor, chars);
      boolean indent = at >= 0 && lines.get(at).indented();
      cursor = at >= 0 ? at + 1 : cursor;
      if (indent) {
        out.append(INDENT);
      }
      int start = out.length();
      out.append(text, s.start(), s.end());
      moved.add(b.withSpan(new Span(start, out.length())));
      from = s.end();
    }
    out.append(text, from, text.length());
    return new Result(out.toString(), moved);
  }

  /** The text and blocks after {@link #apply}. */
  record Result(String text, List<Block> blocks) {}

  /** The first line at or after {@code from} (within a few) with these characters, or -1. */
  private static int find(List<Line> lines, int from, String chars) {
    if (chars.isEmpty()) {
      return -1;
    }
    for (int i = from; i < Math.min(lines.size(), from + 4); i++) {
      if (lines.get(i).chars().equals(chars)) {
        return i;
      }
    }
    return -1;
  }

  /** The characters of {@code s} without its spaces (how PDF lines are matched to Tika's). */
  static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** Every line of every page, with its first glyph's distance from the page's margin. */
  private static List<Line> lines(PDDocument doc) throws IOException {
    Stripper stripper = new Stripper();
    stripper.getText(doc);
    List<Line> out = new ArrayList<>();
    int i = 0;
    while (i < stripper.starts.size()) {
      int page = (int) stripper.starts.get(i)[2];
      int j = i;
      float margin = Float.MAX_VALUE;
      while (j < stripper.starts.size() && (int) stripper.starts.get(j)[2] == page) {
        margin = Math.min(margin, stripper.starts.get(j++)[0]);
      }
      for (int k = i; k < j; k++) {
        float[] l = stripper.starts.get(k);
        out.add(new Line(squeeze(stripper.texts.get(k)), l[0] - margin >= 1.5f * l[1]));
      }
      i = j;
    }
    return out;
  }

  /** PDFBox's text stripper, noting each line's text and where its first glyph stands. */
  private static final class Stripper extends PDFTextStripper {
    final List<String> texts = new ArrayList<>();
    /** Per line: the x of its first glyph, that glyph's width, and the page. */
    final List<float[]> starts = new ArrayList<>();
    private StringBuilder line;

    Stripper() {
      super();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      if (line == null && !positions.isEmpty()) {
        TextPosition first = positions.get(0);
        float width = Math.max(first.getWidthDirAdj(), first.getFontSizeInPt() * 0.5f);
        starts.add(new float[] {first.getXDirAdj(), width, getCurrentPageNo()});
        line = new StringBuilder();
      }
      if (line != null) {
        line.append(text);
      }
    }

    @Override
    protected void writeLineSeparator() {
      if (line != null) {
        texts.add(line.toString());
        line = null;
      }
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
      writeLineSeparator();
      super.endPage(p);
    }
  }
}
