package org.planscope.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Span;

/**
 * An indicator table printed as a domain's 主要目标 (（一）儿童与健康 / 1.主要目标 / 序号 | 指标 |
 * 2025年目标值 | 2030年目标值 | 牵头单位): its rows are that domain's goals, not the plan's indicator
 * table. A row becomes a goal whose number is its 序号, whose text is its indicator cell, and whose
 * targets and units are the row's; the row is the goal's extent. A table outside every domain (the
 * plan's 主要指标 in its 总体目标 chapter) stays in {@code indicators[]}, and so does the table of a
 * domain without a heading of its own (a sector plan's goal chapter read as its field, a domain
 * placed by content), a table in a domain that also states goals in prose (two lists would share numbers), or one printed after the
 * domain's first measure.
 */
final class DomainTables {
  private DomainTables() {}

  /** The domains with their tables' rows as goals, and the indicator rows no domain took. */
  record Placed(List<Domain> domains, List<Item> indicators) {}

  static Placed place(List<Domain> domains, List<Item> indicators) {
    Map<Domain, List<Item>> rows = new LinkedHashMap<>();
    List<Item> rest = new ArrayList<>();
    for (Item row : indicators) {
      Domain d = holder(domains, row.span());
      if (d == null) {
        rest.add(row);
      } else {
        rows.computeIfAbsent(d, k -> new ArrayList<>()).add(row);
      }
    }
    List<Domain> out = new ArrayList<>(domains.size());
    for (Domain d : domains) {
      List<Item> table = rows.get(d);
      if (table == null) {
        out.add(d);
        continue;
      }
      Span span = new Span(table.get(0).span().start(), table.get(table.size() - 1).span().end());
      if (d.goals().stream().anyMatch(g -> !span.contains(g.span()))) {
        rest.addAll(table); // prose goals too: the table stays the plan's
        out.add(d);
        continue;
      }
      out.add(d.withItems(table.stream().map(DomainTables::goal).toList(), d.measures()));
    }
    rest.sort((a, b) -> a.span().compareTo(b.span()));
    return new Placed(out, rest);
  }

  /** The domain whose goal list holds {@code row}: inside its span, before its first measure. */
  private static Domain holder(List<Domain> domains, Span row) {
    for (Domain d : domains) {
      if (d.inferred() || d.heading() == null || d.span() == null || !d.span().contains(row)) {
        continue;
      }
      boolean beforeMeasures = d.measures().isEmpty() || d.measures().get(0).span() == null
          || row.end() <= d.measures().get(0).span().start();
      return beforeMeasures ? d : null;
    }
    return null;
  }

  /** A table row as a goal: its indicator cell is the text, the whole row its extent. */
  private static Item goal(Item row) {
    int at = row.text().indexOf(row.title());
    if (at < 0 || row.title().isEmpty()) {
      return new Item(ItemKind.GOAL, row.n(), row.number(), row.title(), row.text(), row.span(),
          row.span(), row.targets(), row.units());
    }
    int start = row.span().start() + at;
    return new Item(ItemKind.GOAL, row.n(), row.number(), row.title(), row.title(),
        new Span(start, start + row.title().length()), row.span(), row.targets(), row.units());
  }
}
