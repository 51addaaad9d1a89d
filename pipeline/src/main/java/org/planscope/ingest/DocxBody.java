package org.planscope.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.planscope.model.BlockKind;

/**
 * Reads {@code word/document.xml} into blocks, one pass with StAX: paragraphs numbered and
 * classified by {@link DocxNumbering}, runs ({@code w:t}, tabs, breaks), tables (one block per row
 * of the outermost table, cells joined by tabs), text boxes, content controls, hyperlinks, simple
 * and complex field results, inserted text. A cell merged across columns ({@code w:gridSpan}) is
 * followed by an empty cell per column it spans, as a cell merged down ({@code w:vMerge}) is
 * written empty in the rows it covers, so every row has a cell per grid column. Skipped: deleted and moved-away text, hidden runs,
 * field instructions, the fallback copy of alternate content, tables of contents, headers,
 * footers and notes. One instance per document.
 */
final class DocxBody {
  private static final Set<String> SKIPPED_SUBTREES =
      Set.of("del", "moveFrom", "instrText", "delInstrText", "Fallback", "footnoteReference",
          "endnoteReference", "commentReference",
          // a tracked change's old properties (the list number or bold before the change)
          "pPrChange", "rPrChange", "numberingChange", "tblPrChange", "trPrChange", "tcPrChange");

  /** A paragraph being read: its properties and text. */
  private static final class Para {
    final StringBuilder text = new StringBuilder();
    String style;
    String numId;
    Integer ilvl;
    Integer outline;
    boolean pageBreakBefore;
    /** The paragraph mark is a tracked deletion: the text joins the next paragraph. */
    boolean markDeleted;
    /** 0 before the first text, 1 while every run so far is bold, 2 after. */
    int lead;
  }

  private final DocxNumbering numbering;
  private final BlockBuilder out;
  private final Deque<Para> paras = new ArrayDeque<>();
  private int skip; // depth inside a skipped subtree
  /** A paragraph whose mark was deleted, to be joined to the next one. */
  private Para joining;
  private int tableDepth;
  private StringBuilder row; // the outermost table row being read
  private int cellsInRow;
  /** The columns the outermost table's open cell spans (w:gridSpan). */
  private int cellSpan = 1;
  private boolean inPPr;
  private boolean inRPr;
  private boolean hiddenRun;
  private boolean boldRun;

  DocxBody(DocxNumbering numbering, BlockBuilder out) {
    this.numbering = numbering;
    this.out = out;
  }

