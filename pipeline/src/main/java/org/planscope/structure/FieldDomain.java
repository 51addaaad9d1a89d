package org.planscope.structure;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planscope.model.Domain;
import org.planscope.model.ItemKind;
import org.planscope.model.PlanText;
import org.planscope.model.Span;
import org.planscope.text.NumberingStyle;
import org.planscope.model.Warning;

/**
 * A plan drafted without development-domain headings (many 十四五 sector plans and 实施方案): a
 * goal chapter (发展目标 / 主要目标 / 主要指标) and one or more task chapters (主要任务 / 重点任务 /
 * 主要措施 / 重点工作). The goal chapters' numbered items are the goals of one domain named after
 * the field the title covers ({@link MetadataReader#field}). A task chapter's areas — a title
 * line over numbered items of its own (（一）深入推进健康武义建设 / 1. 2. 3.), or a chapter named by
 * its content (第三章 构建优质高效的医疗卫生服务体系) — are domains under their printed names, their
 * items the measures, as the domains of a women's plan are its chapters. A task that is a sentence
 * (（二）实施母婴安全保障行动。 over its points, its units after them) or a paragraph is one measure
 * of the field domain. Empty when no chapter has numbered items. Only called when no domain was
 * found otherwise.
 */
final class FieldDomain {
  private final StructureCues cues;
  private final DomainLexicon lexicon;
  private final MetadataReader metadata;
  private final PlanText text;
  private final String t;
  private final ItemCollector collector;
  private final List<Warning> warnings;

  FieldDomain(StructureCues cues, DomainLexicon lexicon, MetadataReader metadata, PlanText text,
      ItemCollector collector, List<Warning> warnings) {
    this.cues = cues;
    this.lexicon = lexicon;
    this.metadata = metadata;
    this.text = text;
    this.t = text.text();
    this.collector = collector;
    this.warnings = warnings;
  }

  /**
   * The field domain of the plan under {@code root} (empty when the plan states no goals and its
   * tasks are all areas), after it the task areas read as domains of their own; the chapters
   * read are added to {@code consumed}.
   */
  List<Domain> read(OutlineNode root, MetadataReader.Metadata meta, Set<OutlineNode> consumed) {
    List<OutlineNode> goalChapters = new ArrayList<>();
    List<OutlineNode> taskChapters = new ArrayList<>();
    chapters(root, goalChapters, taskChapters);
    boolean contentNamed = taskChapters.isEmpty() && !goalChapters.isEmpty();
    if (contentNamed) {
      taskChapters.addAll(contentNamedTasks(root, goalChapters.get(goalChapters.size() - 1)));
    }
    List<OutlineNode> goals = new ArrayList<>();
    List<OutlineNode> measures = new ArrayList<>();
    List<Domain> areas = new ArrayList<>();
    goalChapters.forEach(c -> collector.runs(ungrouped(collector.items(c))).forEach(goals::addAll));
    for (OutlineNode c : taskChapters) {
      if (contentNamed) {
        areas.add(area(c, collector.items(c))); // 第三章 构建优质高效的医疗卫生服务体系
        continue;
      }
      List<OutlineNode> plain = new ArrayList<>();
      for (OutlineNode n : collector.items(c)) {
        List<OutlineNode> inner = n.headingLine() ? collector.items(n) : List.of();
        if (isArea(n, inner)) {
          areas.add(area(n, inner)); // （一）深入推进健康武义建设 over 1. 2. 3.
        } else {
          plain.add(n);
        }
      }
      measures.addAll(measures(plain));
    }
    withoutRestated(measures);
    areas.removeIf(a -> a.measures().isEmpty());
    if (goals.isEmpty() && measures.isEmpty() && areas.isEmpty()) {
      warnings.add(new Warning("NO_ITEMS", "no development-domain headings and no goal or task"
          + " chapter: no goals or measures were read", null));
      return List.of();
    }
    consumed.addAll(goalChapters);
    consumed.addAll(taskChapters);
    List<Domain> out = new ArrayList<>();
    if (!goals.isEmpty() || !measures.isEmpty()) {
      out.add(field(meta, goalChapters, taskChapters, goals, measures));
    }
    out.addAll(areas);
    return out;
  }

  /**
   * Whether a task heading names an area of work, a domain of its own: a heading line, not a
   * sentence (（一）深入推进健康武义建设, not （一）实施母婴安全保障行动。, whose points are its body),
   * over numbered items of its own.
   */
  private boolean isArea(OutlineNode n, List<OutlineNode> inner) {
    return !inner.isEmpty() && n.style() != NumberingStyle.LABEL_ITEM && !sentence(n)
        && !titledBody(n, inner);
  }

  /** Whether a heading line is a sentence (ends with 。, ；, ！), not a title. */
  private boolean sentence(OutlineNode n) {
    String h = n.head().in(t).strip();
    return !h.isEmpty() && "。；;！!".indexOf(h.charAt(h.length() - 1)) >= 0;
  }

