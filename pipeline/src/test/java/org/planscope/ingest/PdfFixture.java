package org.planscope.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Generates {@code src/test/resources/ingest/broken-lines.pdf}, the PDF fixture, once, on a
 * machine with a CJK TrueType font (WenQuanYi Zen Hei). The tests read the committed PDF and do not
 * need the font.
 *
 * <p>The layout imitates a word processor's PDF export of a plan: a fixed line width that wraps
 * mid-sentence, a first-line indent of two characters, Latin digits set in another font with the
 * extra gap East Asian autospacing leaves between them and Chinese text ({@code 达到 45%以上} after
 * extraction), a running header and a page number {@code — N —} on every page, and a paragraph
 * that runs across a page break.
 *
 * <p>Run: {@code java -cp target/test-classes:$(cat cp.txt) org.planscope.ingest.PdfFixture
 * [font.ttc] [out.pdf] [paragraphs.txt]}; the optional text file (one paragraph per line) makes a
 * larger PDF for timing.
 */
public final class PdfFixture {
  static final String HEADER = "示例县妇女发展规划（2021—2030年）";
  /** Paragraphs; a leading '#' marks a heading line (no indent). */
  static final List<String> PARAGRAPHS = List.of(
      "#一、总体目标",
      "到2030年，男女平等基本国策得到深入贯彻落实，促进男女平等和妇女全面发展的制度机制创新完善，"
          + "妇女平等享有全方位的健康服务，健康水平持续提升。",
      "#二、发展领域、主要目标和策略措施",
      "#（一）妇女与健康",
      "#主要目标：",
      "1.妇女全生命周期享有良好的卫生健康服务，妇女人均预期寿命延长，人均健康预期寿命提高。",
      "2.孕产妇死亡率下降到12/10万以下，城乡、区域差距缩小。",
      "3.适龄妇女宫颈癌人群筛查率达到70%以上，乳腺癌人群筛查率逐步提高，宫颈癌和乳腺癌综合防治能力不断增强。",
      "4.妇女经常参加体育锻炼的人数比例达到45%以上，妇女体质测定标准合格比例提高。",
      "#策略措施：",
      "1.完善保障妇女健康的制度机制。全面推进健康示例建设，把保障人民健康放在优先发展的战略位置，"
          + "坚持预防为主，深入实施健康示例行动，健全政府主导、部门协同、社会参与、行业监管、科技支撑的"
          + "妇女健康保障工作机制，推进将健康融入所有政策。",
      "2.加强妇幼健康服务体系建设。健全以妇幼保健机构为核心、以基层医疗卫生机构为基础、"
          + "以大中型医院和教学科研机构为技术支撑的妇幼健康服务网络。",
      "3.提高妇女健康素养水平。实施健康知识普及行动，利用多种媒体广泛宣传健康知识，"
          + "引导妇女树立科学的健康理念，到2025年妇女健康素养水平达到25%以上。");

  static final float FONT_SIZE = 12;
  static final float MARGIN = 72;
  static final float LEADING = Float.parseFloat(System.getProperty("leading", "22"));
  /** Characters of CJK width per line: a narrow page so most paragraphs wrap. */
  static final int LINE_EMS = 20;
  static final int LINES_PER_PAGE = 12;

  private PdfFixture() {}

  public static void main(String[] args) throws IOException {
    File fontFile = new File(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    Path out = Path.of(args.length > 1 ? args[1] : "src/test/resources/ingest/broken-lines.pdf");
    try (TrueTypeCollection ttc = new TrueTypeCollection(fontFile); PDDocument doc = new PDDocument()) {
      TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
      PDFont cjk = PDType0Font.load(doc, ttf, true);
      PDFont latin = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      List<String> paragraphs = args.length > 2
          ? Files.readAllLines(Path.of(args[2])).stream().map(String::strip)
              .filter(l -> !l.isEmpty()).toList()
          : PARAGRAPHS;
      List<List<Run>> lines = layout(paragraphs, cjk, latin);
      int page = 0;
      for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
        page++;
        PDPage p = new PDPage(PDRectangle.A5);
        doc.addPage(p);
        float top = p.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          show(cs, List.of(new Run(HEADER, cjk, MARGIN + 20)), top + 30, 9);
          float y = top - 10;
          for (List<Run> line : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
            show(cs, line, y, FONT_SIZE);
            y -= LEADING;
          }
          String folio = "— " + page + " —";
          show(cs, List.of(new Run(folio, cjk, p.getMediaBox().getWidth() / 2 - 20)), MARGIN - 30, 9);
        }
      }
      Files.createDirectories(out.toAbsolutePath().getParent());
      doc.save(out.toFile());
    }
  }

  /** A piece of one line in one font, at an x position. */
  record Run(String text, PDFont font, float x) {}

  private static void show(PDPageContentStream cs, List<Run> runs, float y, float size)
      throws IOException {
    for (Run r : runs) {
      cs.beginText();
      cs.setFont(r.font, size);
      cs.newLineAtOffset(r.x, y);
      cs.showText(r.text);
      cs.endText();
    }
  }

  /** Wraps every paragraph at {@link #LINE_EMS} ems, splitting runs where the script changes. */
  private static List<List<Run>> layout(List<String> paragraphs, PDFont cjk, PDFont latin)
      throws IOException {
    float em = FONT_SIZE;
    float width = LINE_EMS * em;
    float autospace = em / 4;
    List<List<Run>> lines = new ArrayList<>();
    for (String para : paragraphs) {
      boolean heading = para.startsWith("#");
      String text = heading ? para.substring(1) : para;
      float x0 = MARGIN + (heading ? 0 : 2 * em);
      float x = x0;
      List<Run> line = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      boolean runLatin = false;
      float runX = x;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean isLatin = c < 0x80;
        PDFont f = isLatin ? latin : cjk;
        float w = f.getStringWidth(String.valueOf(c)) / 1000 * FONT_SIZE;
        if (x + w > MARGIN + width) {
          if (run.length() > 0) {
            line.add(new Run(run.toString(), runLatin ? latin : cjk, runX));
          }
          lines.add(line);
          line = new ArrayList<>();
          run.setLength(0);
          x = MARGIN;
          runX = x;
          runLatin = isLatin;
        }
        if (run.length() > 0 && isLatin != runLatin) {
          line.add(new Run(run.toString(), runLatin ? latin : cjk, runX));
          run.setLength(0);
          // East Asian autospacing: a gap between Chinese and Latin text, not after punctuation
          char prev = text.charAt(i - 1);
          if (isLatin ? Character.isIdeographic(prev) : Character.isIdeographic(c)) {
            x += autospace;
          }
          runX = x;
        }
        if (run.length() == 0) {
          runX = x;
          runLatin = isLatin;
        }
        run.append(c);
        x += w;
      }
      if (run.length() > 0) {
        line.add(new Run(run.toString(), runLatin ? latin : cjk, runX));
      }
      lines.add(line);
    }
    return lines;
  }
}
