package org.planscope.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.planscope.model.BlockKind;

/**
 * Reads the body of a .docx (WordprocessingML) with StAX, keeping what Tika loses: the real
 * automatic numbering. Word stores a list number as a reference ({@code w:numPr}: list id and
 * level) into {@code word/numbering.xml}, whose levels say how to render it ({@code
 * w:numFmt chineseCounting}, {@code w:lvlText "（%1）"}). This reader counts per list and level
 * and renders the label as Word shows it (一、 / （一） / 1. / （1） / ①), puts it in front of
 * the paragraph text and into {@link org.planscope.model.Block#label()}. Paragraph styles named
 * {@code heading N} (Word's built-in names, shown as 标题 N) or with an outline level give
 * headings.
 *
 * <p>Read: paragraphs, runs ({@code w:t}, tabs, breaks), tables (one block per row, cells joined
 * by tabs), text boxes, content controls, hyperlinks, simple and complex field results, inserted
 * text. Skipped: deleted and moved-away text, hidden runs, field instructions, the fallback copy
 * of alternate content, tables of contents, headers, footers and notes.
 */
final class DocxReader {
  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final int MAX_TOTAL_MB = 256;
  private static final long MAX_TOTAL = (long) MAX_TOTAL_MB << 20;
  static final int MAX_RATIO = 100;
  private static final long RATIO_FLOOR = 1L << 20;
  private static final Pattern HEADING_STYLE =
      Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");
  private static final Pattern LEVEL_REF = Pattern.compile("%([1-9])");
  private static final Set<String> SKIPPED_SUBTREES =
      Set.of("del", "moveFrom", "instrText", "delInstrText", "Fallback", "footnoteReference",
          "endnoteReference", "commentReference");
  private static final XMLInputFactory XML = newFactory();

  /** The parts of the package this reader needs, by name. */
  record Parts(byte[] document, byte[] styles, byte[] numbering, byte[] core) {}

  /** A paragraph style: its name, parent, numbering and outline level (null when unset). */
  record Style(String name, String basedOn, String numId, Integer ilvl, Integer outline) {}

  /** One level of an abstract list definition. */
  record Level(int start, String numFmt, String lvlText, boolean legal, String suffix, String pStyle) {}

  /** A list instance: its abstract definition and per-level start overrides. */
  record Num(String abstractId, Map<Integer, Integer> startOverride, Map<Integer, Level> levels) {}

  private final Map<String, Style> styles = new HashMap<>();
  private final Map<String, Map<Integer, Level>> abstracts = new HashMap<>();
  private final Map<String, Num> nums = new HashMap<>();
  private final Map<String, int[]> counters = new HashMap<>();
  private final Set<String> numsSeen = new java.util.HashSet<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private String defaultStyle;

  private DocxReader() {}

  /**
   * The package's parts, or null when the bytes are a zip without a Word main document. Every
   * entry is inflated through a bounded loop, the ones not needed discarded: more than {@value
   * #MAX_TOTAL_MB} MB in all, or an entry of more than a megabyte that inflates more than
   * {@value #MAX_RATIO} times (real WordprocessingML inflates 5–20 times), is refused as a
   * {@link LimitException} before it can fill the memory or keep a core busy.
   */
  static Parts parts(byte[] zip) throws IOException {
    return parts(zip, MAX_TOTAL);
  }

