package org.planscope.structure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Span;
import org.planscope.model.Warning;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.NumberingStyle;
import org.planscope.text.TextNormalizer;

/**
 * Goal and measure collection: the numbered items of a list node (主要目标 / 策略措施, or a
 * chapter) as runs split where the numbering restarts at 1, with warnings on gaps and disorder;
 * an item printed in another style that continues the numbering (1. 2. 3. （4） 5.) is taken
 * back into its list. Each item's text ends before its trailing unit note (（牵头单位：…）, a
 * 牵头单位：… line, 由X牵头，Y配合。), which the unit stage reads from the item's extent.
 * One instance per document.
 */
final class ItemCollector {
  /** A note after a list giving units by goal number: 上述目标中，第4、5项由…牵头. */
  static final Pattern RANGE_NOTE = Pattern.compile(
      "(?:(?:上述|以上)[^。\\n]{0,8}[，,]?)?第\\s*\\d{1,3}[^。\\n]{0,20}?项[^。\\n]{0,4}(?:由|的?牵头单位|责任单位)");

  private final StructureCues cues;
  private final String t;
  private final List<Warning> warnings;
  /** Items that end before a stray item taken out of them (see {@link #items(OutlineNode)}). */
  private final Map<OutlineNode, Integer> ends = new IdentityHashMap<>();

  private final UnitNotes notes;

  ItemCollector(StructureCues cues, String t, List<Warning> warnings) {
    this.cues = cues;
    this.t = t;
    this.warnings = warnings;
    this.notes = new UnitNotes(cues, t);
  }

  /** The list kind (GOAL_LIST / MEASURE_LIST) a cue or short numbered heading names, or null. */
  CueKind listKind(OutlineNode n) {
    // （二）策略措施（牵头单位：县卫健局）: the list heading without its unit note
    String h = UNIT_NOTE_AFTER.matcher(n.heading()).replaceFirst("");
    if (n.kind() == OutlineNode.Kind.CUE
        || (n.isNumbered() && (n.headingLine() || h.length() <= 8))) {
      return cues.listKind(h);
    }
    return null;
  }

  /** A note opened after a heading's words: （牵头单位：…）, 【责任单位：…】. */
  private static final Pattern UNIT_NOTE_AFTER = Pattern.compile("[（(【\\[][^）)】\\]]*$");