  void read(byte[] xml) throws XMLStreamException {
    XMLStreamReader x = Stax.reader(xml);
    try {
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = x.getLocalName();
          if (skip > 0 || SKIPPED_SUBTREES.contains(name)) {
            if (skip == 0 && inPPr && inRPr && !paras.isEmpty()
                && (name.equals("del") || name.equals("moveFrom"))) {
              paras.peek().markDeleted = true;
            }
            skip++;
          } else {
            start(x, name);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (skip > 0) {
            skip--;
          } else {
            end(x.getLocalName());
          }
        }
      }
    } finally {
      x.close();
    }
  }

  private void start(XMLStreamReader x, String name) throws XMLStreamException {
    Para p = paras.peek();
    switch (name) {
      case "p" -> paras.push(new Para());
      case "pPr" -> inPPr = true;
      case "rPr" -> inRPr = true;
      case "r" -> {
        hiddenRun = false;
        boldRun = false;
      }
      case "b" -> boldRun = inRPr && !inPPr && Stax.isOn(Stax.attr(x, "val"), true);
      case "rStyle" -> boldRun |= inRPr && !inPPr
          && numbering.boldCharacterStyle(Stax.attr(x, "val"));
      case "vanish", "webHidden" -> {
        if (inRPr && !inPPr && Stax.isOn(Stax.attr(x, "val"), true)) {
          hiddenRun = true;
        }
      }
      case "pStyle", "numId", "ilvl", "outlineLvl", "pageBreakBefore" -> {
        if (p != null && inPPr) {
          property(x, name, p);
        }
      }
      case "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym" -> {
        if (p != null) {
          content(x, name, p);
        }
      }
      case "tbl", "tr", "tc" -> table(name);
      case "gridSpan" -> {
        if (tableDepth == 1 && row != null) {
          cellSpan = Math.max(1, Math.min(64, Stax.intAttr(x, "val", 1)));
        }
      }
      default -> {}
    }
  }

  /** A paragraph property. */
  private static void property(XMLStreamReader x, String name, Para p) {
    switch (name) {
      case "pStyle" -> p.style = Stax.attr(x, "val");
      case "numId" -> p.numId = Stax.attr(x, "val");
      case "ilvl" -> p.ilvl = Stax.intAttr(x, "val", 0);
      case "outlineLvl" -> p.outline = Stax.intAttr(x, "val", 9);
      case "pageBreakBefore" -> {
        if (Stax.isOn(Stax.attr(x, "val"), true)) {
          p.pageBreakBefore = true;
        }
      }
      default -> {}
    }
  }

  /** Text inside a paragraph: a run's text, a tab, a break, a hyphen, a symbol. */
  private void content(XMLStreamReader x, String name, Para p) throws XMLStreamException {
    switch (name) {
      case "t" -> {
        String s = x.getElementText();
        if (!hiddenRun && !s.isEmpty()) {
          if (p.lead == 1 && !boldRun && RunInTitle.needsSpace(p.text.toString(), s.charAt(0))) {
            // 1.完善妇女健康服务体系 in bold, then 加强…: a run-in title
            p.text.append(org.planscope.text.RunInTitles.GAP);
          }
          // a typed list number before the bold title (2. then 完善… in bold) keeps it opening
          p.lead = p.lead == 0 && !boldRun && RunInTitle.listNumber(s) ? 0
              : p.lead == 0 && boldRun || p.lead == 1 && boldRun ? 1 : 2;
          p.text.append(s);
        }
      }
      case "tab", "ptab" -> {
        if (!inPPr && !hiddenRun) {
          p.text.append('\t');
        }
      }
      case "br", "cr" -> {
        if (!hiddenRun) {
          lineBreak(x, p);
        }
      }
      case "noBreakHyphen" -> p.text.append('-');
      case "sym" -> symbol(Stax.attr(x, "char"), p);
      default -> {}
    }
  }

  /** A page break ends the block (the rest of the paragraph is not numbered again). */
  private void lineBreak(XMLStreamReader x, Para p) {
    if ("page".equals(Stax.attr(x, "type")) && p.text.toString().isBlank()) {
      if (row == null) {
        out.pageBreak(); // a break before the paragraph's text: the number is the text's
      }
    } else if ("page".equals(Stax.attr(x, "type"))) {
      emit(p);
      p.text.setLength(0);
      p.numId = "0";
      if (row == null) {
        out.pageBreak();
      }
    } else {
      p.text.append('\n');
    }
  }

  private static void symbol(String c, Para p) {
    if (c == null) {
      return;
    }
    try {
      int cp = Integer.parseInt(c, 16);
      if (cp < 0xE000 || cp > 0xF8FF) {
        p.text.appendCodePoint(cp);
      }
    } catch (NumberFormatException e) {
      // not a symbol we can render
    }
  }

  /** Tables: only the outermost one makes rows; a nested table's text joins its cell. */
  private void table(String name) {
    switch (name) {
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
        if (tableDepth == 1) {
          cellSpan = 1;
        }
      }
      default -> {}
    }
  }

  private void end(String name) {
    switch (name) {
      case "pPr" -> inPPr = false;
      case "rPr" -> inRPr = false;
      case "r" -> hiddenRun = false;
      case "p" -> {
        Para p = paras.pop();
        if (p.markDeleted) {
          // a deleted paragraph mark (an accepted change): an emptied paragraph is gone, and
          // numbers nothing; the text of one cut in two joins the next
          joining = p.text.toString().isBlank() ? joining : p;
          return;
        }
        if (joining != null) {
          p.text.insert(0, joining.text);
          p.numId = joining.numId != null ? joining.numId : p.numId;
          p.ilvl = joining.numId != null ? joining.ilvl : p.ilvl;
          p.style = joining.style != null ? joining.style : p.style;
          joining = null;
        }
        if (p.pageBreakBefore && row == null) {
          out.pageBreak();
        }
        emit(p);
      }
      case "tbl" -> tableDepth--;
      case "tc" -> {
        // a cell merged across columns: an empty cell for each other column it spans
        for (; tableDepth == 1 && row != null && cellSpan > 1; cellSpan--) {
          row.append('\t');
          cellsInRow++;
        }
      }
      case "tr" -> {
        if (tableDepth == 1 && row != null) {
          out.add(BlockKind.TABLE_ROW, 0, null, row.toString().replace('\n', ' '));
          row = null;
        }
      }
      default -> {}
    }
  }

  /** Numbers, classifies and writes one paragraph (into the table row when inside one). */
  private void emit(Para p) {
    DocxNumbering.Style style = numbering.style(p.style);
    if (style != null && style.name() != null
        && style.name().toLowerCase(Locale.ROOT).startsWith("toc ")) {
      return; // a table of contents repeats the headings with page numbers
    }
    String label = null;
    String suffix = "";
    boolean numbered = false;
    String[] rendered = numbering.label(p.numId, p.ilvl, p.style);
    if (rendered != null) {
      numbered = true;
      label = rendered[0];
      suffix = rendered[1];
    }
    String body = p.text.toString();
    if (body.isBlank() && (row == null || label == null || label.isEmpty())) {
      return; // (a table's 序号 cell numbered by Word holds its number alone: kept)
    }
    String text = label == null || label.isEmpty() ? body : label + suffix + body;
    if (label != null && label.isEmpty()) {
      label = null;
    }
    if (row != null) {
      if (row.length() > 0 && row.charAt(row.length() - 1) != '\t') {
        row.append(' ');
      }
      row.append((body.isBlank() ? label : text).replace('\t', ' '));
      return;
    }
    int heading = numbering.headingLevel(p.style, p.outline);
    BlockKind kind = heading > 0 ? BlockKind.HEADING
        : numbered ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
    int level = heading > 0 ? heading : numbered ? Math.max(0, numbering.ilvl(p.style, p.ilvl)) : 0;
    // a soft line break inside a Word paragraph is layout, not a new paragraph
    out.add(kind, level, label, text.replace('\n', ' '));
  }
}
