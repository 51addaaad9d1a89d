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
 * A plan drafted without development-domain headings (many 十四五 sector plans): a goal
 * chapter (发展目标 / 主要目标 / 主要指标) and one or more task chapters (主要任务 / 重点任务 /
 * 主要措施 / 重点工作) for the plan's whole field. Read as one domain named after the field
 * the title covers ({@link MetadataReader#field}), whose goals are the goal chapters' numbered
 * items and whose measures the task chapters'. Null when the plan has no task chapter with
 * numbered items and no goal chapter with numbered items. Only called when no domain was
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
   * The field domain of the plan under {@code root}, or null; the chapters read into it are
   * added to {@code consumed}.
   */
  Domain read(OutlineNode root, MetadataReader.Metadata meta, Set<OutlineNode> consumed) {
    List<OutlineNode> goalChapters = new ArrayList<>();
    List<OutlineNode> taskChapters = new ArrayList<>();
    chapters(root, goalChapters, taskChapters);
    if (taskChapters.isEmpty() && !goalChapters.isEmpty()) {
      taskChapters.addAll(contentNamedTasks(root, goalChapters.get(goalChapters.size() - 1)));
    }
    List<OutlineNode> goals = new ArrayList<>();
    List<OutlineNode> measures = new ArrayList<>();
    goalChapters.forEach(c -> collector.runs(ungrouped(collector.items(c))).forEach(goals::addAll));
    taskChapters.forEach(c -> collector.runs(ungrouped(collector.items(c))).forEach(measures::addAll));
    withoutRestated(measures);
    if (goals.isEmpty() && measures.isEmpty()) {
      warnings.add(new Warning("NO_ITEMS", "no development-domain headings and no goal or task"
          + " chapter: no goals or measures were read", null));
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
