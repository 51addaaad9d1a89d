package org.planscope.structure;

import org.planscope.text.Numbering;
import org.planscope.text.NumberingStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.PlanText;
import org.planscope.model.Section;
import org.planscope.model.SectionKind;
import org.planscope.model.Span;
import org.planscope.model.Warning;

/**
 * A {@link PlanText} in, a {@link PlanStructure} out: the {@link OutlineParser outline}, then
 * domains (headings that name a development area, or headings over 主要目标 / 策略措施 lists),
 * their numbered goals and measures, key projects, the chapters later stages read (组织实施,
 * 监测评估), and the metadata ({@link MetadataReader}). Items whose domain heading was lost are
 * placed by the {@link DomainClassifier}.
 *
 * <p>Thread-safe; build once and share.
 */
public final class StructureParser {
  /** A note after a list giving units by goal number: 上述目标中，第4、5项由…牵头. */
  private static final java.util.regex.Pattern RANGE_NOTE = java.util.regex.Pattern.compile(
      "(?:(?:上述|以上)[^。\\n]{0,8}[，,]?)?第\\s*\\d{1,3}[^。\\n]{0,20}?项[^。\\n]{0,4}(?:由|的?牵头单位|责任单位)");

  /** A sentence that only says who leads and who helps: 由X牵头，Y、Z配合。 */
  private static final java.util.regex.Pattern PROSE_UNITS = java.util.regex.Pattern.compile(
      "\\s*由[^。，,；;]{2,40}(?:牵头|负责)(?:[，,][^。，,；;]{2,60}(?:配合|参与|协助|协同))?[。；;]?\\s*");

  private final StructureCues cues;
  private final DomainLexicon lexicon;
  private final OutlineParser outline;
  private final MetadataReader metadata;
  private final Supplier<DomainClassifier> classifier;

  public StructureParser() {
    this(StructureCues.shared(), DomainLexicon.shared(), Gazetteer.shared(),
        DomainClassifier::shared);
  }

  StructureParser(StructureCues cues, DomainLexicon lexicon, Gazetteer gazetteer,
      Supplier<DomainClassifier> classifier) {
    this.cues = cues;
    this.lexicon = lexicon;
    this.outline = new OutlineParser(cues);
    this.metadata = new MetadataReader(cues, gazetteer);
    this.classifier = classifier;
  }

  /** Everything the structure stage recovers from one plan. */
  public PlanStructure parse(PlanText text) {
    return parse(text, null);
  }

  /**
   * Everything the structure stage recovers from one plan, with the title the source file
   * carries besides its text (an HTML {@code <title>}, a document property), used when the text
   * prints none; may be null.
   */
  public PlanStructure parse(PlanText text, String sourceTitle) {
    return new Run(text, outline.parse(text), sourceTitle).result();
  }

  /** The outline alone (for inspection and tests). */
  public OutlineNode outline(PlanText text) {
    return outline.parse(text);
  }

  /** The state of parsing one document. */
  private final class Run {
    final PlanText text;
    final String t;
    final OutlineNode root;
    final Map<OutlineNode, OutlineNode> parent = new IdentityHashMap<>();
    final List<OutlineNode> flat;
    final List<Warning> warnings = new ArrayList<>();
    /** Domain heading nodes in text order, with the lexicon entry each names (or null). */
    final Map<OutlineNode, DomainLexicon.Entry> domainNodes = new IdentityHashMap<>();
    final List<OutlineNode> domainOrder = new ArrayList<>();
    /** Items that end before a stray item taken out of them (see {@link #items(OutlineNode)}). */
    final Map<OutlineNode, Integer> ends = new IdentityHashMap<>();
    /** Chapters read into the field domain of a sector plan (see {@link #fieldDomain}). */
    final java.util.Set<OutlineNode> consumed =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The printed title when the source marked it as a heading, or null. */
    final OutlineNode title;

    final String sourceTitle;

    Run(PlanText text, OutlineNode root, String sourceTitle) {
      this.sourceTitle = sourceTitle;
      this.text = text;
      this.t = text.text();
      this.root = root;
      this.flat = root.flatten();
      root.visit(n -> n.children().forEach(c -> parent.put(c, n)));
      this.title = titleNode();
    }

