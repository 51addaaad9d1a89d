package org.planscope.structure;

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
import org.planscope.text.NumberingStyle;

/**
 * A {@link PlanText} in, a {@link PlanStructure} out: the {@link OutlineParser outline}, then
 * domains (headings that name a development area, or headings over 主要目标 / 策略措施 lists),
 * their numbered goals and measures, key projects, the chapters later stages read (组织实施,
 * 监测评估), and the metadata ({@link MetadataReader}). Items whose domain heading was lost are
 * placed by the {@link DomainClassifier}.
 *
 * <p>Sub-stages: heading classification and domain finding here; goal and measure collection in
 * {@link ItemCollector}; domain assignment of lists without a heading in {@link LostDomains};
 * sector plans without domain headings in {@link FieldDomain}; metadata in {@link
 * MetadataReader}.
 *
 * <p>Thread-safe; build once and share.
 */
public final class StructureParser {
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
    /** Chapters read into the field domain of a sector plan (see {@link FieldDomain}). */
    final java.util.Set<OutlineNode> consumed =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The printed title when the source marked it as a heading, or null. */
    final OutlineNode title;
    final String sourceTitle;
    final ItemCollector collector;

    Run(PlanText text, OutlineNode root, String sourceTitle) {
      this.sourceTitle = sourceTitle;
      this.text = text;
      this.t = text.text();
      this.root = root;
      this.flat = root.flatten();
      root.visit(n -> n.children().forEach(c -> parent.put(c, n)));
      this.title = titleNode();
      this.collector = new ItemCollector(cues, t, warnings);
    }

    PlanStructure result() {
      findDomains(root);
      MetadataReader.Metadata meta = metadata.read(t, leading(), domainType(),
          sourceTitle);
      warnings.addAll(meta.warnings());
      String planType = meta.planType();
      for (OutlineNode d : domainOrder) {
        String type = subjectType(d, planType, meta.title());
        if (domainNodes.get(d) == null && type != null) {
          // 健康领域 in a children's plan: a name without its subject, known once the type is
          DomainLexicon.Entry e = lexicon.match(d.heading(), type);
          domainNodes.put(d, e != null ? e : lexicon.match(withoutListWord(d.heading()), type));
        }
      }

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
      mergeSplitDomains(domains);
      new LostDomains(lexicon, classifier, t, flat, parent, collector, warnings)
          .infer(domains, overflow, planType, domainOrder);
      if (domains.isEmpty()) {
        domains.addAll(new FieldDomain(cues, lexicon, metadata, text, collector, warnings)
            .read(root, meta, consumed));
      }
      domains.sort(Comparator.comparingInt(d -> d.span().start()));
      LostDomains.warnIfAllEmpty(domains, warnings);
      List<Section> sections = new ArrayList<>();
      List<Item> keyProjects = new ArrayList<>();
      sections(root, sections, keyProjects);
      boxes(root, keyProjects);
      sections = trimSections(sections, domains);
      return new PlanStructure(meta.title(), meta.titleInferred(), meta.region(), meta.period(),
          planType, domains, keyProjects, sections, warnings);
    }

    /**
     * Whose domains a node's heading names when it leaves the subject out: the chapter above it
     * (第二章 妇女发展 › 第一节 健康), else a second plan's title line above it, else the plan's
     * type unless its title names both subjects (a 妇女儿童发展规划 without such chapters: null).
     */
    String subjectType(OutlineNode n, String planType, String title) {
      for (OutlineNode p = parent.get(n); p != null; p = parent.get(p)) {
        boolean women = p.heading().contains("妇女");
        boolean children = p.heading().contains("儿童");
        if (women != children) {
          return women ? "women" : "children";
        }
      }
      String titled = PrintedTitles.subjectOfTitleBefore(t, n.span().start());
      boolean both = title != null && title.contains("妇女") && title.contains("儿童");
      return titled != null ? titled : both ? null : planType;
    }

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
        if (e == null && c.head().length() <= 30) {
          // 领域一：妇女与健康: the heading is cut at its colon, the name is after it
          String line = c.head().in(t);
          e = lexicon.match(line.substring(Math.min(c.number().length(), line.length())), null);
        }
        // a preamble's words (发展环境) head no domain, unless goals and measures are listed under it
        long lists = listKinds(c);
        if (e != null || (lists > 0 && collector.listKind(c) == null
            && (lists > 1 || cues.chapterKind(c.heading()) != CueKind.PREAMBLE))) {
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
      boolean cut = false;
      for (boolean more = true; more; ) {
        more = false;
        for (CueKind k : List.of(CueKind.GOAL_LIST, CueKind.MEASURE_LIST)) {
          for (String w : cues.words(k)) {
            if (h.endsWith(w) && h.length() > w.length() + 1) {
              h = h.substring(0, h.length() - w.length());
              // 发展目标和策略措施: the list words joined, cut one by one
              h = h.endsWith("和") || h.endsWith("与") || h.endsWith("及") || h.endsWith("、")
                  ? h.substring(0, h.length() - 1) : h;
              cut = more = true;
            }
          }
        }
      }
      if (!cut) {
        return heading;
      }
      return h.endsWith("领域") ? h.substring(0, h.length() - 2) : h;
    }