  /**
   * The measures of a list of tasks: a sentence over its points (（二）实施母婴安全保障行动。 / 1.强化
   * 孕早期保健服务。 over （1）（2）) is one measure, a title over items gives its items.
   */
  private List<OutlineNode> measures(List<OutlineNode> items) {
    List<OutlineNode> plain = new ArrayList<>();
    for (OutlineNode n : items) {
      boolean points = n.headingLine() && !collector.items(n).isEmpty();
      plain.addAll(points && sentence(n) ? List.of(n) : ungrouped(List.of(n)));
    }
    List<OutlineNode> out = new ArrayList<>();
    collector.runs(plain).forEach(out::addAll);
    return out;
  }

  /** A task area as a domain under its printed name, its items the measures. */
  private Domain area(OutlineNode n, List<OutlineNode> items) {
    List<OutlineNode> measures = measures(items);
    withoutRestated(measures);
    return new Domain(Headings.bare(n.heading()), Headings.printed(n, t), n.span(), false,
        List.of(), collector.items(ItemKind.MEASURE, measures));
  }

  /** The domain named after the plan's field: the goals, and the tasks that are no areas. */
  private Domain field(MetadataReader.Metadata meta, List<OutlineNode> goalChapters,
      List<OutlineNode> taskChapters, List<OutlineNode> goals, List<OutlineNode> measures) {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (OutlineNode c : goalChapters) {
      start = Math.min(start, c.span().start());
      end = Math.max(end, c.span().end());
    }
    for (OutlineNode c : measures) {
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
    warnings.add(new Warning("DOMAIN_FROM_TITLE", "no development-domain headings; the goal and"
        + " task chapters are read as one domain named after the plan's field: " + name, span,
        List.of(name)));
    return new Domain(name, null, span, false, collector.items(ItemKind.GOAL, goals),
        collector.items(ItemKind.MEASURE, measures));
  }

  /**
   * Drops the items that restate an earlier one: an annex's task-division table (附件 重点任务分工表:
   * 序号 | 重点任务 | 牵头单位 | 配合单位) lists the measures again, by their titles.
   */
  private void withoutRestated(List<OutlineNode> items) {
    Set<String> seen = new HashSet<>();
    items.removeIf(n -> !seen.add(Headings.firstSentence(n.content().in(t)).strip()));
  }

  /**
   * A chapter's items with each group heading replaced by its own items: 一、促进妇女儿童健康 alone
   * on its line over （一）完善妇幼健康服务体系。（二）… names a task area, and its numbered
   * paragraphs are the measures.
   */
  private List<OutlineNode> ungrouped(List<OutlineNode> items) {
    List<OutlineNode> out = new ArrayList<>();
    for (OutlineNode n : items) {
      List<OutlineNode> inner = n.headingLine() ? collector.items(n) : List.of();
      out.addAll(inner.isEmpty() || titledBody(n, inner) ? List.of(n) : inner);
    }
    return out;
  }

  /**
   * Whether a heading over unnumbered prose is the item and the prose its text: （一）加强托育服务设施建设
   * over 将婴幼儿照护服务设施纳入……。 The prose is items of its own only when it is a list that lost
   * its numbers: two or more paragraphs, at least half of them opening with a title sentence
   * (完善妇幼健康服务体系。……). A labelled task (行动一：…) is always the item.
   */
  private boolean titledBody(OutlineNode heading, List<OutlineNode> inner) {
    if (heading.style() == NumberingStyle.LABEL_ITEM) {
      return true; // 行动一：… / 任务二：…: the label makes the heading the item
    }
    if (heading.children().stream().anyMatch(OutlineNode::isNumbered)) {
      return false;
    }
    long titled = inner.stream().filter(p -> {
      int end = TitledParagraphs.titleEnd(t, p);
      return end > 0 && end < p.content().end() - 1;
    }).count();
    return inner.size() < 2 || titled * 2 < inner.size();
  }

  /** The outermost goal and task chapters in text order (a chapter inside one is not another). */
  private void chapters(OutlineNode node, List<OutlineNode> goals, List<OutlineNode> tasks) {
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

  /**
   * Task chapters named by their content (第三章 构建优质高效的医疗卫生服务体系 / 第一节 … /
   * （一）做强县级医疗机构。…), as most sector plans print them: the chapters after the one that
   * holds the goals, up to the implementation or monitoring chapter, each with items.
   */
  private List<OutlineNode> contentNamedTasks(OutlineNode root, OutlineNode goals) {
    List<OutlineNode> out = new ArrayList<>();
    boolean after = false;
    for (OutlineNode c : root.children()) {
      if (!after) {
        after = c.span().contains(goals.span().start());
        continue;
      }
      CueKind k = cues.chapterKind(c.heading());
      if (k == CueKind.IMPLEMENTATION || k == CueKind.MONITORING
          || c.kind() == OutlineNode.Kind.FRONT) {
        break;
      }
      if (k == null && c.isNumbered() && c.headingLine() && !collector.items(c).isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** GOAL_LIST for a goal or indicator chapter, MEASURE_LIST for a task chapter, else null. */
  private CueKind chapterListKind(OutlineNode n) {
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
}