    PlanStructure result() {
      findDomains(root);
      MetadataReader.Metadata meta = metadata.read(t, leading(), domainType(),
          sourceTitle);
      warnings.addAll(meta.warnings());
      String planType = meta.planType();

      List<Domain> domains = new ArrayList<>();
      List<List<List<OutlineNode>>> overflow = new ArrayList<>();
      for (OutlineNode d : domainOrder) {
        domains.add(domain(d, domainNodes.get(d), overflow));
      }
      // a heading repeated with nothing under it (the bookmark tree a PDF reader prints after
      // the last page, a table of contents) is no second domain
      java.util.Set<String> filled = new java.util.HashSet<>();
      domains.stream().filter(d -> !d.goals().isEmpty() || !d.measures().isEmpty())
          .forEach(d -> filled.add(d.name()));
      java.util.Set<String> empty = new java.util.HashSet<>();
      domains.removeIf(d -> d.goals().isEmpty() && d.measures().isEmpty()
          && (filled.contains(d.name()) || !empty.add(d.name())));
      inferLostDomains(domains, overflow, planType);
      if (domains.isEmpty()) {
        Domain field = fieldDomain(meta);
        if (field != null) {
          domains.add(field);
        }
      }
      domains.sort(Comparator.comparingInt(d -> d.span().start()));

      List<Section> sections = new ArrayList<>();
      List<Item> keyProjects = new ArrayList<>();
      sections(root, sections, keyProjects);
      sections = trimSections(sections, domains);
      return new PlanStructure(meta.title(), meta.titleInferred(), meta.region(), meta.period(),
          planType, domains, keyProjects, sections, warnings);
    }

    // ---- domains ------------------------------------------------------------------------------

    void findDomains(OutlineNode node) {
      for (OutlineNode c : node.children()) {
        if (c.kind() == OutlineNode.Kind.CUE) {
          continue;
        }
        DomainLexicon.Entry e = c.headingLine() || c.heading().length() <= 16
            ? lexicon.match(c.heading(), null) : null;
        if (e == null && c.kind() != OutlineNode.Kind.CUE) {
          e = lexicon.match(withoutListWord(c.heading()), null);
        }
        if (e != null || (holdsLists(c) && listKind(c) == null
            && cues.chapterKind(c.heading()) != CueKind.PREAMBLE)) {
          domainNodes.put(c, e);
          domainOrder.add(c);
        } else {
          findDomains(c);
        }
      }
    }

    /**
     * A heading without the list word it ends with (妇女与健康领域主要目标 → 妇女与健康): the domain
     * heading and its goal-list heading printed as one; the heading itself when it has none.
     */
    String withoutListWord(String heading) {
      String h = Headings.bare(heading);
      for (String w : cues.words(CueKind.GOAL_LIST)) {
        if (h.endsWith(w) && h.length() > w.length()) {
          h = h.substring(0, h.length() - w.length());
          return h.endsWith("领域") ? h.substring(0, h.length() - 2) : h;
        }
      }
      return heading;
    }

    /** Whether a node holds a 主要目标 / 策略措施 list with numbered items. */
    boolean holdsLists(OutlineNode n) {
      for (OutlineNode c : listCues(n)) {
        if (c.children().stream().anyMatch(OutlineNode::isNumbered)) {
          return true;
        }
      }
      return false;
    }

    /** The plan type most domain headings belong to, or null. */
    String domainType() {
      Map<String, Integer> votes = new HashMap<>();
      for (DomainLexicon.Entry e : domainNodes.values()) {
        if (e != null) {
          votes.merge(e.planType(), 1, Integer::sum);
        }
      }
      return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse(null);
    }

    CueKind listKind(OutlineNode n) {
      if (n.kind() == OutlineNode.Kind.CUE
          || (n.isNumbered() && (n.headingLine() || n.heading().length() <= 8))) {
        return cues.listKind(n.heading());
      }
      return null;
    }

    List<OutlineNode> listCues(OutlineNode n) {
      List<OutlineNode> out = new ArrayList<>();
      for (OutlineNode c : n.children()) {
        if (listKind(c) != null) {
          out.add(c);
        }
      }
      return out;
    }

