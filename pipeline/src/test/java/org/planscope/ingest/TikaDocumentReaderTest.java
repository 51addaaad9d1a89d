package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Document;
import org.planscope.model.PlanText;
import org.planscope.text.TextNormalizer;

/** Every supported format read from a small fixture, then normalised. */
class TikaDocumentReaderTest {
  static final CompositeReader READER = new CompositeReader();
  static final TextNormalizer NORMALIZER = new TextNormalizer();

  @TempDir Path tmp;

  static Path resource(String name, Path dir) throws IOException {
    Path out = dir.resolve(name);
    try (InputStream in = TikaDocumentReaderTest.class.getResourceAsStream("/ingest/" + name)) {
      Files.copy(in, out);
    }
    return out;
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  static List<String> texts(PlanText t) {
    return t.blocks().stream().map(b -> b.span().in(t.text())).toList();
  }

  static PlanText normalized(Path p) throws ReadException {
    return NORMALIZER.normalize(READER.read(p));
  }

  // ------------------------------------------------------------------ plain text and charsets

  static final String PLAN = "示例县妇女发展规划\n（2021—2030年）\n一、总体目标\n妇女平等享有全方位的健康服务。";

  @ParameterizedTest
  @CsvSource({"GB18030", "GBK", "UTF-8", "UTF-16LE", "UTF-16BE"})
  void decodesATextInEveryCharsetWithoutABom(String charset) throws Exception {
    Document d = READER.read(write("plan.txt", PLAN.getBytes(Charset.forName(charset))));
    assertEquals(PLAN, d.text());
    assertEquals(4, d.blocks().size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      EFBBBF | UTF-8    | UTF-8
      FFFE   | UTF-16LE | UTF-16LE
      FEFF   | UTF-16BE | UTF-16BE
      """)
  void aBomDecides(String bomHex, String charset, String reported) throws Exception {
    byte[] bom = java.util.HexFormat.of().parseHex(bomHex.toLowerCase());
    byte[] body = PLAN.getBytes(Charset.forName(charset));
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Document d = READER.read(write("plan.txt", all));
    assertEquals(PLAN, d.text());
    assertTrue(d.source().mediaType().endsWith("charset=" + reported), d.source().mediaType());
  }

  @ParameterizedTest
  @CsvSource({"妇女发展规划", "主要目标：", "联通", "男女平等基本国策", "孕产妇死亡率下降到12/10万以下。"})
  void decodesAShortGbkText(String text) throws Exception {
    // statistical detectors take texts this short for KOI8-R or windows-1252
    assertTrue(text.length() < 30);
    Document d = READER.read(write("short.txt", text.getBytes("GBK")));
    assertEquals(text, d.text());
    assertEquals("text/plain; charset=GB18030", d.source().mediaType());
  }

  @Test
  void aTextThatBeginsLikeADosExecutableIsStillText() throws Exception {
    // "MZ" opens a DOS executable; so do the first bytes of corpus/000 (e9 b9 bf …)
    String text = "MZ型号说明\n鹿寨县妇女发展规划";
    Document d = READER.read(write("mz.txt", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(text, d.text());
    byte[] corpusStart = "鹿寨县妇女发展规划".getBytes(StandardCharsets.UTF_8);
    assertEquals((byte) 0xE9, corpusStart[0]); // a JMP opcode to file(1)
    assertEquals("鹿寨县妇女发展规划", READER.read(write("jmp.txt", corpusStart)).text());
  }

  @Test
  void aUtf8FileCutInsideACharacterStaysUtf8() throws Exception {
    byte[] full = (PLAN + PLAN).getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
    Document d = READER.read(write("cut.txt", cut));
    assertTrue(d.text().startsWith(PLAN), d.text());
    assertTrue(d.source().mediaType().endsWith("UTF-8"));
  }

  @Test
  void formFeedsInTextArePages() throws Exception {
    String text = "规划\n正文一。\f规划\n正文二。\f规划\n正文三。";
    PlanText t = normalized(write("paged.txt", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("规划", "正文一。", "正文二。", "正文三。"), texts(t));
  }

  // ------------------------------------------------------------------ markdown

  @Test
  void markdownMarkersGoHeadingsAndTablesStay() throws Exception {
    Document d = READER.read(resource("plan.md", tmp));
    assertEquals(BlockKind.HEADING, d.blocks().get(0).kind());
    assertEquals(2, d.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
        .mapToInt(Block::level).max().orElse(0));
    PlanText t = NORMALIZER.normalize(d);
    assertEquals(List.of(
        "示例市妇女发展规划（2021—2030年）",
        "前 言",
        "为促进男女平等和妇女全面发展，依据《中国妇女发展纲要（2021—2030年）》，制定本规划。",
        "一、总体目标",
        "1.妇女平等享有全方位的健康服务，人均预期寿命达到80岁以上。",
        "2. 孕产妇死亡率控制在10/10万以下。",
        "指标\t目标值",
        "筛查率\t70%",
        "注：本规划由市妇儿工委负责解释。"), texts(t));
  }

  // ------------------------------------------------------------------ docx

  static DocxFixture numberedPlan() {
    String numbering = DocxFixture.abstractNum(0,
            DocxFixture.lvl(0, 1, "chineseCounting", "%1、"),
            DocxFixture.lvl(1, 1, "chineseCounting", "（%2）"),
            DocxFixture.lvl(2, 1, "decimal", "%3."),
            DocxFixture.lvl(3, 1, "decimal", "（%4）"),
            DocxFixture.lvl(4, 1, "decimalEnclosedCircle", "%5"))
        + DocxFixture.abstractNum(1,
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCountingThousand\"/>"
                + "<w:pStyle w:val=\"1\"/><w:lvlText w:val=\"第%1章\"/></w:lvl>")
        + DocxFixture.abstractNum(2,
            DocxFixture.lvl(0, 9, "chineseCounting", "%1、"),
            DocxFixture.lvl(1, 1, "ideographTraditional", "%2．"))
        + DocxFixture.abstractNum(3,
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
                + "<w:lvlText w:val=\"\uF06C\"/></w:lvl>")
        + DocxFixture.num(1, 0, "")
        + DocxFixture.num(2, 0, DocxFixture.startOverride(2, 1))
        + DocxFixture.num(3, 1, "")
        + DocxFixture.num(4, 2, "")
        + DocxFixture.num(5, 3, "");
    String headingStyles = DocxFixture.defaultStyles().replace(
        "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>",
        "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr>");
    return new DocxFixture().numbering(numbering).styles(headingStyles)
        .styled("TOC1", "第一章 总则\t3")
        .p("示例县妇女发展规划")
        .styled("1", "总则")
        .item(1, 0, "指导思想、基本原则和总体目标")
        .item(1, 1, "指导思想")
        .p("以习近平新时代中国特色社会主义思想为指导。")
        .item(1, 1, "基本原则")
        .item(1, 2, "坚持党的全面领导。")
        .item(1, 2, "坚持男女平等。")
        .item(1, 3, "细则一。")
        .item(1, 4, "要点。")
        .item(1, 4, "要点。")
        .item(1, 1, "总体目标")
        .item(1, 2, "妇女健康水平持续提升。")
        .styled("1", "发展领域")
        .item(1, 0, "主要目标")
        .item(2, 2, "列表重新编号。")
        .xml("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
            + DocxFixture.run("编号已取消") + "</w:p>")
        .item(4, 0, "第九项")
        .item(4, 0, "第十项")
        .item(4, 0, "第十一项")
        .item(4, 1, "甲项")
        .item(4, 1, "乙项")
        .item(5, 0, "符号列表")
        .styled("2", "二级标题")
        .styled("Mine", "自定义标题")
        .xml("<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
            + "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
            + "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>文字</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
        .xml("<w:tbl><w:tr><w:tc><w:p>" + DocxFixture.run("指标") + "</w:p></w:tc><w:tc><w:p>"
            + DocxFixture.run("目标值") + "</w:p></w:tc></w:tr><w:tr><w:tc><w:p>"
            + DocxFixture.run("筛查率") + "</w:p></w:tc><w:tc><w:p>" + DocxFixture.run("70%")
            + "</w:p><w:p>" + DocxFixture.run("以上") + "</w:p></w:tc></w:tr></w:tbl>")
        .xml("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
        .p("新的一页。");
  }

  record Expect(BlockKind kind, int level, String label, String text) {}

  @Test
  void docxAutomaticNumberingIsRenderedAsWordShowsIt() throws Exception {
    Document d = READER.read(write("numbered.docx", numberedPlan().bytes()));
    List<Expect> got = d.blocks().stream()
        .map(b -> new Expect(b.kind(), b.level(), b.label(), b.span().in(d.text()))).toList();
    BlockKind p = BlockKind.PARAGRAPH;
    BlockKind h = BlockKind.HEADING;
    BlockKind li = BlockKind.LIST_ITEM;
    assertEquals(List.of(
        new Expect(p, 0, null, "示例县妇女发展规划"),
        new Expect(h, 1, "第一章", "第一章 总则"),
        new Expect(li, 0, "一、", "一、指导思想、基本原则和总体目标"),
        new Expect(li, 1, "（一）", "（一）指导思想"),
        new Expect(p, 0, null, "以习近平新时代中国特色社会主义思想为指导。"),
        new Expect(li, 1, "（二）", "（二）基本原则"),
        new Expect(li, 2, "1.", "1.坚持党的全面领导。"),
        new Expect(li, 2, "2.", "2.坚持男女平等。"),
        new Expect(li, 3, "（1）", "（1）细则一。"),
        new Expect(li, 4, "①", "①要点。"),
        new Expect(li, 4, "②", "②要点。"),
        new Expect(li, 1, "（三）", "（三）总体目标"),
        new Expect(li, 2, "1.", "1.妇女健康水平持续提升。"),
        new Expect(h, 1, "第二章", "第二章 发展领域"),
        new Expect(li, 0, "二、", "二、主要目标"),
        new Expect(li, 2, "1.", "1.列表重新编号。"),
        new Expect(p, 0, null, "编号已取消"),
        new Expect(li, 0, "九、", "九、第九项"),
        new Expect(li, 0, "十、", "十、第十项"),
        new Expect(li, 0, "十一、", "十一、第十一项"),
        new Expect(li, 1, "甲．", "甲．甲项"),
        new Expect(li, 1, "乙．", "乙．乙项"),
        new Expect(li, 0, null, "符号列表"),
        new Expect(h, 2, null, "二级标题"),
        new Expect(h, 3, null, "自定义标题"),
        new Expect(p, 0, null, "可见插入文字"),
        new Expect(BlockKind.TABLE_ROW, 0, null, "指标\t目标值"),
        new Expect(BlockKind.TABLE_ROW, 0, null, "筛查率\t70% 以上"),
        new Expect(p, 0, null, "新的一页。")), got);
    assertTrue(d.text().contains("\f新的一页。"), "a page break is a form feed");
    assertEquals("示例县妇女发展规划", d.metadata().get("dc:title"));
    assertEquals(DocxReader.MEDIA_TYPE, d.source().mediaType());
  }

  @Test
  void docxTrackedChangesAreReadAsAccepted() throws Exception {
    String numbering = DocxFixture.abstractNum(0, DocxFixture.lvl(0, 1, "decimal", "%1."))
        + DocxFixture.num(1, 0, "");
    String deletedMark = "<w:rPr><w:del w:id=\"9\" w:author=\"a\" w:date=\"2022-01-01T00:00:00Z\"/></w:rPr>";
    String numPr = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
    DocxFixture f = new DocxFixture().numbering(numbering)
        .item(1, 0, "婴儿死亡率控制在5‰以下。")
        // a numbered paragraph deleted whole, its mark too: gone, and it numbers nothing
        .xml("<w:p><w:pPr>" + numPr + deletedMark + "</w:pPr><w:del w:id=\"8\" w:author=\"a\">"
            + "<w:r><w:delText>删去的目标。</w:delText></w:r></w:del></w:p>")
        // a goal cut in two by a paragraph mark that was then deleted: one paragraph
        .xml("<w:p><w:pPr>" + numPr + deletedMark + "</w:pPr>" + DocxFixture.run("儿童科学素质全面提升，")
            + "</w:p>")
        .p("科学兴趣不断提高。")
        // the list number before a tracked format change is the old one, not the number shown
        .xml("<w:p><w:pPr>" + numPr + "<w:pPrChange w:id=\"7\" w:author=\"a\"><w:pPr><w:numPr>"
            + "<w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr></w:pPrChange></w:pPr>"
            + DocxFixture.run("学前教育毛入园率达到95%。") + "</w:p>")
        // a page break before a numbered paragraph's text: the number stays with the text
        .xml("<w:p><w:pPr>" + numPr + "</w:pPr><w:r><w:br w:type=\"page\"/></w:r>"
            + DocxFixture.run("义务教育巩固率达到97%。") + "</w:p>");
    Document d = READER.read(write("tracked.docx", f.bytes()));
    assertEquals(List.of("1.婴儿死亡率控制在5‰以下。", "2.儿童科学素质全面提升，科学兴趣不断提高。",
        "3.学前教育毛入园率达到95%。", "4.义务教育巩固率达到97%。"),
        d.blocks().stream().map(b -> b.span().in(d.text()).strip()).toList());
  }

  @Test
  void docxTableNumberedByWordKeepsItsNumbers() throws Exception {
    // a task table's 序号 column numbered automatically: each cell holds a number and no text
    String numbering = DocxFixture.abstractNum(0, DocxFixture.lvl(0, 1, "decimal", "%1."))
        + DocxFixture.num(1, 0, "");
    String numbered = "<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
        + "</w:numPr></w:pPr></w:p></w:tc>";
    DocxFixture f = new DocxFixture().numbering(numbering)
        .xml("<w:tbl><w:tr>" + numbered + "<w:tc><w:p>" + DocxFixture.run("提高妇女健康水平")
            + "</w:p></w:tc></w:tr><w:tr>" + numbered + "<w:tc><w:p>"
            + DocxFixture.run("促进妇女就业") + "</w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p>" + DocxFixture.run("注") + "</w:p></w:tc></w:tr>"
            + "</w:tbl>");
    Document d = READER.read(write("autonum-table.docx", f.bytes()));
    assertEquals(List.of("1.\t提高妇女健康水平", "2.\t促进妇女就业", "\t注"),
        d.blocks().stream().map(b -> b.span().in(d.text())).toList());
  }

  @Test
  void docxListTakingItsLevelsFromAListStyleIsNumberedByThem() throws Exception {
    // Word's list-style gallery: the list in use links a list style (w:numStyleLink) and has no
    // levels; the list defining the style (w:styleLink) holds them
    String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:numStyleLink w:val=\"ab\"/>"
        + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"1\"><w:styleLink w:val=\"ab\"/>"
        + DocxFixture.lvl(0, 1, "chineseCounting", "%1、")
        + DocxFixture.lvl(1, 1, "chineseCounting", "（%2）") + "</w:abstractNum>"
        + DocxFixture.num(1, 0, "") + DocxFixture.num(3, 1, "");
    DocxFixture f = new DocxFixture().numbering(numbering)
        .item(1, 0, "妇女与健康").item(1, 1, "主要目标").item(1, 0, "妇女与教育");
    Document d = READER.read(write("stylelink.docx", f.bytes()));
    assertEquals(List.of("一、妇女与健康", "（一）主要目标", "二、妇女与教育"),
        d.blocks().stream().map(b -> b.span().in(d.text())).toList());
  }

  @Test
  void docxLabelsReachTheNormalisedText() throws Exception {
    PlanText t = normalized(write("numbered.docx", numberedPlan().bytes()));
    assertTrue(texts(t).contains("一、指导思想、基本原则和总体目标"));
    assertTrue(texts(t).contains("（二）基本原则"));
    assertTrue(texts(t).contains("（1）细则一。"));
    int at = t.text().indexOf("（二）基本原则");
    assertEquals("（二）基本原则", t.toSource(new org.planscope.model.Span(at, at + 7)).in(t.source()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      1    | chineseCounting         | 一
      10   | chineseCounting         | 十
      11   | chineseCounting         | 十一
      20   | chineseCounting         | 二十
      21   | chineseCounting         | 二十一
      100  | chineseCountingThousand | 一百
      101  | chineseCountingThousand | 一百零一
      110  | chineseCountingThousand | 一百一十
      1010 | chineseCountingThousand | 一千零一十
      3    | chineseLegalSimplified  | 叁
      12   | chineseLegalSimplified  | 拾贰
      1    | ideographTraditional    | 甲
      10   | ideographTraditional    | 癸
      11   | ideographTraditional    | 甲
      3    | ideographZodiac         | 寅
      2025 | ideographDigital        | 二〇二五
      1    | decimalEnclosedCircle   | ①
      20   | decimalEnclosedCircle   | ⑳
      21   | decimalEnclosedCircle   | ㉑
      50   | decimalEnclosedCircle   | ㊿
      51   | decimalEnclosedCircle   | 51
      3    | decimalEnclosedParen    | ⑶
      3    | decimalEnclosedFullstop | ⒊
      7    | decimal                 | 7
      7    | decimalZero             | 07
      12   | decimalFullWidth        | １２
      4    | upperRoman              | IV
      9    | lowerRoman              | ix
      28   | lowerLetter             | bb
      3    | upperLetter             | C
      5    | someFutureFormat        | 5
      """)
  void wordNumberFormats(int n, String fmt, String expected) {
    assertEquals(expected, NumberFormat.format(n, fmt));
  }

  // ------------------------------------------------------------------ pdf

  @Test
  void pdfLinesBrokenMidSentenceAreRejoinedAndPageFurnitureGoes() throws Exception {
    Document d = READER.read(resource("broken-lines.pdf", tmp));
    assertTrue(d.source().mediaType().startsWith("application/pdf"));
    assertEquals(2, d.text().chars().filter(c -> c == '\f').count(), "three pages");
    assertTrue(d.text().contains("达到 70%"), "the fixture has the extraction's spaces");
    PlanText t = NORMALIZER.normalize(d);
    assertEquals(List.of(
        "示例县妇女发展规划（2021—2030年）",
        "一、总体目标",
        "到2030年，男女平等基本国策得到深入贯彻落实，促进男女平等和妇女全面发展的制度机制创新完善，"
            + "妇女平等享有全方位的健康服务，健康水平持续提升。",
        "二、发展领域、主要目标和策略措施",
        "（一）妇女与健康",
        "主要目标：",
        "1.妇女全生命周期享有良好的卫生健康服务，妇女人均预期寿命延长，人均健康预期寿命提高。",
        "2.孕产妇死亡率下降到12/10万以下，城乡、区域差距缩小。",
        "3.适龄妇女宫颈癌人群筛查率达到70%以上，乳腺癌人群筛查率逐步提高，宫颈癌和乳腺癌综合防治能力不断增强。",
        "4.妇女经常参加体育锻炼的人数比例达到45%以上，妇女体质测定标准合格比例提高。",
        "策略措施：",
        "1.完善保障妇女健康的制度机制。全面推进健康示例建设，把保障人民健康放在优先发展的战略位置，"
            + "坚持预防为主，深入实施健康示例行动，健全政府主导、部门协同、社会参与、行业监管、科技支撑的"
            + "妇女健康保障工作机制，推进将健康融入所有政策。",
        "2.加强妇幼健康服务体系建设。健全以妇幼保健机构为核心、以基层医疗卫生机构为基础、"
            + "以大中型医院和教学科研机构为技术支撑的妇幼健康服务网络。",
        "3.提高妇女健康素养水平。实施健康知识普及行动，利用多种媒体广泛宣传健康知识，"
            + "引导妇女树立科学的健康理念，到2025年妇女健康素养水平达到25%以上。"), texts(t));
    // a span across the page break maps back to the source, footer and header included
    int at = t.text().indexOf("城乡");
    String src = t.toSource(new org.planscope.model.Span(at, at + 2)).in(t.source());
    assertTrue(src.startsWith("城\n") && src.endsWith("\n乡") && src.contains("— 1 —"), src);
  }

  @Test
  void aPdfsBookmarksAreNoText() throws Exception {
    // a word processor exports its headings and list items as bookmarks; Tika appends them
    // after the last page, which read the plan's domains and goals a second time
    Path pdf = tmp.resolve("bookmarks.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream cs =
          new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Page text");
        cs.endText();
      }
      var outline = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline
          .PDDocumentOutline();
      doc.getDocumentCatalog().setDocumentOutline(outline);
      var domain = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline
          .PDOutlineItem();
      domain.setTitle("（一）妇女与健康");
      domain.setDestination(page);
      outline.addLast(domain);
      var goal = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline
          .PDOutlineItem();
      goal.setTitle("（1）孕产妇死亡率控制在10/10万以下。");
      goal.setDestination(page);
      domain.addLast(goal);
      doc.save(pdf.toFile());
    }
    Document d = READER.read(pdf);
    assertTrue(d.text().contains("Page text"), d.text());
    assertFalse(d.text().contains("妇女与健康"), d.text());
    assertFalse(d.text().contains("孕产妇"), d.text());
  }

  // ------------------------------------------------------------------ html, rtf

  @Test
  void htmlKeepsTheArticleAndDropsNavigationHeaderFooterAndSidebar() throws Exception {
    PlanText t = normalized(resource("article.html", tmp));
    assertEquals(List.of(
        "示例县妇女发展规划（2021—2030年）",
        "发布日期：2022-03-01",
        "为促进男女平等和妇女全面发展，制定本规划。",
        "一、总体目标",
        "到2030年，妇女平等享有全方位的健康服务，健康水平持续提升。",
        "（一）妇女与健康",
        "主要目标：",
        "1.妇女全生命周期享有良好的卫生健康服务。",
        "2.孕产妇死亡率下降到12/10万以下。",
        "指标\t目标值",
        "宫颈癌人群筛查率\t70%以上"), texts(t));
    assertEquals(BlockKind.HEADING, t.blocks().get(0).kind());
    assertEquals(BlockKind.LIST_ITEM, t.blocks().get(7).kind());
    assertEquals("1.", t.blocks().get(7).label());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # the article's lines as <br>, as <p>, in a cell classed content, after the article's cell
      <td>栏目导航<br>政策文件</td><td>{A}</td>                      | <br>
      <td>栏目导航<br>政策文件</td><td>{A}</td>                      | <p>
      <td class="left">栏目导航<br>政策文件</td><td class="content">{A}</td> | <br>
      <td>{A}</td><td></td>                                            | <br>
      """)
  void anArticleInALayoutTableBesideASidebarIsParagraphs(String row, String sep)
      throws Exception {
    String[] lines = {"清远市妇女发展规划（2021—2030年）", "（四）妇女参与决策和管理", "主要目标：",
        "1.保障妇女参与社会主义民主政治建设和社会治理，提升参与水平。",
        "2.中国共产党女党员保持合理比例，女党员代表比例一般不低于本地区党员总数中女性比例。",
        "3.各级人大代表和常委会组成人员中女性比例逐步提高，各级政协委员和常委中女性比例逐步提高。",
        "策略措施：", "1.加大对妇女参与决策和管理的宣传力度。营造全社会重视妇女参与决策和管理的良好氛围。"};
    String article = sep.equals("<p>") ? "<p>" + String.join("</p><p>", lines) + "</p>"
        : String.join("<br>", lines);
    String html = "<html><head><meta charset=\"utf-8\"></head><body><table><tr>"
        + row.replace("{A}", article) + "</tr></table></body></html>";
    PlanText t = normalized(write("layout.html", html.getBytes(StandardCharsets.UTF_8)));
    for (String line : lines) {
      assertTrue(texts(t).contains(line), line + " in " + texts(t));
    }
    assertTrue(t.blocks().stream().noneMatch(b -> b.kind() == BlockKind.TABLE_ROW), "no table rows");
  }

  @Test
  void orderedListsAreNumberedAsTheBrowserShowsThem() throws Exception {
    String html = "<html><head><meta charset=\"utf-8\"></head><body><p>某县妇女发展规划</p>"
        + "<ol style=\"list-style-type: cjk-ideographic\"><li>总体要求</li><li>发展领域"
        + "<p>主要目标：</p><ol style=\"list-style-type:none\"><li>孕产妇死亡率下降。</li></ol>"
        + "<p>策略措施：</p><ol><li>1.加强妇幼健康服务。</li><li>实施两癌筛查项目。</li></ol>"
        + "</li></ol><ol type=\"a\" start=\"3\"><li>附则</li></ol></body></html>";
    PlanText t = normalized(write("lists.html", html.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(
        "某县妇女发展规划",
        "一、总体要求",
        "二、发展领域",
        "主要目标：",
        "孕产妇死亡率下降。", // list-style-type: none shows no number
        "策略措施：",
        "1.加强妇幼健康服务。", // the item prints its own number: not 1.1.
        "2.实施两癌筛查项目。",
        "c.附则"), texts(t));
  }

  @Test
  void anOldStylePortalPageInGbkKeepsTheEditorBox() throws Exception {
    PlanText t = normalized(resource("portal.htm", tmp));
    assertEquals(List.of(
        "示例旗妇女发展规划（2021—2030年）",
        "一、指导思想",
        "坚持男女平等基本国策，推动妇女全面发展。",
        "（一）妇女与健康",
        "1.妇女人均预期寿命延长。",
        "2.孕产妇死亡率下降到15/10万以下。"), texts(t));
  }

  @Test
  void rtf() throws Exception {
    PlanText t = normalized(resource("plan.rtf", tmp));
    assertEquals(List.of(
        "示例区妇女发展规划",
        "（2021—2030年）",
        "一、指导思想",
        "坚持男女平等基本国策，推动妇女全面发展。",
        "（一）妇女与健康",
        "1.妇女人均预期寿命延长，人均健康预期寿命提高。",
        "2.孕产妇死亡率下降到10/10万以下。"), texts(t));
  }

  @Test
  void aWordFilesStyleNamesAreNoWebPagesMarks() throws Exception {
    // body paragraphs in the style "Text Body" (Tika writes class="text_Body"): on a web page
    // "text" and "body" mark the article, and only the article would be kept
    PlanText t = normalized(resource("text-body-style.doc", tmp));
    assertEquals(List.of(
        "甲县妇女发展规划（2021—2030年）",
        "为促进妇女全面发展，制定本规划。",
        "一、妇女与健康",
        "主要目标：",
        "1.孕产妇死亡率控制在10/10万以下。"), texts(t).subList(0, 5));
    assertEquals(13, texts(t).size());
  }

  @Test
  void rtfListNumbersComeFromTheListtextGroupsTikaDrops() throws Exception {
    Document d = READER.read(resource("numbered.rtf", tmp));
    List<Expect> got = d.blocks().stream()
        .map(b -> new Expect(b.kind(), b.level(), b.label(), b.span().in(d.text()))).toList();
    BlockKind li = BlockKind.LIST_ITEM;
    assertEquals(List.of(
        new Expect(BlockKind.PARAGRAPH, 0, null, "示例区妇女发展规划"),
        new Expect(li, 0, "一、", "一、指导思想"),
        new Expect(li, 1, "（一）", "（一）妇女与健康"),
        new Expect(li, 2, "1.", "1.妇女人均预期寿命延长。"),
        new Expect(li, 2, "2.", "2.孕产妇死亡率下降到10/10万以下。"),
        new Expect(li, 1, "（二）", "（二）妇女与教育"),
        new Expect(li, 0, "二、", "二、组织实施")), got);
  }

  @Test
  void docListNumbersInTheNumeralsWordShows() throws Exception {
    // Tika prints these as 1、 （1） 1 and 11、 (doc-src/make_numbered_doc.py made the file)
    PlanText t = normalized(resource("numbered.doc", tmp));
    assertEquals(List.of(
        "示例县儿童发展规划（2021—2030年）",
        "一、总体要求",
        "（一）指导思想",
        "坚持儿童优先原则。",
        "二、发展领域、主要目标和策略措施",
        "（一）儿童与健康",
        "主要目标：",
        "1. 婴儿死亡率控制在5‰以下。",
        "2. 5岁以下儿童死亡率控制在6‰以下。",
        "策略措施：",
        "1. 加强儿童健康服务。",
        "①完善儿童健康服务体系。",
        "②加强儿童保健门诊标准化建设。",
        "（二）儿童与教育",
        "主要目标：",
        "1. 学前三年毛入园率达到95%以上。",
        "1、这一行的编号是打出来的。", // typed, not a list number: as it is
        "十一、附则"), texts(t));
  }

  @Test
  void fullWidthListNumbersOpenTheirOwnItems() throws Exception {
    // a decimalFullWidth level: Word shows ２．, the normalised text reads 2．
    String numbering = DocxFixture.abstractNum(0, DocxFixture.lvl(0, 1, "decimalFullWidth", "%1．"))
        + DocxFixture.num(1, 0, DocxFixture.startOverride(0, 2))
        + DocxFixture.num(2, 0, DocxFixture.startOverride(0, 2));
    byte[] docx = new DocxFixture().numbering(numbering)
        .p("示例县妇女发展规划（2021—2030年）")
        .p("一、妇女与健康")
        .p("主要目标：１．妇女人均预期寿命延长。")
        .item(1, 0, "孕产妇死亡率控制在10/10万以下。")
        .item(1, 0, "妇女常见病筛查率达到80%以上。")
        .p("策略措施：１．加强妇幼健康服务。完善服务体系。")
        .item(2, 0, "实施两癌筛查项目。扩大覆盖面。")
        .bytes();
    org.planscope.model.Plan plan = plan(write("fullwidth.docx", docx));
    assertEquals(List.of("妇女人均预期寿命延长。", "孕产妇死亡率控制在10/10万以下。", "妇女常见病筛查率达到80%以上。"),
        plan.domains().get(0).goals().stream().map(g -> g.text()).toList());
    assertEquals(2, plan.domains().get(0).measures().size());
  }

  @Test
  void pointsTypedAfterWordsFirstNumberAreItemsOfTheirOwn() throws Exception {
    // Word numbers the paragraph ①; its ② and ③ are typed after semicolons
    String numbering = DocxFixture.abstractNum(0, DocxFixture.lvl(0, 1, "decimalEnclosedCircle", "%1"))
        + DocxFixture.num(1, 0, "");
    byte[] docx = new DocxFixture().numbering(numbering)
        .p("示例县妇女发展规划（2021—2030年）")
        .p("一、妇女与环境")
        .p("主要目标：")
        .item(1, 0, "男女平等基本国策宣传教育深入开展；②社区妇女之家实现全覆盖；③妇女参与环境保护的能力明显增强。")
        .p("策略措施：")
        .p("（1）加强男女平等基本国策宣传。利用社区宣传栏宣传。")
        .bytes();
    org.planscope.model.Plan plan = plan(write("circled.docx", docx));
    assertEquals(List.of("男女平等基本国策宣传教育深入开展；", "社区妇女之家实现全覆盖；", "妇女参与环境保护的能力明显增强。"),
        plan.domains().get(0).goals().stream().map(g -> g.text()).toList());
    assertEquals(1, plan.domains().get(0).measures().size());
  }

  private static org.planscope.model.Plan plan(Path file) throws Exception {
    org.planscope.Pipeline pipeline = new org.planscope.Pipeline();
    Document doc = pipeline.reader().read(file);
    PlanText text = pipeline.normalize(doc);
    return pipeline.extract(doc, text, pipeline.structure(text));
  }

  @Test
  void aRuledPdfTableIsReadRowByRowAndCellByCell() throws Exception {
    // the text layer runs the cells together and wraps 约束性 and the long 指标 inside their boxes
    // (doc-src/make_table_pdf.py made the file)
    Document d = READER.read(resource("ruled-table.pdf", tmp));
    List<String> rows = tableRows(d);
    assertEquals(List.of(
        "领域\t序号\t指标\t单位\t2020年\t2025年\t属性",
        "妇幼健康\t1\t婴儿死亡率\t‰\t3.5\t≤4.5\t约束性",
        "\t2\t以乡镇（街道）为单位适龄儿童免疫规划疫苗接种率保持较高水平\t%\t90\t>90\t约束性",
        "健康知识普及\t3\t居民健康素养水平\t%\t24.8\t≥32\t预期性"), rows);
    assertTrue(d.text().contains("附表 主要指标") && d.text().contains("（一）实施健康知识普及行动。"),
        "the text around the table stays");
  }

  @Test
  void aTableDrawnWithRowRulesOnlyIsReadRowByRowAcrossAPageBreak() throws Exception {
    // 三线表 as Word lays them out (doc-src/make_threeline_pdf.py): cells at the top without
    // margins, cells in the middle with a merged 领域, and a table the page break cuts without
    // repeating its header; then a 专栏 between two rules and a 版记, which stay text
    Document d = READER.read(resource("threeline-tables.pdf", tmp));
    List<String> rows = tableRows(d);
    assertEquals(List.of(
        "序号\t指标\t单位\t2020年\t2025年\t属性",
        "1\t孕产妇死亡率\t1/10万\t12.6\t≤12\t约束性",
        "2\t以乡（镇、街道）为单位适龄儿童免疫规划疫苗接种率\t%\t98\t≥95\t约束性",
        "3\t儿童青少年总体近视率\t%\t54.1\t力争每年降低0.5个百分点以上\t约束性",
        "领域\t序号\t指标\t单位\t基期值\t目标值\t属性",
        "健康水平\t1\t人均预期寿命\t岁\t78.2\t79\t预期性",
        "\t2\t重大慢性病过早死亡率\t%\t15.1\t≤14\t预期性",
        "健康生活\t3\t居民健康素养水平\t%\t23.5\t≥30\t预期性",
        "\t4\t经常参加体育锻炼人数比例\t%\t38\t≥40\t预期性",
        "\t5\t15岁以上人群吸烟率\t%\t24.5\t持续下降\t预期性",
        "序号\t指标\t2020年\t2025年\t属性",
        "1\t孕产妇系统管理率（%）\t93\t≥93\t预期性",
        "2\t3岁以下儿童系统管理率（%）\t92\t≥92\t预期性",
        "3\t7岁以下儿童健康管理率（%）\t94\t≥95\t预期性",
        "4\t新生儿遗传代谢性疾病筛查率（%）\t98.5\t≥98\t预期性",
        "5\t新生儿听力筛查率（%）\t97\t≥95\t预期性",
        "6\t适龄妇女宫颈癌筛查覆盖率（%）\t55\t≥70\t预期性",
        "7\t适龄妇女乳腺癌筛查覆盖率（%）\t52\t≥70\t预期性",
        "8\t孕产妇产前筛查率（%）\t85\t≥90\t预期性",
        "9\t0—6岁儿童眼保健和视力检查覆盖率（%）\t88\t≥90\t预期性",
        "10\t婚前医学检查率（%）\t60\t≥70\t预期性"), rows);
    String text = d.text().replaceAll("\\s", "");
    assertTrue(text.contains("专栏1妇女健康促进工程") && text.contains("抄送：区委各部门")
        && text.contains("某区人民政府办公室2021年12月30日印发"), "the 专栏 and the 版记 stay text");
  }

  @Test
  void aChromiumTableWhoseLettersArePathsIsReadToo() throws Exception {
    // Chromium draws each rule column by column and every character of its Type 3 CJK font as a
    // path: （ and ） are no column rules (doc-src/make_chrome_threeline_pdf.py)
    Document d = READER.read(resource("threeline-chromium.pdf", tmp));
    List<String> rows = tableRows(d);
    assertEquals(List.of(
        "类别\t序号\t指标\t单位\t2020年\t2025年\t属性",
        "健康水平\t1\t每千人口执业（助理）医师数\t人\t2.8\t3.3\t预期性",
        "\t2\t孕产妇死亡率\t1/10万\t0\t≤9\t预期性",
        "健康服务\t3\t每千人口医疗卫生机构床位数（张）\t张\t5.9\t6.8\t预期性"), rows);
  }

  @Test
  void plainTextAndDocxNeverStartTika() throws Exception {
    CompositeReader fresh = new CompositeReader();
    fresh.read(write("a.txt", PLAN.getBytes(StandardCharsets.UTF_8)));
    fresh.read(write("a.md", PLAN.getBytes(StandardCharsets.UTF_8)));
    fresh.read(write("a.docx", numberedPlan().bytes()));
    assertFalse(fresh.tikaStarted());
  }

  /** The text of a document's table rows, cells separated by tabs. */
  static List<String> tableRows(Document d) {
    return d.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE_ROW)
        .map(b -> b.span().in(d.text())).toList();
  }
}