  List<OutlineNode> listCues(OutlineNode n) {
    List<OutlineNode> out = new ArrayList<>();
    for (OutlineNode c : n.children()) {
      if (listKind(c) != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The numbered children of a list node, in the style of the first one. An item printed in
   * another style that continues the numbering (1. 2. 3. （4） 5.) was nested under the item
   * before it; it is taken back into the list and the item before ends where it starts.
   */
  List<OutlineNode> items(OutlineNode list) {
    if (list.children().isEmpty() && (list.kind() == OutlineNode.Kind.CUE
        || list.isNumbered() && (list.headingLine() || listKind(list) != null))) {
      // 主要目标： or 一、工作目标 over paragraphs, or （二）主要目标。 run into them: each
      // sentence-ending paragraph an item
      List<OutlineNode> out = paragraphItems(list, listTextStart(list));
      return listKind(list) == CueKind.MEASURE_LIST ? TitledParagraphs.join(t, out) : out;
    }
    List<OutlineNode> kids = list.children();
    // 二、主要目标 over （一）总体目标。… （二）具体目标。 1. 2. 3.: the inner list of the same kind holds
    // the items; the heading's other paragraphs are its lead-in
    CueKind kind = listKind(list);
    List<OutlineNode> inner = new ArrayList<>();
    for (OutlineNode c : kids) {
      // (or 发展目标 over its 主要目标： cue and the cue's items)
      if (kind != null && listKind(c) == kind
          && (c.isNumbered() && !c.children().isEmpty() || c.kind() == OutlineNode.Kind.CUE)) {
        inner.addAll(items(c));
      }
    }
    if (!inner.isEmpty()) {
      return inner;
    }
    List<OutlineNode> out = new ArrayList<>();
    NumberingStyle style = null;
    for (int i = 0; i < kids.size(); i++) {
      OutlineNode c = kids.get(i);
      if (!c.isNumbered() || listKind(c) != null) {
        continue;
      }
      if (style == null) {
        style = c.style();
      }
      if (c.style() != style) {
        continue;
      }
      out.add(c);
      OutlineNode stray = strayItem(c, i + 1 < kids.size() ? kids.get(i + 1) : null);
      if (stray != null) {
        ends.put(c, trimEnd(c.head().start(), stray.head().start()));
        out.add(stray);
        warnings.add(new Warning("NUMBERING_STYLE_MIXED", "item " + stray.number()
            + " is numbered in another style than the items around it", stray.head(),
            List.of(stray.number())));
      }
    }
    if (!out.isEmpty() && out.get(0).ordinal() == 1 && kind == CueKind.MEASURE_LIST) {
      // 保障孕产妇安全分娩：…… / 【…】…, measures titled without numbers, some over （1）（2）: the
      // titled paragraphs are the measures, the numbered points their text
      List<OutlineNode> lead = paragraphItems(list, listTextStart(list), out.get(0).head().start());
      for (char mark : new char[] {'：', '】'}) {
        if (!lead.isEmpty() && lead.stream().allMatch(p -> TitledParagraphs.marked(t, p, mark))) {
          List<OutlineNode> all = paragraphItems(list, listTextStart(list));
          if (all.stream().filter(p -> TitledParagraphs.marked(t, p, mark)).count() >= 2) {
            return TitledParagraphs.join(t, all, mark);
          }
        }
      }
    }
    if (!out.isEmpty() && out.get(0).ordinal() > 1) {
      // the first items lost their numbers (a repost): 1. and 2. are paragraphs before 3.
      List<OutlineNode> lead = paragraphItems(list, listTextStart(list), out.get(0).head().start());
      if (lead.size() == out.get(0).ordinal() - 1) {
        out.addAll(0, lead);
      }
    }
    return out;
  }

  /**
   * Where a list heading's own items begin: after the heading alone on its line, or after the
   * colon of a heading glued to its text (策略措施：完善妇女健康服务体系……).
   */
  private int listTextStart(OutlineNode list) {
    if (list.headingLine()) {
      return list.head().end();
    }
    String head = list.head().in(t);
    int colon = Headings.headEnd(head);
    return colon >= 0 && "：:。".indexOf(head.charAt(colon)) >= 0
        ? list.head().start() + colon + 1 : list.head().end();
  }

  /**
   * The items of a list heading (主要目标：) over paragraphs with no numbers — numbering lost in a
   * repost, or never printed, or the list written on the heading's own line: each paragraph that
   * ends a sentence (or a unit note after one) is an item, counted from 1, and a unit line
   * (责任单位：…) belongs to the item above it. A paragraph that enumerates with 一是…二是…三是…
   * is one item per ordinal. A paragraph that stops before its sentence ends goes on into the
   * next (a line broken at a page's end). A table among the paragraphs (tab-separated rows) and
   * the caption above it are no items. Nothing when a paragraph ends in a colon (an
   * introduction) or the last one ends no sentence (a table's caption): then the paragraphs are
   * not a list.
   */
  private List<OutlineNode> paragraphItems(OutlineNode list, int from) {
    return paragraphItems(list, from, list.span().end());
  }

  /** A table's caption or lead-in line, with or without its table under it (表1 主要指标). */
  private boolean tableTitle(int a, int b) {
    String p = t.substring(a, b);
    return TableCaptions.isCaption(p, cues) || TableCaptions.isLeadIn(p);
  }

  private List<OutlineNode> paragraphItems(OutlineNode list, int from, int end) {
    List<OutlineNode> out = new ArrayList<>();
    int pending = -1; // where a paragraph broken before its sentence ends began
    boolean table = false;
    while (from < end) {
      Para para = para(from, end);
      int a = para.a();
      int b = para.b();
      int to = para.to();
      if (b > a && (tableRow(a, b) || isParagraphTitle(a, b) && tableRow(para(to + 1, end))
          || TABLE_NOTE.matcher(t).region(a, b).lookingAt() || tableTitle(a, b))) {
        // a table among the paragraphs, its caption and its note (注：〔 〕内为五年累计数): read as
        // a table — but a row that is number | item | units (序号 / 目标 / 牵头单位) is an item
        OutlineNode row = tableRow(a, b) ? rowItem(list, a, b, out.size() + 1) : null;
        if (row != null) {
          out.add(row);
        }
        table |= row == null;
        from = to + 1;
        continue;
      }
      if (b > a && !out.isEmpty() && unitLine(a, b)) {
        // the previous item's unit line (责任单位：县卫健委): part of its extent
        OutlineNode last = out.remove(out.size() - 1);
        out.add(new OutlineNode(last.kind(), null, last.level(), "", last.ordinal(),
            last.heading(), false, last.head(), last.content(), new Span(last.span().start(), b),
            List.of()));
      } else if (b > a && isParagraphTitle(a, b)) {
        // a title line over its paragraphs (完善妇女健康服务体系 / 健全……。): opens an item
        int close = titledItemEnd(to + 1, end);
        if (close < 0) {
          return List.of();
        }
        Span p = new Span(a, close);
        out.add(new OutlineNode(OutlineNode.Kind.NUMBERED, null, list.level() + 1, "",
            out.size() + 1, t.substring(a, b), true, new Span(a, b), new Span(a, close), p,
            List.of()));
        int next = t.indexOf('\n', close);
        to = next < 0 || next > end ? end : next;
      } else if (b > a) {
        if (!TextNormalizer.sentenceEnded(t, b, a)) {
          char last = t.charAt(b - 1);
          if ((last == '：' || last == ':') && out.isEmpty() && pending < 0) {
            from = to + 1; // the list's lead-in: 到2025年，……。主要目标是： over its items
            continue;
          }
          if (last == '：' || last == ':' || para(to + 1, end).b() <= to + 1) {
            return List.of(); // an introduction (…如下：) inside, or the list ends mid-sentence
          }
          // a paragraph broken before its sentence ends (a page's last line): the item goes on
          pending = pending < 0 ? a : pending;
          from = to + 1;
          continue;
        }
        if (pending >= 0) {
          a = pending;
          pending = -1;
        }
        List<Integer> cuts = ListPoints.ordinalCuts(t, a, b, listKind(list) == CueKind.GOAL_LIST);
        for (int k = 0; k < cuts.size(); k++) {
          int ps = cuts.get(k);
          int pe = k + 1 < cuts.size() ? trimEnd(ps, cuts.get(k + 1)) : b;
          if (pe - ps > MAX_PARAGRAPH_ITEM) {
            return List.of();
          }
          String number = ListPoints.ordinalAt(t, ps) ? t.substring(ps, ps + 2) : "";
          Span p = new Span(ps, pe);
          Matcher bullet = BULLET.matcher(t).region(ps + number.length(), pe);
          Span content = new Span(bullet.lookingAt() ? bullet.end() : ps + number.length(), pe);
          out.add(new OutlineNode(OutlineNode.Kind.NUMBERED, null, list.level() + 1, number,
              out.size() + 1, Headings.firstSentence(content.in(t)), false, p, content, p,
              List.of()));
        }
      }
      from = to + 1;
    }
    return ListPoints.withoutLeadIn(t, out, table);
  }

  /**
   * A paragraph that titles the paragraphs under it in a list without numbers: short, no
   * sentence or clause punctuation, no colon at its end (the bold 完善妇女健康服务体系 of a
   * repost whose numbers were lost).
   */
  private boolean isParagraphTitle(int a, int b) {
    if (b - a > MAX_PARAGRAPH_TITLE || TextNormalizer.sentenceEnded(t, b, a)) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if ("。；;，,！!？?：:\t".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static final int MAX_PARAGRAPH_TITLE = 30;

  /** A bullet before an item without a number: ——养老服务供给更加充足。 */
  private static final Pattern BULLET = Pattern.compile("(?:——|[●•◆◇■□▪★☆])[ \u3000]*");

  /**
   * Where the item a paragraph title opens ends: after the sentence paragraphs that follow it,
   * up to the next title or the list's end; -1 when no sentence paragraph follows it, or a
   * paragraph that is neither follows (then the paragraphs are not a list).
   */
  private int titledItemEnd(int from, int end) {
    int close = -1;
    while (from < end) {
      Para p = para(from, end);
      if (p.b() > p.a()) {
        if (isParagraphTitle(p.a(), p.b())) {
          break;
        }
        boolean unit = close >= 0 && unitLine(p.a(), p.b());
        if (!unit && (!TextNormalizer.sentenceEnded(t, p.b(), p.a())
            || p.b() - p.a() > MAX_PARAGRAPH_ITEM)) {
          return -1;
        }
        close = p.b();
      }
      from = p.to() + 1;
    }
    return close;
  }

  /**
   * A table row that is a list's item: a number in its first cell, the item's words in the
   * second, and only names after them (units, no figures); null for any other row.
   */
  private OutlineNode rowItem(OutlineNode list, int a, int b, int ordinal) {
    String[] cells = t.substring(a, b).split("\t", -1);
    if (cells.length < 3 || !cells[0].strip().matches("\\d{1,3}[.．、]?")
        || cells[1].strip().length() < 4 || ValueTables.holdsValues(t, a)) {
      return null;
    }
    for (int k = 2; k < cells.length; k++) {
      // units, or a deadline (2025年底); a figure makes it a table of values, not a list
      String c = ValueTables.DEADLINE.matcher(cells[k]).replaceAll("");
      if (c.chars().anyMatch(Character::isDigit) || cells[k].strip().length() > 40) {
        return null;
      }
    }
    int cs = a + cells[0].length() + 1;
    while (cs < b && Character.isWhitespace(t.charAt(cs))) {
      cs++;
    }
    Span content = new Span(cs, trimEnd(cs, cs + cells[1].strip().length()));
    Span row = new Span(a, b);
    return new OutlineNode(OutlineNode.Kind.NUMBERED, null, list.level() + 1,
        cells[0].strip(), ordinal, Headings.firstSentence(content.in(t)), false, content, content,
        row, List.of());
  }

  private boolean tableRow(int a, int b) {
    return t.indexOf('\t', a) >= 0 && t.indexOf('\t', a) < b;
  }

  private boolean tableRow(Para p) {
    return p.b() > p.a() && tableRow(p.a(), p.b());
  }

  /** One line of a list's text: its trimmed extent {@code [a, b)}, and where the line ends. */
  private record Para(int a, int b, int to) {}

  private Para para(int from, int end) {
    int nl = t.indexOf('\n', from);
    int to = nl < 0 || nl > end ? end : nl;
    int a = from;
    while (a < to && Character.isWhitespace(t.charAt(a))) {
      a++;
    }
    return new Para(a, trimEnd(a, to), to);
  }

  /** A unit line (责任单位：县卫健委, （牵头单位：…）): part of the item above it. */
  private boolean unitLine(int a, int b) {
    int s = a < b && (t.charAt(a) == '（' || t.charAt(a) == '(') ? a + 1 : a;
    return cues.prefix(CueKind.UNIT_ROLE, t.substring(s, b)) != null;
  }

  /** A note under a table: 注：〔 〕内为五年累计数, 备注：…, 说明1： */
  private static final Pattern TABLE_NOTE = Pattern.compile("[ \u3000]*(?:注|备注|说明)\\s*\\d?\\s*[：:]");

  /** Longer paragraphs are prose, not an item of a list. */
  private static final int MAX_PARAGRAPH_ITEM = 1500;

  /** A child of {@code item} numbered in another style that continues the item's list. */
  private OutlineNode strayItem(OutlineNode item, OutlineNode next) {
    OutlineNode last = null;
    for (OutlineNode k : item.children()) {
      if (k.isNumbered()) {
        if (last != null || k.ordinal() != item.ordinal() + 1) {
          return null; // a real sub-list has several items, starting at 1
        }
        last = k;
      }
    }
    if (last == null || last.style() == item.style() || !last.children().isEmpty()) {
      return null;
    }
    boolean continues = next == null || !next.isNumbered() || next.style() != item.style()
        || next.ordinal() == item.ordinal() + 2;
    return continues ? last : null;
  }

  /** Splits a numbered list where its numbering restarts at 1; warns about gaps. */
  List<List<OutlineNode>> runs(List<OutlineNode> items) {
    List<List<OutlineNode>> runs = new ArrayList<>();
    List<OutlineNode> run = null;
    int prev = 0;
    for (OutlineNode n : items) {
      if (run == null || (n.ordinal() == 1 && prev >= 1)) {
        run = new ArrayList<>();
        runs.add(run);
        prev = 0;
      }
      if (n.ordinal() > prev + 1 && !(prev == 0 && n.style() == NumberingStyle.ARTICLE)) {
        warnings.add(new Warning("NUMBERING_GAP", "number " + n.number() + " follows "
            + (prev == 0 ? "nothing" : String.valueOf(prev)), n.head(),
            prev == 0 ? List.of(n.number()) : List.of(n.number(), String.valueOf(prev))));
      } else if (n.ordinal() <= prev) {
        warnings.add(new Warning("NUMBERING_OUT_OF_ORDER", "number " + n.number()
            + " follows " + prev, n.head(), List.of(n.number(), String.valueOf(prev))));
      }
      run.add(n);
      prev = n.ordinal();
    }
    return runs;
  }

  /** The items of a list; articles (第六条 …) are numbered by their place in it. */
  List<Item> items(ItemKind kind, List<OutlineNode> nodes) {
    List<Item> out = new ArrayList<>(nodes.size());
    for (OutlineNode n : nodes) {
      Item i = item(kind, n);
      out.add(n.style() != NumberingStyle.ARTICLE ? i : new Item(kind, out.size() + 1, i.number(),
          i.title(), i.text(), i.span(), i.extent(), i.targets(), i.units()));
    }
    return out;
  }

  /** A box's heading line (专栏1 妇幼健康重点工程, 【专栏2】…): a box printed inside the text. */
  private static final Pattern BOX = Pattern.compile("\n[ \t\u3000]*" + CueLines.BOX_HEAD);

  /**
   * A plan's title line (湘潭县儿童发展规划（2021—2030年）, …“十四五”…规划): where a second plan in the
   * same file, or an annexed one, begins; no item runs on into it.
   */
  static final Pattern PLAN_TITLE = Pattern.compile("\n[ \t\u3000]*"
      + "(?![（(\\d０-９①-⑳]|[一二三四五六七八九十]+、)(?:" // not a numbered line
      + "[^\n。；;！!？?：:，,]{2,50}?(?:规划|纲要|方案|计划)[ \t\u3000]*[（(][^\n）)]*"
      + "(?:\\d{4}|[〇零一二三四五六七八九]{4})[^\n）)]*[）)]"
      + "|[^\n。；;！!？?：:，,]{0,30}十[一二三四五六七八九]五[^\n。；;！!？?：:，,]{0,30}"
      + "(?:规划|纲要|方案|计划))[ \t\u3000]*(?=\n|$)");

  /**
   * Where another plan's title line begins in {@code [start, stop)}, else {@code stop}: the line
   * before it ends a sentence and the line after it opens a part of a plan (一、…, 第一章…) or
   * speaks of one (为…，制定本规划。). A running header a page break left inside a sentence is no
   * such line.
   */
  private int secondPlan(int start, int stop) {
    Matcher plan = PLAN_TITLE.matcher(t).region(start, stop);
    while (plan.find()) {
      int before = plan.start();
      while (before > start && Character.isWhitespace(t.charAt(before - 1))) {
        before--;
      }
      int after = plan.end();
      while (after < t.length() && Character.isWhitespace(t.charAt(after))) {
        after++;
      }
      int eol = t.indexOf('\n', after);
      String next = t.substring(after, eol < 0 ? t.length() : eol);
      if ((before == start || "。；;！!？?".indexOf(t.charAt(before - 1)) >= 0)
          && (org.planscope.text.Numbering.parse(next) != null || PLAN_WORD.matcher(next).find())) {
        return plan.start();
      }
    }
    return stop;
  }

  private static final Pattern PLAN_WORD = Pattern.compile("规划|纲要|方案|计划");

  private Item item(ItemKind kind, OutlineNode n) {
    Span extent = ends.containsKey(n) ? new Span(n.span().start(), ends.get(n)) : n.span();
    int start = n.content().start();
    Matcher box = BOX.matcher(t).region(start, extent.end());
    // a box after the item's text (a 十四五 plan's 专栏 of projects) is not the item's text
    int stop = box.find() ? box.start() : extent.end();
    int end = notes.end(start, secondPlan(start, stop));
    int tab = t.indexOf('\t', start);
    if (tab >= 0 && tab < end) {
      end = trimEnd(start, tab); // an item read from a table row: its cell, not the units after
    }
    Span span = new Span(start, Math.max(start, end));
    String body = span.in(t);
    // the title paragraph over an unnumbered item's paragraphs is its title (完善妇女健康服务体系 /
    // 健全……。); a numbered item's first line only when it reads as a title line, it may be a
    // wrapped sentence's first half
    int nl = body.indexOf('\n');
    String title = nl > 0 && (n.number().isEmpty() && n.headingLine()
        || Headings.titleLine(body.substring(0, nl), body.substring(nl + 1),
            HanLpSegmenter.shared()))
        ? Headings.bare(body.substring(0, nl)) : Headings.firstSentence(body);
    return new Item(kind, n.ordinal(), n.number(), title, body, span, extent, List.of(),
        List.of());
  }

  int trimEnd(int start, int end) {
    return UnitNotes.trimEnd(t, start, end);
  }

}