    Domain domain(OutlineNode node, DomainLexicon.Entry entry,
        List<List<List<OutlineNode>>> overflow) {
      String name = entry != null ? entry.name() : node.heading();
      List<OutlineNode> goals = new ArrayList<>();
      List<OutlineNode> measures = new ArrayList<>();
      List<OutlineNode> lists = listCues(node);
      boolean hasMeasureList = lists.stream().anyMatch(c -> listKind(c) == CueKind.MEASURE_LIST);
      if (lists.isEmpty()) {
        List<List<OutlineNode>> runs = runs(items(node));
        if (!runs.isEmpty()) {
          warnings.add(new Warning("LIST_HEADINGS_MISSING", name + ": no 主要目标/策略措施 "
              + "headings; the first numbered list is read as goals, the next as measures",
              node.head()));
          goals.addAll(runs.get(0));
          if (runs.size() > 1) {
            measures.addAll(runs.get(1));
          }
          if (runs.size() > 2) {
            overflow.add(runs.subList(2, runs.size()));
          }
        }
      }
      boolean hasGoalList = lists.stream().anyMatch(c -> listKind(c) == CueKind.GOAL_LIST);
      if (!lists.isEmpty() && !hasGoalList) {
        // 主要目标 glued to the domain heading (（一）妇女与教育。主要目标：): the items straight
        // under the heading, before the measures heading, are the goals
        List<List<OutlineNode>> runs = runs(items(node));
        if (!runs.isEmpty()) {
          goals.addAll(runs.get(0));
        }
      }
      List<List<OutlineNode>> lost = null; // lists of a domain whose heading was lost
      boolean measured = false;
      for (OutlineNode list : lists) {
        List<List<OutlineNode>> runs = runs(items(list));
        if (runs.isEmpty()) {
          continue;
        }
        boolean goalList = listKind(list) == CueKind.GOAL_LIST;
        if (goalList && measured) {
          // a second 主要目标 after 策略措施: the next domain, whose heading was lost
          lost = new ArrayList<>(runs);
          overflow.add(lost);
          continue;
        }
        if (lost != null) {
          lost.addAll(runs);
          continue;
        }
        measured |= !goalList;
        int used = 1;
        if (goalList) {
          goals.addAll(runs.get(0));
          if (!hasMeasureList && runs.size() > 1) {
            warnings.add(new Warning("MEASURE_HEADING_MISSING", name + ": numbering restarts "
                + "under the goals with no 策略措施 heading; read as the measures",
                runs.get(1).get(0).head()));
            measures.addAll(runs.get(1));
            used = 2;
          }
        } else {
          measures.addAll(runs.get(0));
        }
        if (runs.size() > used) {
          overflow.add(runs.subList(used, runs.size()));
        }
      }
      return new Domain(name, printedHeading(node), node.span(), false,
          items(ItemKind.GOAL, goals), items(ItemKind.MEASURE, measures));
    }

    /** Places numbered lists outside any domain (or past a domain's own lists) by content. */
    void inferLostDomains(List<Domain> domains, List<List<List<OutlineNode>>> overflow,
        String planType) {
      List<DomainLexicon.Entry> canon = lexicon.of(planType);
      if (canon.isEmpty()) {
        for (List<List<OutlineNode>> runs : overflow) {
          keepOverflow(domains, runs);
        }
        return;
      }
      List<List<List<OutlineNode>>> groups = new ArrayList<>();
      for (OutlineNode d : domainOrder) {
        List<List<OutlineNode>> before = listBefore(d, domains);
        if (before != null) {
          groups.add(before);
        }
      }
      groups.addAll(overflow);
      for (List<List<OutlineNode>> runs : groups) {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> r.forEach(n -> b.append(n.span().in(t)).append('\n')));
        DomainClassifier.Result r = classifier.get().classify(b.toString(), canon);
        boolean present = r.domain() != null
            && domains.stream().anyMatch(d -> d.name().equals(r.domain().name()));
        List<OutlineNode> first = runs.get(0);
        OutlineNode last = runs.get(runs.size() - 1).get(runs.get(runs.size() - 1).size() - 1);
        Span span = new Span(first.get(0).span().start(), last.span().end());
        if (r.domain() == null || present) {
          if (overflow.contains(runs)) {
            keepOverflow(domains, runs);
          }
          continue;
        }
        List<OutlineNode> measures = runs.size() > 1 ? runs.get(1) : List.of();
        domains.add(new Domain(r.domain().name(), null, span, true,
            items(ItemKind.GOAL, first), items(ItemKind.MEASURE, measures)));
        warnings.add(new Warning("DOMAIN_INFERRED", "numbered lists with no domain heading "
            + "placed in " + r.domain().name() + " by content (" + r.best() + " keyword hits, "
            + "runner-up " + r.second() + ")", span));
        if (overflow.contains(runs)) {
          // the lists were taken from the domain before: that domain now ends where they start
          for (int i = 0; i < domains.size(); i++) {
            Domain d = domains.get(i);
            if (!d.inferred() && d.span().contains(span)) {
              domains.set(i, new Domain(d.name(), d.heading(),
                  new Span(d.span().start(), span.start()), false, d.goals(), d.measures()));
            }
          }
        }
      }
    }

