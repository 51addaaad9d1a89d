package org.planscope.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small .docx packages the way Word writes them: numbered paragraphs carry only a
 * reference ({@code w:numPr}) into {@code word/numbering.xml}; headings use the built-in style
 * names ({@code heading 1}, shown as 标题 1 in Chinese Word, with style ids {@code 1}, {@code 2}
 * as Chinese Word saves them). Paragraph XML is written with the helpers below.
 */
final class DocxFixture {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final StringBuilder body = new StringBuilder();
  private String numbering;
  private String styles = defaultStyles();

  DocxFixture numbering(String abstractNumsAndNums) {
    this.numbering = "<w:numbering xmlns:w=\"" + W + "\">" + abstractNumsAndNums + "</w:numbering>";
    return this;
  }

  DocxFixture styles(String stylesXml) {
    this.styles = stylesXml;
    return this;
  }

  /** Raw body XML (paragraphs, tables). */
  DocxFixture xml(String xml) {
    body.append(xml);
    return this;
  }

  /** A plain paragraph. */
  DocxFixture p(String text) {
    return xml("<w:p>" + run(text) + "</w:p>");
  }

  /** A paragraph in list {@code numId} at level {@code ilvl}. */
  DocxFixture item(int numId, int ilvl, String text) {
    return xml("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
        + "\"/></w:numPr></w:pPr>" + run(text) + "</w:p>");
  }

  /** A paragraph in style {@code styleId}. */
  DocxFixture styled(String styleId, String text) {
    return xml("<w:p><w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr>" + run(text) + "</w:p>");
  }

  static String run(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
  }

  /** One level of an abstract list: {@code <w:lvl>} with start, format and level text. */
  static String lvl(int ilvl, int start, String numFmt, String lvlText) {
    return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\""
        + numFmt + "\"/><w:lvlText w:val=\"" + escape(lvlText) + "\"/><w:lvlJc w:val=\"left\"/>"
        + "</w:lvl>";
  }

  static String abstractNum(int id, String... levels) {
    return "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"multilevel\"/>"
        + String.join("", levels) + "</w:abstractNum>";
  }

  static String num(int numId, int abstractId, String overrides) {
    return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>"
        + overrides + "</w:num>";
  }

  static String startOverride(int ilvl, int start) {
    return "<w:lvlOverride w:ilvl=\"" + ilvl + "\"><w:startOverride w:val=\"" + start + "\"/>"
        + "</w:lvlOverride>";
  }

  static String defaultStyles() {
    return "<w:styles xmlns:w=\"" + W + "\">"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/>"
        + "</w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
        + "<w:basedOn w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/>"
        + "<w:basedOn w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"标题 3\"/>"
        + "<w:basedOn w:val=\"a\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/>"
        + "<w:basedOn w:val=\"a\"/></w:style>"
        + "</w:styles>";
  }

  byte[] bytes() throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + (numbering == null ? "" : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "</Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>");
    parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + (numbering == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>")
        + "</Relationships>");
    parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
        + "<w:body>" + body + "<w:sectPr/></w:body></w:document>");
    parts.put("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + styles);
    if (numbering != null) {
      parts.put("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + numbering);
    }
    parts.put("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>示例县妇女发展规划</dc:title>"
        + "<dc:creator>示例县妇儿工委</dc:creator></cp:coreProperties>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
