package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bold title that opens a paragraph without its 。 (1.完善妇女健康服务体系 in bold, then 加强…) is
 * set apart by an ideographic space in Word files and web pages alike; punctuated titles, bold paragraphs and
 * plain text are left as they are.
 */
class RunInTitleTest {
  @TempDir Path tmp;

  private static final List<String> EXPECTED = List.of(
      "1.完善妇女健康服务体系\u3000加强妇幼保健机构建设。",
      "2.提高妇女生殖健康水平。普及生殖健康知识。",
      "3.加强妇女全生命周期健康管理。",
      "4.促进健康老龄化，加强老年妇女健康服务。",
      "5.提高妇女健康素养\u3000普及健康知识。");

  private List<String> blocks(String name, byte[] bytes) throws Exception {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    var d = new CompositeReader().read(p);
    return d.blocks().stream().map(b -> b.span().in(d.text()).strip()).toList();
  }

  private static String bold(String text) {
    return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  @Test
  void aWordFilesBoldTitleIsSetApart() throws Exception {
    byte[] docx = new DocxFixture()
        .xml("<w:p>" + bold("1.完善妇女健康服务体系") + DocxFixture.run("加强妇幼保健机构建设。") + "</w:p>")
        .xml("<w:p>" + bold("2.提高妇女生殖健康水平。") + DocxFixture.run("普及生殖健康知识。") + "</w:p>")
        .xml("<w:p>" + bold("3.加强妇女全生命周期") + bold("健康管理。") + "</w:p>")
        // the paragraph mark's bold is no run's; a bold word inside the text is no title
        .xml("<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>" + DocxFixture.run("4.促进健康老龄化，")
            + bold("加强老年妇女健康服务。") + "</w:p>")
        // the number typed before the bold title, not in it
        .xml("<w:p>" + DocxFixture.run("5.") + bold("提高妇女健康素养") + DocxFixture.run("普及健康知识。")
            + "</w:p>")
        .bytes();
    assertEquals(EXPECTED, blocks("plan.docx", docx));
  }

  @Test
  void aTitleSetInABoldCharacterStyleIsSetApart() throws Exception {
    // Word's Strong (要点) style, not a direct <w:b/>; a style without bold sets nothing apart
    String styles = DocxFixture.defaultStyles().replace("</w:styles>",
        "<w:style w:type=\"character\" w:styleId=\"a5\"><w:name w:val=\"Strong\"/>"
            + "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"a6\"><w:name w:val=\"Emphasis\"/>"
            + "<w:rPr><w:i/></w:rPr></w:style></w:styles>");
    String strong = "<w:r><w:rPr><w:rStyle w:val=\"a5\"/></w:rPr><w:t>1.完善妇女健康服务体系</w:t></w:r>";
    String italic = "<w:r><w:rPr><w:rStyle w:val=\"a6\"/></w:rPr><w:t>2.完善妇女健康服务体系</w:t></w:r>";
    byte[] docx = new DocxFixture().styles(styles)
        .xml("<w:p>" + strong + DocxFixture.run("加强妇幼保健机构建设。") + "</w:p>")
        .xml("<w:p>" + italic + DocxFixture.run("加强妇幼保健机构建设。") + "</w:p>")
        .bytes();
    assertEquals(List.of("1.完善妇女健康服务体系\u3000加强妇幼保健机构建设。",
        "2.完善妇女健康服务体系加强妇幼保健机构建设。"), blocks("strong.docx", docx));
  }

  @Test
  void aWebPagesBoldTitleIsSetApart() throws Exception {
    String html = "<html><head><meta charset=\"utf-8\"></head><body>"
        + "<p><strong>1.完善妇女健康服务体系</strong>加强妇幼保健机构建设。</p>"
        + "<p><b>2.提高妇女生殖健康水平。</b>普及生殖健康知识。</p>"
        + "<p><strong>3.加强妇女全生命周期健康管理。</strong></p>"
        + "<p>4.促进健康老龄化，<strong>加强老年妇女健康服务。</strong></p>"
        + "<p>5.<strong>提高妇女健康素养</strong>普及健康知识。</p>"
        + "</body></html>";
    assertEquals(EXPECTED, blocks("plan.html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # bold run                     | text after | space
      1.完善妇女健康服务体系              | 加强        | true
      完善妇女健康服务体系               | 加强        | true
      1.完善妇女健康服务体系。             | 加强        | false
      主要目标：                       | 孕产妇      | false
      1.                             | 完善        | false
      1.完善妇女健康服务体系              | （一）      | false
      孕产妇死亡率控制在                  | 10         | false
      """)
  void needsSpace(String title, String next, boolean space) {
    assertEquals(space, RunInTitle.needsSpace(title, next.charAt(0)));
  }

  @Test
  void tooLongARunIsNoTitle() {
    assertFalse(RunInTitle.needsSpace("加".repeat(41), '强'));
    assertTrue(RunInTitle.needsSpace("加".repeat(40), '强'));
  }
}