    /** Lists left over in a domain that the classifier did not place: kept as its measures. */
    void keepOverflow(List<Domain> domains, List<List<OutlineNode>> runs) {
      OutlineNode first = runs.get(0).get(0);
      for (int i = 0; i < domains.size(); i++) {
        Domain d = domains.get(i);
        if (d.span().contains(first.head())) {
          List<Item> measures = new ArrayList<>(d.measures());
          runs.forEach(r -> measures.addAll(items(ItemKind.MEASURE, r)));
          domains.set(i, d.withItems(d.goals(), measures));
          warnings.add(new Warning("NUMBERING_RESTART", d.name() + ": numbering restarts with "
              + "no heading; the items are kept as measures", first.head()));
          return;
        }
      }
    }

    /**
     * The numbered lists right before a domain heading that belong to no domain (the heading of
     * the domain before was lost), as runs; null when there are none.
     */
    List<List<OutlineNode>> listBefore(OutlineNode domain, List<Domain> domains) {
      int i = indexOf(domain);
      if (i <= 0) {
        return null;
      }
      OutlineNode prev = flat.get(i - 1);
      if (!prev.isNumbered() || prev.headingLine() || inAny(prev.head(), domains)) {
        return null;
      }
      OutlineNode p = parent.get(prev);
      List<OutlineNode> items = new ArrayList<>();
      for (OutlineNode c : p.children()) {
        if (c.isNumbered() && c.style() == prev.style()) {
          items.add(c);
        }
      }
      List<List<OutlineNode>> runs = runs(items);
      int total = runs.stream().mapToInt(List::size).sum();
      return total >= 3 ? runs : null;
    }

    int indexOf(OutlineNode n) {
      for (int i = 0; i < flat.size(); i++) {
        if (flat.get(i) == n) {
          return i;
        }
      }
      return -1;
    }

    boolean inAny(Span s, List<Domain> domains) {
      return domains.stream().anyMatch(d -> d.span().contains(s));
    }

