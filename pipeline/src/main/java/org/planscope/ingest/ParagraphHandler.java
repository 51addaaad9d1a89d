package org.planscope.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.planscope.model.BlockKind;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML SAX events into blocks: one per {@code p}, {@code h1}–{@code h6}, {@code
 * li}, line inside a paragraph, and table row (cells joined by tabs, one per column: see {@link
 * HtmlTableCells}).
 *
 * <p>Web pages: page furniture is dropped — {@code script}, {@code style}, {@code nav}, {@code
 * aside}, forms, elements whose role, id or class says navigation, header, footer, sidebar,
 * breadcrumb, share, copyright …, and short blocks that are nothing but links. When the page marks
 * its article ({@code article}, {@code main}, role main, or an id/class such as {@code content},
 * {@code article}, {@code zoom}), only the article is kept. Ordered list items get their number
 * ({@code 1.}, {@code a.}, {@code i.} by the list's type and start) as label and text prefix.
 *
 * <p>PDF: each {@code div class="page"} starts a new page (written as {@code \f}); the
 * bookmarks outline (a list: PDF text itself has none) and annotations Tika appends are dropped.
 */
final class ParagraphHandler extends DefaultHandler {
  private static final Set<String> NOISE_ELEMENTS = Set.of("script", "style", "nav", "aside",
      "noscript", "form", "select", "button", "iframe", "template", "svg", "menu", "head",
      "object", "embed", "canvas");
  /** Header and footer elements are furniture outside the article, a title or byline inside. */
  private static final Set<String> EDGE_ELEMENTS = Set.of("header", "footer");
  private static final Set<String> NOISE_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "menu", "menubar", "toolbar");
  private static final Set<String> NOISE_TOKENS = Set.of("nav", "navbar", "navigation", "menu",
      "header", "footer", "foot", "sidebar", "side", "aside", "breadcrumb", "breadcrumbs", "crumb",
      "crumbs", "share", "copyright", "banner", "toolbar", "pagination", "pager", "related",
      "comment", "comments", "ad", "ads", "advert", "login", "search", "links", "friendlink",
      "location", "position", "topbar", "bottom", "qrcode", "print", "skip");
  /** Furniture that pages put inside the article too. */
  private static final Set<String> ARTICLE_NOISE_TOKENS = Set.of("share", "comment", "comments",
      "related", "print", "qrcode", "pagination", "pager", "ad", "ads", "advert", "toolbar");
  private static final Set<String> CONTENT_TOKENS = Set.of("article", "content", "zoom",
      "trs_editor", "detail", "maincontent", "main", "post", "entry", "text", "body");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^A-Za-z0-9_]+|(?<=[a-z])(?=[A-Z])|_");
  /** A block made of links only and shorter than this is a navigation entry. */
  private static final int MAX_LINK_BLOCK = 40;

  /** A block waiting for the end of the document, with where it was found. */
  record Pending(BlockKind kind, int level, String label, String text, boolean page,
      int strongRoot, int weakRoot, boolean itemStart) {}

  /** What an open element contributed, undone when it closes. */
  private record Open(String name, boolean skip, boolean edgeKept, boolean strongRoot,
      boolean weakRoot, boolean link) {}

  private final BlockBuilder out;
  private final boolean pdf;
  private final boolean web;
  /** The list numbers its word processor shows (RTF, .doc); null for other formats. */
  private final ListLabels listLabels;
  private boolean itemStart;
  private final List<Pending> pending = new ArrayList<>();
  private final Deque<Open> stack = new ArrayDeque<>();
  private final Deque<int[]> lists = new ArrayDeque<>(); // {ordered?1:0, next, type char}
  private final StringBuilder current = new StringBuilder();
  private int linkChars;
  private BlockKind kind = BlockKind.PARAGRAPH;
  private int level;
  private String label;
  private int skipDepth;
  private int strongDepth;
  private int weakDepth;
  private int linkDepth;
  private int liDepth;
  private boolean inRow;
  private int cellDepth;
  private final HtmlTableCells cells = new HtmlTableCells();
  private boolean pageBreak;
  private int pages;
  /** The most a paragraph holds before a bold run that opens it: spaces and a list label. */
  private static final int MAX_LEAD = 16;
  /** Where a bold run that opens the paragraph began, or -1. */
  private int boldFrom = -1;
  /** Where such a run ended, while nothing has been written after it; else -1. */
  private int boldEnd = -1;

  /**
   * {@code web}: a web page, whose ids and classes may mark furniture and the article; in a word
   * processor's file a class is a paragraph style's name (Text Body), which marks nothing.
   * {@code listLabels}: the file's list numbers as its word processor shows them, or null.
   */
  ParagraphHandler(BlockBuilder out, boolean pdf, boolean web, ListLabels listLabels) {
    this.out = out;
    this.pdf = pdf;
    this.web = web;
    this.listLabels = listLabels;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    boolean skip = isNoise(name, atts);
    boolean strong = !skip && (name.equals("article") || name.equals("main")
        || "main".equalsIgnoreCase(atts.getValue("role"))
        || "article".equalsIgnoreCase(atts.getValue("role")));
    boolean weak = !skip && !strong && web && hasToken(atts, CONTENT_TOKENS);
    boolean link = name.equals("a");
    if (skip || strong || weak) {
      flush();
    }
    stack.push(new Open(name, skip, false, strong, weak, link));
    if (skip) {
      skipDepth++;
      return;
    }
    if (strong) {
      strongDepth++;
    }
    if (weak) {
      weakDepth++;
    }
    if (link) {
      linkDepth++;
    }
    if (skipDepth > 0) {
      return;
    }
    switch (name) {
      case "div" -> {
        if (pdf && "page".equals(atts.getValue("class"))) {
          flush();
          if (pages++ > 0) {
            pageBreak = true;
          }
        } else if (!inRow) {
          startParagraph();
        }
      }
      case "p", "blockquote", "pre", "dd", "dt", "section", "center" -> {
        if (!inRow) {
          startParagraph();
        } else if (!current.isEmpty() && "\t\n".indexOf(current.charAt(current.length() - 1)) < 0) {
          current.append('\n'); // a second paragraph in a cell starts a line, as <br> does
        }
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        flush();
        kind = BlockKind.HEADING;
        level = name.charAt(1) - '0';
      }
      case "ol" -> lists.push(new int[] {1, start(atts), HtmlLists.type(atts)});
      case "ul" -> lists.push(new int[] {0, 1, 0});
      case "li" -> startListItem(atts);
      case "table" -> cells.startTable();
      case "tr" -> {
        layoutRow();
        flush();
        inRow = true;
        cellDepth = 0; // a table inside a layout cell counts its own cells
        kind = BlockKind.TABLE_ROW;
        cells.startRow();
      }
      case "td", "th" -> {
        cellDepth++;
        cells.startCell(atts.getValue("rowspan"), atts.getValue("colspan"), current);
      }
      case "br" -> current.append('\n');
      case "b", "strong" -> {
        if (current.length() <= MAX_LEAD && (current.toString().isBlank()
            || label != null && current.toString().strip().equals(label)
            || RunInTitle.listNumber(current))) {
          boldFrom = current.length(); // bold opens the paragraph (after its list number)
        }
      }
      default -> {}
    }
  }

  /**
   * Before text that follows a bold run opening its paragraph: a space when the run is a run-in
   * title ({@link RunInTitle}).
   */
  private void runInTitleEnd(char first) {
    if (boldEnd < 0 || boldEnd != current.length()) {
      boldEnd = -1;
      boldFrom = -1;
      return;
    }
    String title = current.substring(boldFrom, boldEnd);
    boldEnd = -1;
    boldFrom = -1;
    if (RunInTitle.needsSpace(title, first)) {
      current.append(org.planscope.text.RunInTitles.GAP);
    }
  }

  /** A list item: numbered as the browser shows it when its list is ordered ({@code value}). */
  private void startListItem(Attributes atts) {
    flush();
    liDepth++;
    kind = BlockKind.LIST_ITEM;
    level = Math.max(0, lists.size() - 1);
    itemStart = true;
    int[] list = lists.peek();
    if (list != null && list[0] == 1 && (listLabels == null || !listLabels.numbersItems())) {
      String value = atts.getValue("value");
      if (value != null) {
        try {
          list[1] = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
          // keep counting
        }
      }
      label = HtmlLists.label(list[1]++, (char) list[2]);
      if (label != null) {
        current.append(label);
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    Open open = stack.isEmpty() ? null : stack.pop();
    if (open != null && open.skip()) {
      skipDepth--;
      return;
    }
    if (skipDepth == 0) {
      switch (name) {
        case "p", "div", "blockquote", "pre", "dd", "dt", "section", "center", "h1", "h2", "h3",
            "h4", "h5", "h6" -> {
          if (!inRow) {
            flush();
          }
        }
        case "li" -> {
          flush();
          liDepth = Math.max(0, liDepth - 1);
        }
        case "ol", "ul" -> {
          if (!lists.isEmpty()) {
            lists.pop();
          }
        }
        case "table" -> cells.endTable();
        case "tr" -> {
          if (inRow) {
            cells.endRow(current);
          }
          layoutRow();
          flush();
          inRow = false;
          cellDepth = 0;
        }
        case "td", "th" -> {
          cellDepth = Math.max(0, cellDepth - 1);
          cells.endCell(inRow, current);
        }
        case "b", "strong" -> {
          if (boldFrom >= 0) {
            boldEnd = current.length() > boldFrom ? current.length() : -1;
            boldFrom = boldEnd < 0 ? -1 : boldFrom;
          }
        }
        default -> {}
      }
    }
    if (open != null) {
      if (open.strongRoot() || open.weakRoot()) {
        if (inRow) {
          layoutRow(); // <td class="content"> beside a sidebar cell: the article, flushed here
        }
        flush();
      }
      if (open.strongRoot()) {
        strongDepth--;
      }
      if (open.weakRoot()) {
        weakDepth--;
      }
      if (open.link()) {
        linkDepth--;
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inRow && cellDepth == 0) {
      return; // Tika's tabs between cells; the handler writes its own
    }
    if (skipDepth == 0) {
      if (boldEnd >= 0 && length > 0) {
        runInTitleEnd(ch[start]);
      }
      current.append(ch, start, length);
      if (linkDepth > 0) {
        for (int i = start; i < start + length; i++) {
          if (!Character.isWhitespace(ch[i])) {
            linkChars++;
          }
        }
      }
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    characters(ch, start, length);
  }

  @Override
  public void endDocument() {
    flush();
    if (listLabels != null) {
      listLabels.apply(pending);
    }
    boolean anyStrong = pending.stream().anyMatch(p -> p.strongRoot() > 0);
    boolean anyWeak = pending.stream().anyMatch(p -> p.weakRoot() > 0);
    for (Pending p : pending) {
      if (p.page()) {
        out.pageBreak();
      }
      if (anyStrong ? p.strongRoot() > 0 : !anyWeak || p.weakRoot() > 0) {
        out.add(p.kind(), p.level(), p.label(), p.text());
      }
    }
  }

  /**
   * A row of one cell is a page's layout, not data: an article set in a table (old government
   * sites put the whole plan in one {@code <td>}) is paragraphs, as it is shown; so is a title
   * row whose one cell spans the table's columns. A box the plan
   * draws as a one-cell table (专栏1 儿童健康促进行动 …, its own numbered list) stays apart from
   * the outline, as before.
   */
  private void layoutRow() {
    if (!inRow || kind != BlockKind.TABLE_ROW || current.toString().stripLeading().startsWith("专栏")) {
      return;
    }
    if (cells.oneCell()) {
      kind = BlockKind.PARAGRAPH;
    } else if (HtmlTableCells.holdsArticle(current)) {
      // a sidebar cell beside the article's cell: page layout, each cell's lines are paragraphs
      HtmlTableCells.cellsToLines(current);
      kind = BlockKind.PARAGRAPH;
    }
  }

  private void startParagraph() {
    if (liDepth > 0 && kind == BlockKind.LIST_ITEM) {
      // a paragraph inside a list item continues the item
      if (current.toString().strip().equals(label == null ? "" : label)) {
        return;
      }
      flush();
      kind = BlockKind.LIST_ITEM;
      level = Math.max(0, lists.size() - 1);
      return;
    }
    flush();
    kind = BlockKind.PARAGRAPH;
  }

  private void flush() {
    boldFrom = -1;
    boldEnd = -1;
    String s = current.toString();
    int links = linkChars;
    current.setLength(0);
    linkChars = 0;
    boolean first = true;
    // a <br> or a PDF line end inside a paragraph ends a line of its own
    for (String line : s.split("\n", -1)) {
      // a row keeps its empty first and last cells: the tabs place the cells in their columns
      String text = kind == BlockKind.TABLE_ROW ? HtmlTableCells.strip(line) : line.strip();
      if (text.isBlank()) {
        continue;
      }
      if (!pdf && strongDepth == 0 && weakDepth == 0 && isLinkOnly(text, links)) {
        continue;
      }
      String lbl = first ? label : null;
      if (lbl != null && itemStart && HtmlLists.typed(text, lbl)) {
        text = text.substring(lbl.length()).strip(); // the item prints its own number
        lbl = null;
      }
      pending.add(new Pending(kind, level, lbl, text, pageBreak, strongDepth, weakDepth,
          first && itemStart));
      pageBreak = false;
      first = false;
      itemStart = false;
    }
    if (!inRow) {
      kind = liDepth > 0 ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
      level = liDepth > 0 ? Math.max(0, lists.size() - 1) : 0;
    }
    label = null;
  }

  private static boolean isLinkOnly(String text, int linkChars) {
    if (linkChars == 0 || text.length() > MAX_LINK_BLOCK) {
      return false;
    }
    int visible = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        visible++;
      }
    }
    return linkChars >= visible;
  }

  private boolean isNoise(String name, Attributes atts) {
    if (NOISE_ELEMENTS.contains(name)) {
      return true;
    }
    if (pdf) {
      // a PDF's text is paragraphs in page divs; Tika appends the bookmarks outline as a bare list
      // (or in an outline div) and the annotations after the last page
      String cls = atts.getValue("class");
      return name.equals("div") && ("outline".equals(cls) || "annotation".equals(cls))
          || name.equals("ul") || name.equals("ol");
    }
    if (!web) {
      return false;
    }
    boolean inArticle = strongDepth > 0;
    if (EDGE_ELEMENTS.contains(name)) {
      return !inArticle;
    }
    String role = atts.getValue("role");
    if (role != null && NOISE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (inArticle) {
      return hasToken(atts, ARTICLE_NOISE_TOKENS);
    }
    return hasToken(atts, NOISE_TOKENS) && !hasToken(atts, CONTENT_TOKENS);
  }

  private static boolean hasToken(Attributes atts, Set<String> tokens) {
    for (String attr : new String[] {"id", "class"}) {
      String v = atts.getValue(attr);
      if (v == null || v.isEmpty()) {
        continue;
      }
      if (tokens.contains(v.toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (String t : TOKEN_SPLIT.split(v)) {
        if (!t.isEmpty() && tokens.contains(t.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int start(Attributes atts) {
    String s = atts.getValue("start");
    try {
      return s == null ? 1 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
