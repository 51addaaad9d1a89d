package org.planscope.text;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Block;
import org.planscope.model.Document;
import org.planscope.model.PlanText;
import org.planscope.model.Span;

/**
 * A {@link Document} in, a {@link PlanText} out: one block per paragraph, joined by {@code \n}.
 *
 * <ul>
 *   <li>drops {@code [bookmark: _Toc123]} and {@code []{#_Toc123 .anchor}} artefacts, markdown
 *       markers (headings {@code #}, emphasis {@code **}, bullets {@code - 1.} → {@code 1.}, quotes,
 *       links, images, escapes, rules, table pipes), page numbers ({@code — 12 —}, {@code 第 3
 *       页}, {@code 3/20}) and running headers and footers (a short line at the top or bottom of
 *       at least half of the pages; a header stays on the first page, where it is the title);
 *   <li>folds full-width digits and Latin letters to ASCII, and U+2015 to the em dash, and
 *       widens ASCII punctuation in Chinese text ({@code 服务体系.全面推进,} → {@code 服务体系。全面推进，},
 *       {@link HalfWidthPunctuation}), character for character;
 *   <li>puts a block's automatic numbering ({@link Block#label()}) in front of its text when the
 *       reader did not;
 *   <li>rejoins a paragraph broken mid-sentence by a page or line break, across blank lines,
 *       without inserting a space into Chinese text: {@code 适龄妇⏎⏎女宫颈癌} → {@code 适龄妇女宫颈癌};
 *       in text wrapped at a fixed width (PDF, hard-wrapped text) every full line continues;
 *       a heading (short, numbered without a sentence in it, or a short line ending in a colon)
 *       is never glued to its neighbour, and a line that opens a numbered item is never glued
 *       to the line before;
 *   <li>in PDF text, drops the spaces extraction puts between Chinese and digits or Latin
 *       ({@code 达到 45% 以上} → {@code 达到45%以上}), and in any text a line spaced out a
 *       character at a time ({@code 孕 产 妇 死 亡 率} → {@code 孕产妇死亡率});
 *   <li>in text that OCR recognised, reads back a heading word misread by one character
 *       ({@code （二）案略措施} → {@code （二）策略措施}, {@link OcrHeadings});
 *   <li>keeps an exact map from every output offset to the source text.
 * </ul>
 *
 * <p>The stages, in order: {@link MarkupCleaner} (one block: artefacts, markdown, folding, PDF
 * spaces), {@link PageFurniture} (pages, page numbers, running headers), {@link Simplifier}
 * (traditional characters), {@link OcrHeadings} (OCR's misread headings), {@link InlineNumberSplitter} (items that start inside a line) and
 * {@link LineJoiner} (broken lines rejoined, the offset map); {@link SourceLine} is what passes
 * between them.
 */
public final class TextNormalizer {
  /** Normalises a whole document. */
  public PlanText normalize(Document doc) {
    String src = doc.text();
    List<Block> sourceBlocks = doc.blocks().isEmpty()
        ? List.of(Block.paragraph(new Span(0, src.length())))
        : doc.blocks();
    String type = doc.source().mediaType();
    boolean pdf = type != null && type.startsWith("application/pdf");
    List<SourceLine> lines = PageFurniture.lines(src, sourceBlocks, pdf);
    lines = simplify(lines);
    if (doc.recognised()) {
      lines = OcrHeadings.repair(lines);
    }
    lines = PageFurniture.dropRunningHeaders(lines);
    lines = PageFurniture.dropRepeatedTitle(lines);
    lines = InlineNumberSplitter.split(lines);
    int fullWidth = pdf ? LineJoiner.typicalWidth(lines) : LineJoiner.wrappedWidth(lines);
    return LineJoiner.join(src, lines, fullWidth);
  }

  /** Traditional characters to simplified, once, when the document is written in them. */
  private static List<SourceLine> simplify(List<SourceLine> lines) {
    StringBuilder sample = new StringBuilder();
    for (SourceLine l : lines) {
      sample.append(l.text());
      if (sample.length() > 4000) {
        break;
      }
    }
    boolean whole = Simplifier.isTraditional(sample);
    List<SourceLine> out = new ArrayList<>(lines.size());
    for (SourceLine l : lines) {
      String s = whole ? Simplifier.simplify(l.text()) : Simplifier.simplifyStray(l.text());
      out.add(s == l.text() ? l
          : new SourceLine(l.block(), s, l.origin(), l.page(), l.standalone(), l.seams()));
    }
    return out;
  }

  static boolean hasAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final String SENTENCE_END = "。；;！!？?";

  /**
   * True when a sentence ends just before {@code at}: a full stop or the like, or a bracketed
   * note that follows one (…管理。（责任单位：县卫健委）2.…), as units and sources are appended to
   * an item after its last sentence. Shared by the splitter and the
   * outline's unnumbered items.
   */
  public static boolean sentenceEnded(CharSequence t, int at, int from) {
    if (at <= from) {
      return false;
    }
    char c = t.charAt(at - 1);
    if (SENTENCE_END.indexOf(c) >= 0) {
      return true;
    }
    if (c != '）' && c != ')') {
      return false;
    }
    int depth = 0;
    for (int k = at - 1; k >= from; k--) {
      char d = t.charAt(k);
      if (d == '）' || d == ')') {
        depth++;
      } else if ((d == '（' || d == '(') && --depth == 0) {
        int b = k;
        while (b > from && isSpace(t.charAt(b - 1))) {
          b--;
        }
        return b > from && SENTENCE_END.indexOf(t.charAt(b - 1)) >= 0;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- characters

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }

  /**
   * Full-width digits and Latin letters to ASCII, and the horizontal bar U+2015 (what GBK
   * decoders make of the em dash in 2021—2030) to the em dash; everything else unchanged.
   */
  static char fold(char c) {
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
      return (char) (c - 0xFEE0);
    }
    return c == '\u2015' ? '\u2014' : c;
  }

  /** Chinese characters, kana, Hangul, CJK and full-width punctuation: two columns wide. */
  static boolean isWide(char c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || c == '—' || c == '…' || c == '“' || c == '”'
        || c == '‘' || c == '’' || c == '·';
  }

  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += isWide(s.charAt(i)) ? 2 : 1;
    }
    return w;
  }

  static boolean isWordChar(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}