    /**
     * The numbered children of a list node, in the style of the first one. An item printed in
     * another style that continues the numbering (1. 2. 3. （4） 5.) was nested under the item
     * before it; it is taken back into the list and the item before ends where it starts.
     */
    List<OutlineNode> items(OutlineNode list) {
      List<OutlineNode> out = new ArrayList<>();
      NumberingStyle style = null;
      List<OutlineNode> kids = list.children();
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
              + " is numbered in another style than the items around it", stray.head()));
        }
      }
      return out;
    }

    /** A child of {@code item} numbered in another style that continues the item's list. */
    OutlineNode strayItem(OutlineNode item, OutlineNode next) {
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
        if (n.ordinal() > prev + 1) {
          warnings.add(new Warning("NUMBERING_GAP", "number " + n.number() + " follows "
              + (prev == 0 ? "nothing" : String.valueOf(prev)), n.head()));
        } else if (n.ordinal() <= prev) {
          warnings.add(new Warning("NUMBERING_OUT_OF_ORDER", "number " + n.number()
              + " follows " + prev, n.head()));
        }
        run.add(n);
        prev = n.ordinal();
      }
      return runs;
    }

    List<Item> items(ItemKind kind, List<OutlineNode> nodes) {
      List<Item> out = new ArrayList<>(nodes.size());
      for (OutlineNode n : nodes) {
        out.add(item(kind, n));
      }
      return out;
    }

    Item item(ItemKind kind, OutlineNode n) {
      Span extent = ends.containsKey(n) ? new Span(n.span().start(), ends.get(n)) : n.span();
      int start = n.content().start();
      int end = stripUnitNote(start, extent.end());
      Span span = new Span(start, Math.max(start, end));
      String body = span.in(t);
      return new Item(kind, n.ordinal(), n.number(), Headings.firstSentence(body), body, span,
          extent, List.of(), List.of());
    }

    /**
     * The end of an item's text without trailing unit parentheses: （牵头单位：…。责任单位：…）,
     * also followed by 。 or repeated; a parenthesis that does not open with a role cue stays.
     */
    int stripUnitNote(int start, int end) {
      end = trimEnd(start, end);
      // a paragraph of its own that opens with a role cue (牵头单位：…；配合单位：…) is a unit line
      for (int nl = t.lastIndexOf('\n', end - 1); nl > start; nl = t.lastIndexOf('\n', end - 1)) {
        int s = nl + 1;
        while (s < end && (Character.isWhitespace(t.charAt(s)) || t.charAt(s) == '（'
            || t.charAt(s) == '(')) {
          s++;
        }
        String para = t.substring(s, end);
        if (cues.prefix(CueKind.UNIT_ROLE, para) == null && !RANGE_NOTE.matcher(para).lookingAt()) {
          break;
        }
        end = trimEnd(start, nl);
      }
      // a closing sentence that only names units (由县卫生健康局牵头，县公安局配合。)
      int prev = t.lastIndexOf('。', end - 2);
      if (prev >= start && PROSE_UNITS.matcher(t.substring(prev + 1, end)).matches()) {
        end = trimEnd(start, prev + 1);
      }
      while (end - start > 2) {
        int e = t.charAt(end - 1) == '。' && isClose(t.charAt(end - 2)) ? end - 1 : end;
        int open = isClose(t.charAt(e - 1)) ? matchingOpen(start, e - 1) : -1;
        if (open < 0
            || cues.prefix(CueKind.UNIT_ROLE, t.substring(open + 1, e - 1).strip()) == null) {
          break;
        }
        end = trimEnd(start, open);
      }
      return end;
    }

    int trimEnd(int start, int end) {
      while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    int matchingOpen(int start, int close) {
      int depth = 0;
      for (int i = close; i >= start; i--) {
        char c = t.charAt(i);
        if (isClose(c)) {
          depth++;
        } else if (c == '（' || c == '(') {
          depth--;
          if (depth == 0) {
            return i;
          }
        }
      }
      return -1;
    }

    static boolean isClose(char c) {
      return c == '）' || c == ')';
    }

    String printedHeading(OutlineNode n) {
      return n.headingLine() ? n.head().in(t) : n.number() + n.heading();
    }

    // ---- sector plans without domain headings -------------------------------------------------

    /**
     * A plan drafted without development-domain headings (many 十四五 sector plans): a goal
     * chapter (发展目标 / 主要目标 / 主要指标) and one or more task chapters (主要任务 / 重点任务 /
     * 主要措施 / 重点工作) for the plan's whole field. Read as one domain named after the field
     * the title covers ({@link MetadataReader#field}), whose goals are the goal chapters' numbered
     * items and whose measures the task chapters'. Null when the plan has no task chapter with
     * numbered items and no goal chapter with numbered items. Only called when no domain was
     * found otherwise.
     */
    Domain fieldDomain(MetadataReader.Metadata meta) {
      List<OutlineNode> goalChapters = new ArrayList<>();
      List<OutlineNode> taskChapters = new ArrayList<>();
      chapters(root, goalChapters, taskChapters);
      List<OutlineNode> goals = new ArrayList<>();
      List<OutlineNode> measures = new ArrayList<>();
      goalChapters.forEach(c -> runs(items(c)).forEach(goals::addAll));
      taskChapters.forEach(c -> runs(items(c)).forEach(measures::addAll));
      if (goals.isEmpty() && measures.isEmpty()) {
        return null;
      }
      int start = Integer.MAX_VALUE;
      int end = 0;
      for (OutlineNode c : goalChapters) {
        start = Math.min(start, c.span().start());
        end = Math.max(end, c.span().end());
      }
      for (OutlineNode c : taskChapters) {
        start = Math.min(start, c.span().start());
        end = Math.max(end, c.span().end());
      }
      // a domain named only in the lead-in: the first line (《…》解读之六：妇女参与决策和管理) or
      // the prose that opens the goal list (为进一步保障儿童安全，……主要目标：)
      StringBuilder leadIn = new StringBuilder();
      if (!goalChapters.isEmpty()) {
        leadIn.append(goalChapters.get(0).head().in(t)).append('\n');
      }
      if (!text.blocks().isEmpty()) {
        leadIn.append(text.blocks().get(0).span().in(t));
      }
      DomainLexicon.Entry named = lexicon.mentioned(leadIn.toString());
      String name = named != null ? named.name() : metadata.field(meta.title(), meta.region());
      if (name.isEmpty()) {
        name = (taskChapters.isEmpty() ? goalChapters : taskChapters).get(0).heading();
      }
      Span span = new Span(start, end);
      consumed.addAll(goalChapters);
      consumed.addAll(taskChapters);
      warnings.add(new Warning("DOMAIN_FROM_TITLE", "no development-domain headings; the goal and"
          + " task chapters are read as one domain named after the plan's field: " + name, span));
      return new Domain(name, null, span, false, items(ItemKind.GOAL, goals),
          items(ItemKind.MEASURE, measures));
    }

    /** The outermost goal and task chapters in text order (a chapter inside one is not another). */
    void chapters(OutlineNode node, List<OutlineNode> goals, List<OutlineNode> tasks) {
      for (OutlineNode c : node.children()) {
        CueKind k = chapterListKind(c);
        if (k == CueKind.GOAL_LIST) {
          goals.add(c);
        } else if (k == CueKind.MEASURE_LIST) {
          tasks.add(c);
        } else {
          chapters(c, goals, tasks);
        }
      }
    }

    /** GOAL_LIST for a goal or indicator chapter, MEASURE_LIST for a task chapter, else null. */
    CueKind chapterListKind(OutlineNode n) {
      if (n.kind() != OutlineNode.Kind.CUE && !n.headingLine() && n.heading().length() > 12) {
        return null;
      }
      CueKind k = cues.listKind(n.heading());
      if (k == null && n.kind() != OutlineNode.Kind.CUE
          && cues.chapterKind(n.heading()) == CueKind.INDICATOR_TABLE) {
        return CueKind.GOAL_LIST;
      }
      return k;
    }

    // ---- sections -----------------------------------------------------------------------------

    void sections(OutlineNode node, List<Section> out, List<Item> keyProjects) {
      for (OutlineNode c : node.children()) {
        if (domainNodes.containsKey(c) || consumed.contains(c)) {
          continue;
        }
        if (c == title) {
          sections(c, out, keyProjects); // the printed title is no chapter; what it holds may be
          continue;
        }
        boolean holdsDomains = domainNodes.keySet().stream()
            .anyMatch(d -> c.span().contains(d.head()));
        CueKind kind = c.kind() == OutlineNode.Kind.CUE ? null : cues.chapterKind(c.heading());
        if (holdsDomains) {
          sections(c, out, keyProjects);
          continue;
        }
        if (kind == null && node != root) {
          continue;
        }
        SectionKind sk = kind == null ? (c.kind() == OutlineNode.Kind.FRONT
            ? SectionKind.PREAMBLE : SectionKind.OTHER) : SectionKind.valueOf(kind.name());
        out.add(new Section(sk, printedHeading(c), c.span()));
        if (sk == SectionKind.KEY_PROJECTS) {
          List<OutlineNode> projects = new ArrayList<>();
          runs(items(c)).forEach(projects::addAll);
          keyProjects.addAll(items(ItemKind.KEY_PROJECT, projects));
        }
      }
    }

    /** A section ends where a domain inferred inside it begins. */
    List<Section> trimSections(List<Section> sections, List<Domain> domains) {
      List<Section> out = new ArrayList<>(sections.size());
      for (Section s : sections) {
        Span span = s.span();
        for (Domain d : domains) {
          if (d.inferred() && span.contains(d.span()) && d.span().start() > span.start()) {
            span = new Span(span.start(), trimEnd(span.start(), d.span().start()));
          }
        }
        out.add(new Section(s.kind(), s.heading(), span));
      }
      return out;
    }

    /**
     * The paragraphs before the first heading (where a printed title stands); when the document
     * opens with a heading the source marked (markdown #, HTML h1, a Word heading style) that
     * names a plan (规划 / 纲要 / 方案 / 计划), that heading and the paragraphs under it up to the
     * first chapter too.
     */
    List<Span> leading() {
      int first = root.children().isEmpty() ? t.length()
          : root.children().get(0).head().start();
      if (title != null) {
        first = title.children().isEmpty() ? title.span().end()
            : title.children().get(0).head().start();
      }
      List<Span> out = new ArrayList<>();
      for (Block b : text.blocks()) {
        if (b.span().end() <= first && !b.span().isEmpty() && b.kind() != BlockKind.TABLE_ROW) {
          out.add(b.span());
        }
      }
      return out;
    }

    /** The first node when it is a marked heading that names a plan (the printed title), or null. */
    OutlineNode titleNode() {
      if (root.children().isEmpty()) {
        return null;
      }
      OutlineNode first = root.children().get(0);
      return first.kind() == OutlineNode.Kind.HEADING
          && cues.within(CueKind.PLAN_WORD, first.head().in(t)) != null ? first : null;
    }
  }
}