  static Parts parts(byte[] zip, long maxTotal) throws IOException {
    byte[] document = null;
    byte[] styles = null;
    byte[] numbering = null;
    byte[] core = null;
    CountingStream raw = new CountingStream(zip);
    long[] total = {0};
    try (ZipInputStream in = new ZipInputStream(raw)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        boolean keep = switch (e.getName()) {
          case "word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"
              -> true;
          default -> false;
        };
        byte[] data = readEntry(in, e.getName(), raw, total, maxTotal, keep);
        switch (e.getName()) {
          case "word/document.xml" -> document = data;
          case "word/styles.xml" -> styles = data;
          case "word/numbering.xml" -> numbering = data;
          case "docProps/core.xml" -> core = data;
          default -> {}
        }
      }
    }
    return document == null ? null : new Parts(document, styles, numbering, core);
  }

  /** Reads the package into {@code out}; returns the core properties (title, creator, dates). */
  static Map<String, String> read(Parts parts, BlockBuilder out)
      throws IOException, XMLStreamException {
    DocxReader r = new DocxReader();
    if (parts.styles() != null) {
      r.readStyles(parts.styles());
    }
    if (parts.numbering() != null) {
      r.readNumbering(parts.numbering());
    }
    if (parts.core() != null) {
      r.readCore(parts.core());
    }
    r.readBody(parts.document(), out);
    return r.metadata;
  }

  /** A package that inflates beyond the limits: a zip bomb, or no plan. */
  static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitException(String message) {
      super(message);
    }
  }

  private static byte[] readEntry(InputStream in, String name, CountingStream raw, long[] total,
      long maxTotal, boolean keep) throws IOException {
    ByteArrayOutputStream b = keep ? new ByteArrayOutputStream() : null;
    byte[] buf = new byte[65536];
    long startRaw = raw.position();
    long size = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      size += n;
      total[0] += n;
      if (total[0] > maxTotal) {
        throw new LimitException("the package inflates to more than " + (maxTotal >> 20) + " MB");
      }
      // the raw position runs ahead by at most the inflater's 512-byte buffer
      long packed = Math.max(1, raw.position() - startRaw);
      if (size > RATIO_FLOOR && size > MAX_RATIO * packed) {
        throw new LimitException(name + " inflates more than " + MAX_RATIO + " times");
      }
      if (b != null) {
        b.write(buf, 0, n);
      }
    }
    return b == null ? null : b.toByteArray();
  }

  /** A byte-array stream that tells how far it has been read. */
  private static final class CountingStream extends ByteArrayInputStream {
    CountingStream(byte[] bytes) {
      super(bytes);
    }

    long position() {
      return pos;
    }
  }

  // ---------------------------------------------------------------- styles and numbering

  private void readStyles(byte[] xml) throws XMLStreamException {
    XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    String id = null;
    String name = null;
    String basedOn = null;
    String numId = null;
    Integer ilvl = null;
    Integer outline = null;
    boolean paragraphStyle = false;
    try {
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "style" -> {
              paragraphStyle = "paragraph".equals(attr(x, "type"));
              id = attr(x, "styleId");
              name = null;
              basedOn = null;
              numId = null;
              ilvl = null;
              outline = null;
              if (paragraphStyle && isOn(attr(x, "default"), false)) {
                defaultStyle = id;
              }
            }
            case "name" -> name = id == null ? name : attr(x, "val");
            case "basedOn" -> basedOn = attr(x, "val");
            case "numId" -> numId = attr(x, "val");
            case "ilvl" -> ilvl = intAttr(x, "val", 0);
            case "outlineLvl" -> outline = intAttr(x, "val", 9);
            default -> {}
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("style")) {
          if (paragraphStyle && id != null) {
            styles.put(id, new Style(name, basedOn, numId, ilvl, outline));
          }
          id = null;
        }
      }
    } finally {
      x.close();
    }
  }

  private void readNumbering(byte[] xml) throws XMLStreamException {
    XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    Map<Integer, Level> levels = null; // the abstractNum or override being read
    String numId = null;
    String abstractRef = null;
    Map<Integer, Integer> overrides = null;
    Map<Integer, Level> overrideLevels = null;
    int overrideLevel = -1;
    int lvl = -1;
    int start = 1;
    String fmt = null;
    String text = null;
    boolean legal = false;
    String suffix = "tab";
    String pStyle = null;
    String abstractId = null;
    try {
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "abstractNum" -> {
              abstractId = attr(x, "abstractNumId");
              levels = new HashMap<>();
            }
            case "num" -> {
              numId = attr(x, "numId");
              abstractRef = null;
              overrides = new HashMap<>();
              overrideLevels = new HashMap<>();
            }
            case "abstractNumId" -> abstractRef = attr(x, "val");
            case "lvlOverride" -> overrideLevel = intAttr(x, "ilvl", 0);
            case "startOverride" -> {
              if (overrides != null) {
                overrides.put(overrideLevel, intAttr(x, "val", 1));
              }
            }
            case "lvl" -> {
              lvl = intAttr(x, "ilvl", 0);
              start = 1;
              fmt = "decimal";
              text = null;
              legal = false;
              suffix = "tab";
              pStyle = null;
            }
            case "start" -> start = intAttr(x, "val", 1);
            case "numFmt" -> fmt = attr(x, "val");
            case "lvlText" -> text = attr(x, "val");
            case "isLgl" -> legal = isOn(attr(x, "val"), true);
            case "suff" -> suffix = attr(x, "val");
            case "pStyle" -> pStyle = attr(x, "val");
            default -> {}
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          switch (x.getLocalName()) {
            case "lvl" -> {
              Level level = new Level(start, fmt, text, legal, suffix, pStyle);
              if (numId != null && overrideLevels != null) {
                overrideLevels.put(lvl, level);
              } else if (levels != null) {
                levels.put(lvl, level);
              }
            }
            case "abstractNum" -> {
              if (abstractId != null) {
                abstracts.put(abstractId, levels);
              }
              levels = null;
              abstractId = null;
            }
            case "num" -> {
              if (numId != null && abstractRef != null) {
                nums.put(numId, new Num(abstractRef, overrides, overrideLevels));
              }
              numId = null;
              overrides = null;
              overrideLevels = null;
            }
            default -> {}
          }
        }
      }
    } finally {
      x.close();
    }
  }

  private void readCore(byte[] xml) throws XMLStreamException {
    XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT) {
          String prefix = x.getPrefix() == null || x.getPrefix().isEmpty() ? "" : x.getPrefix() + ":";
          String name = prefix + x.getLocalName();
          if (!name.equals("cp:coreProperties")) {
            String value = x.getElementText().strip();
            if (!value.isEmpty()) {
              metadata.put(name, value);
            }
          }
        }
      }
    } finally {
      x.close();
    }
  }

  // ---------------------------------------------------------------- body

  /** A paragraph being read: its properties and text. */
  private static final class Para {
    final StringBuilder text = new StringBuilder();
    String style;
    String numId;
    Integer ilvl;
    Integer outline;
    boolean pageBreakBefore;
  }

  private void readBody(byte[] xml, BlockBuilder out) throws XMLStreamException {
    XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    Deque<Para> paras = new ArrayDeque<>();
    int skip = 0; // depth inside a skipped subtree
    int tableDepth = 0;
    StringBuilder row = null; // the outermost table row being read
    int cellsInRow = 0;
    boolean inPPr = false;
    boolean inRPr = false;
    boolean hiddenRun = false;
    try {
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = x.getLocalName();
          if (skip > 0 || SKIPPED_SUBTREES.contains(name)) {
            skip++;
            continue;
          }
          Para p = paras.peek();
          switch (name) {
            case "p" -> paras.push(new Para());
            case "pPr" -> inPPr = true;
            case "rPr" -> inRPr = true;
            case "r" -> hiddenRun = false;
            case "vanish", "webHidden" -> {
              if (inRPr && !inPPr && isOn(attr(x, "val"), true)) {
                hiddenRun = true;
              }
            }
            case "pStyle" -> {
              if (p != null && inPPr) {
                p.style = attr(x, "val");
              }
            }
            case "numId" -> {
              if (p != null && inPPr) {
                p.numId = attr(x, "val");
              }
            }
            case "ilvl" -> {
              if (p != null && inPPr) {
                p.ilvl = intAttr(x, "val", 0);
              }
            }
            case "outlineLvl" -> {
              if (p != null && inPPr) {
                p.outline = intAttr(x, "val", 9);
              }
            }
            case "pageBreakBefore" -> {
              if (p != null && inPPr && isOn(attr(x, "val"), true)) {
                p.pageBreakBefore = true;
              }
            }
            case "t" -> {
              String s = x.getElementText();
              if (p != null && !hiddenRun) {
                p.text.append(s);
              }
            }
            case "tab", "ptab" -> {
              if (p != null && !inPPr && !hiddenRun) {
                p.text.append('\t');
              }
            }
            case "br", "cr" -> {
              if (p != null && !hiddenRun) {
                if ("page".equals(attr(x, "type"))) {
                  emit(p, out, row);
                  p.text.setLength(0);
                  p.numId = "0"; // the rest of the paragraph is not numbered again
                  if (row == null) {
                    out.pageBreak();
                  }
                } else {
                  p.text.append('\n');
                }
              }
            }
            case "noBreakHyphen" -> {
              if (p != null) {
                p.text.append('-');
              }
            }
            case "sym" -> {
              String c = attr(x, "char");
              if (p != null && c != null) {
                try {
                  int cp = Integer.parseInt(c, 16);
                  if (cp < 0xE000 || cp > 0xF8FF) {
                    p.text.appendCodePoint(cp);
                  }
                } catch (NumberFormatException e) {
                  // not a symbol we can render
                }
              }
            }
            case "tbl" -> tableDepth++;
            case "tr" -> {
              if (tableDepth == 1) {
                row = new StringBuilder();
                cellsInRow = 0;
              }
            }
            case "tc" -> {
              if (tableDepth == 1 && row != null && cellsInRow++ > 0) {
                row.append('\t');
              }
            }
            default -> {}
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = x.getLocalName();
          if (skip > 0) {
            skip--;
            continue;
          }
          switch (name) {
            case "pPr" -> inPPr = false;
            case "rPr" -> inRPr = false;
            case "r" -> hiddenRun = false;
            case "p" -> {
              Para p = paras.pop();
              if (p.pageBreakBefore && row == null) {
                out.pageBreak();
              }
              emit(p, out, row);
            }
            case "tbl" -> tableDepth--;
            case "tr" -> {
              if (tableDepth == 1 && row != null) {
                out.add(BlockKind.TABLE_ROW, 0, null, row.toString().replace('\n', ' '));
                row = null;
              }
            }
            default -> {}
          }
        }
      }
    } finally {
      x.close();
    }
  }

  /** Numbers, classifies and writes one paragraph (into the table row when inside one). */
  private void emit(Para p, BlockBuilder out, StringBuilder row) {
    Style style = style(p.style);
    if (style != null && style.name() != null
        && style.name().toLowerCase(java.util.Locale.ROOT).startsWith("toc ")) {
      return; // a table of contents repeats the headings with page numbers
    }
    String label = null;
    String suffix = "";
    boolean numbered = false;
    String[] numbering = numbering(p);
    if (numbering != null) {
      numbered = true;
      label = numbering[0];
      suffix = numbering[1];
    }
    String body = p.text.toString();
    if (body.isBlank()) {
      return;
    }
    String text = label == null || label.isEmpty() ? body : label + suffix + body;
    if (label != null && label.isEmpty()) {
      label = null;
    }
    if (row != null) {
      if (row.length() > 0 && row.charAt(row.length() - 1) != '\t') {
        row.append(' ');
      }
      row.append(text.replace('\t', ' '));
      return;
    }
    int heading = headingLevel(p);
    BlockKind kind = heading > 0 ? BlockKind.HEADING
        : numbered ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
    int level = heading > 0 ? heading : numbered ? Math.max(0, ilvl(p)) : 0;
    // a soft line break inside a Word paragraph is layout, not a new paragraph
    out.add(kind, level, label, text.replace('\n', ' '));
  }

  /** The paragraph's style or, when it names none, the default paragraph style. */
  private Style style(String id) {
    Style s = id == null ? null : styles.get(id);
    return s != null ? s : defaultStyle == null ? null : styles.get(defaultStyle);
  }

  /** 1–9 for a heading (style name or outline level), 0 otherwise. */
  private int headingLevel(Para p) {
    if (p.outline != null) {
      return p.outline < 9 ? p.outline + 1 : 0;
    }
    String id = p.style != null ? p.style : defaultStyle;
    for (int guard = 0; id != null && guard < 20; guard++) {
      Style s = styles.get(id);
      if (s == null) {
        break;
      }
      if (s.name() != null) {
        Matcher m = HEADING_STYLE.matcher(s.name().strip());
        if (m.matches()) {
          return m.group(1).charAt(0) - '0';
        }
      }
      if (s.outline() != null) {
        return s.outline() < 9 ? s.outline() + 1 : 0;
      }
      id = s.basedOn();
    }
    return 0;
  }

  /** The list level of a numbered paragraph (its own, or its style's). */
  private int ilvl(Para p) {
    if (p.ilvl != null) {
      return p.ilvl;
    }
    String[] ref = styleNumbering(p.style);
    return ref == null ? 0 : Integer.parseInt(ref[1]);
  }

  /** {numId, ilvl} from the style chain, or null. */
  private String[] styleNumbering(String styleId) {
    String id = styleId;
    for (int guard = 0; id != null && guard < 20; guard++) {
      Style s = styles.get(id);
      if (s == null) {
        return null;
      }
      if (s.numId() != null) {
        int lvl = s.ilvl() != null ? s.ilvl() : levelOfStyle(s.numId(), styleId);
        return new String[] {s.numId(), Integer.toString(lvl)};
      }
      id = s.basedOn();
    }
    return null;
  }

  /** The level of a list whose definition is linked to a paragraph style ({@code w:pStyle}). */
  private int levelOfStyle(String numId, String styleId) {
    Num num = nums.get(numId);
    Map<Integer, Level> levels = num == null ? null : abstracts.get(num.abstractId());
    if (levels != null) {
      for (Map.Entry<Integer, Level> e : levels.entrySet()) {
        if (styleId.equals(e.getValue().pStyle())) {
          return e.getKey();
        }
      }
    }
    return 0;
  }

  /**
   * Advances the paragraph's list counter and renders its label: {label, text after the label},
   * or null when the paragraph is not numbered.
   */
  private String[] numbering(Para p) {
    String numId = p.numId;
    int lvl = p.ilvl != null ? p.ilvl : 0;
    if (numId == null) {
      String[] ref = styleNumbering(p.style);
      if (ref == null) {
        return null;
      }
      numId = ref[0];
      lvl = p.ilvl != null ? p.ilvl : Integer.parseInt(ref[1]);
    }
    Num num = nums.get(numId);
    if (num == null) {
      return null; // numId 0 (numbering removed) or a dangling reference
    }
    Map<Integer, Level> levels = abstracts.getOrDefault(num.abstractId(), Map.of());
    lvl = Math.max(0, Math.min(8, lvl));
    int[] count = counters.computeIfAbsent(num.abstractId(), k -> new int[9]);
    if (numsSeen.add(numId)) {
      for (Map.Entry<Integer, Integer> e : num.startOverride().entrySet()) {
        int l = Math.max(0, Math.min(8, e.getKey()));
        count[l] = 0; // restart; the override value applies on the next use
      }
    }
    Level level = level(num, levels, lvl);
    if (count[lvl] == 0) {
      Integer override = num.startOverride().get(lvl);
      count[lvl] = override != null ? override : level.start();
    } else {
      count[lvl]++;
    }
    for (int deeper = lvl + 1; deeper < 9; deeper++) {
      count[deeper] = 0;
    }
    String template = level.lvlText() == null ? "%" + (lvl + 1) + "." : level.lvlText();
    if ("bullet".equals(level.numFmt())) {
      return new String[] {null, ""};
    }
    StringBuilder label = new StringBuilder();
    Matcher m = LEVEL_REF.matcher(template);
    int last = 0;
    while (m.find()) {
      label.append(template, last, m.start());
      int ref = m.group(1).charAt(0) - '1';
      Level refLevel = level(num, levels, ref);
      int value = count[ref] == 0 ? refLevel.start() : count[ref];
      String fmt = level.legal() && ref < lvl ? "decimal" : refLevel.numFmt();
      String rendered = NumberFormat.format(value, fmt);
      label.append(rendered == null ? "" : rendered);
      last = m.end();
    }
    label.append(template, last, template.length());
    String l = label.toString().strip();
    String suffix = "";
    if (!l.isEmpty() && !"nothing".equals(level.suffix())
        && Character.isLetterOrDigit(l.codePointBefore(l.length()))) {
      suffix = " "; // 第一章 总则; a label ending in punctuation (一、 （一） 1.) needs none
    }
    return new String[] {l, suffix};
  }

  private static final Level DEFAULT_LEVEL = new Level(1, "decimal", null, false, "tab", null);

  private static Level level(Num num, Map<Integer, Level> levels, int lvl) {
    Level l = num.levels().get(lvl);
    if (l == null) {
      l = levels.get(lvl);
    }
    return l == null ? DEFAULT_LEVEL : l;
  }

  // ---------------------------------------------------------------- helpers

  private static String attr(XMLStreamReader x, String local) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals(local)) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  private static int intAttr(XMLStreamReader x, String local, int dflt) {
    String v = attr(x, local);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  /** An OOXML on/off value: absent means {@code dflt}; "0", "false", "off" mean off. */
  private static boolean isOn(String v, boolean dflt) {
    if (v == null) {
      return dflt;
    }
    return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