    /** How many kinds of list (主要目标, 策略措施) with numbered items a node holds. */
    long listKinds(OutlineNode n) {
      return collector.listCues(n).stream()
          .filter(c -> c.children().stream().anyMatch(OutlineNode::isNumbered))
          .map(collector::listKind).distinct().count();
    }

    /** The plan type most domain headings belong to (both, two each or more), or null. */
    String domainType() {
      Map<String, Integer> votes = new HashMap<>();
      for (DomainLexicon.Entry e : domainNodes.values()) {
        if (e != null) {
          votes.merge(e.planType(), 1, Integer::sum);
        }
      }
      boolean both = votes.getOrDefault("women", 0) > 1 && votes.getOrDefault("children", 0) > 1;
      return both ? DomainLexicon.WOMEN_CHILDREN : votes.entrySet().stream()
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    Domain domain(OutlineNode node, DomainLexicon.Entry entry,
        List<List<List<OutlineNode>>> overflow) {
      // headings of a list of its own (妇女健康 beside 出生缺陷防治) keep every name as printed
      String name = entry != null && !domainNodes.containsValue(null)
          ? lexicon.printedName(entry, node.heading()) : node.heading();
      List<OutlineNode> goals = new ArrayList<>();
      List<OutlineNode> measures = new ArrayList<>();
      List<OutlineNode> lists = collector.listCues(node);
      boolean hasMeasureList = lists.stream()
          .anyMatch(c -> collector.listKind(c) == CueKind.MEASURE_LIST);
      if (lists.isEmpty()) {
        unheadedLists(node, name, goals, measures, overflow);
      }
      boolean hasGoalList = lists.stream().anyMatch(c -> collector.listKind(c) == CueKind.GOAL_LIST);
      if (!lists.isEmpty() && !hasGoalList) {
        // 主要目标 glued to the domain heading (（一）妇女与教育。主要目标：): the items straight
        // under the heading, before the measures heading, are the goals
        List<List<OutlineNode>> runs = collector.runs(collector.items(node));
        if (!runs.isEmpty()) {
          goals.addAll(runs.get(0));
        }
      }
      headedLists(lists, name, hasMeasureList, goals, measures, overflow);
      return new Domain(name, Headings.printed(node, t), node.span(), false,
          collector.items(ItemKind.GOAL, goals), collector.items(ItemKind.MEASURE, measures));
    }

    /**
     * A domain whose goals are in the goals chapter and whose measures are in the measures
     * chapter is one domain: the measures join the goals, where the goals are.
     */
    void mergeSplitDomains(List<Domain> domains) {
      for (int i = 0; i < domains.size(); i++) {
        Domain g = domains.get(i);
        if (g.goals().isEmpty() || !g.measures().isEmpty()) {
          continue;
        }
        for (int j = i + 1; j < domains.size(); j++) {
          Domain m = domains.get(j);
          if (m.name().equals(g.name()) && m.goals().isEmpty() && !m.measures().isEmpty()) {
            domains.set(i, new Domain(g.name(), g.heading(), g.span(), g.inferred(), g.goals(),
                m.measures()));
            domains.remove(j);
            break;
          }
        }
      }
    }

    /** A domain without 主要目标 / 策略措施 headings: the first list is its goals, the next its measures. */
    void unheadedLists(OutlineNode node, String name, List<OutlineNode> goals,
        List<OutlineNode> measures, List<List<List<OutlineNode>>> overflow) {
      List<List<OutlineNode>> runs = collector.runs(collector.items(node));
      if (runs.isEmpty()) {
        return;
      }
      if (labelled(runs, goals, measures)) {
        return;
      }
      // goals and measures in chapters of their own, each with the domains under it (二、主要目标
      // （一）妇女与健康 1.… 三、策略措施 （一）妇女与健康 1.…): the chapter says which list this is
      for (OutlineNode p = parent.get(node); p != null; p = parent.get(p)) {
        CueKind kind = collector.listKind(p);
        if (kind == CueKind.GOAL_LIST || kind == CueKind.MEASURE_LIST) {
          (kind == CueKind.GOAL_LIST ? goals : measures).addAll(runs.get(0));
          if (runs.size() > 1) {
            overflow.add(runs.subList(1, runs.size()));
          }
          return;
        }
      }
      warnings.add(new Warning("LIST_HEADINGS_MISSING", name + ": no 主要目标/策略措施 "
          + "headings; the first numbered list is read as goals, the next as measures",
          node.head(), List.of(name)));
      goals.addAll(runs.get(0));
      if (runs.size() > 1) {
        measures.addAll(runs.get(1));
      }
      if (runs.size() > 2) {
        overflow.add(runs.subList(2, runs.size()));
      }
    }

    /**
     * Lists whose items name their list (目标1： / 措施1： / 任务1：): goals by their label, measures
     * and tasks by theirs. False, and nothing taken, when any item is numbered otherwise.
     */
    boolean labelled(List<List<OutlineNode>> runs, List<OutlineNode> goals,
        List<OutlineNode> measures) {
      for (List<OutlineNode> run : runs) {
        for (OutlineNode n : run) {
          if (n.style() != NumberingStyle.LABEL_ITEM) {
            return false;
          }
        }
      }
      for (List<OutlineNode> run : runs) {
        for (OutlineNode n : run) {
          (n.number().startsWith("目标") ? goals : measures).add(n);
        }
      }
      return true;
    }

    /** The items of a domain's 主要目标 / 策略措施 lists; lists past them go to {@code overflow}. */
    void headedLists(List<OutlineNode> lists, String name, boolean hasMeasureList,
        List<OutlineNode> goals, List<OutlineNode> measures,
        List<List<List<OutlineNode>>> overflow) {
      List<List<OutlineNode>> lost = null; // lists of a domain whose heading was lost
      boolean measured = false;
      for (OutlineNode list : lists) {
        List<List<OutlineNode>> runs = collector.runs(collector.items(list));
        if (runs.isEmpty()) {
          continue;
        }
        boolean goalList = collector.listKind(list) == CueKind.GOAL_LIST;
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
                runs.get(1).get(0).head(), List.of(name)));
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
        out.add(new Section(sk, Headings.printed(c, t), c.span()));
        if (sk == SectionKind.KEY_PROJECTS) {
          List<OutlineNode> projects = new ArrayList<>();
          collector.runs(collector.items(c)).forEach(projects::addAll);
          keyProjects.addAll(collector.items(ItemKind.KEY_PROJECT, projects));
        }
      }
    }

    /**
     * The numbered lines of a box (专栏1 医疗卫生服务体系建设重点工程 / 1.县人民医院综合楼建设项目)
     * are its projects, never the measures around it: key projects, in document order.
     */
    void boxes(OutlineNode root, List<Item> keyProjects) {
      List<Item> found = new ArrayList<>();
      for (OutlineNode n : root.flatten()) {
        if (n.kind() == OutlineNode.Kind.CUE && CueLines.isBox(n.heading())
            && n.children().stream().anyMatch(OutlineNode::isNumbered)) {
          List<OutlineNode> projects = new ArrayList<>();
          collector.runs(collector.items(n)).forEach(projects::addAll);
          found.addAll(collector.items(ItemKind.KEY_PROJECT, projects));
        }
      }
      if (!found.isEmpty()) {
        keyProjects.addAll(found);
        keyProjects.sort(Comparator.comparingInt(i -> i.span().start()));
      }
    }

    /** A section ends where a domain inferred inside it begins. */
    List<Section> trimSections(List<Section> sections, List<Domain> domains) {
      List<Section> out = new ArrayList<>(sections.size());
      for (Section s : sections) {
        Span span = s.span();
        for (Domain d : domains) {
          if (d.inferred() && span.contains(d.span()) && d.span().start() > span.start()) {
            span = new Span(span.start(), collector.trimEnd(span.start(), d.span().start()));
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
      if (first.kind() == OutlineNode.Kind.FRONT && first.head().in(t).startsWith("附件")) {
        return first; // 附件 / 附件：某县…规划 over the plan: the title is on or under its line
      }
      return first.kind() == OutlineNode.Kind.HEADING
          && cues.within(CueKind.PLAN_WORD, first.head().in(t)) != null ? first : null;
    }
  }
}
