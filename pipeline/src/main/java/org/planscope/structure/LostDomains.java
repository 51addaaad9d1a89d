package org.planscope.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Span;
import org.planscope.model.Warning;

/**
 * Domain assignment by content: numbered lists outside any domain (a lost domain heading) or
 * past a domain's own lists (a second 主要目标 after 策略措施) are placed by the {@link
 * DomainClassifier} among the plan type's canonical domains as an inferred domain
 * (DOMAIN_INFERRED); lists it cannot place are kept as their domain's measures
 * (NUMBERING_RESTART). One instance per document.
 */
final class LostDomains {
  private final DomainLexicon lexicon;
  private final Supplier<DomainClassifier> classifier;
  private final String t;
  private final List<OutlineNode> flat;
  private final Map<OutlineNode, OutlineNode> parent;
  private final ItemCollector collector;
  private final List<Warning> warnings;

  LostDomains(DomainLexicon lexicon, Supplier<DomainClassifier> classifier, String t,
      List<OutlineNode> flat, Map<OutlineNode, OutlineNode> parent, ItemCollector collector,
      List<Warning> warnings) {
    this.lexicon = lexicon;
    this.classifier = classifier;
    this.t = t;
    this.flat = flat;
    this.parent = parent;
    this.collector = collector;
    this.warnings = warnings;
  }

  /** Places numbered lists outside any domain (or past a domain's own lists) by content. */
  void infer(List<Domain> domains, List<List<List<OutlineNode>>> overflow, String planType,
      List<OutlineNode> domainOrder) {
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
          collector.items(ItemKind.GOAL, first), collector.items(ItemKind.MEASURE, measures)));
      warnings.add(new Warning("DOMAIN_INFERRED", "numbered lists with no domain heading "
          + "placed in " + r.domain().name() + " by content (" + r.best() + " keyword hits, "
          + "runner-up " + r.second() + ")", span, List.of(r.domain().name(), String.valueOf(r.best()),
          String.valueOf(r.second()))));
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
  private void keepOverflow(List<Domain> domains, List<List<OutlineNode>> runs) {
    OutlineNode first = runs.get(0).get(0);
    for (int i = 0; i < domains.size(); i++) {
      Domain d = domains.get(i);
      if (d.span().contains(first.head())) {
        List<Item> measures = new ArrayList<>(d.measures());
        runs.forEach(r -> measures.addAll(collector.items(ItemKind.MEASURE, r)));
        domains.set(i, d.withItems(d.goals(), measures));
        warnings.add(new Warning("NUMBERING_RESTART", d.name() + ": numbering restarts with "
            + "no heading; the items are kept as measures", first.head(), List.of(d.name())));
        return;
      }
    }
  }

  /**
   * The numbered lists right before a domain heading that belong to no domain (the heading of
   * the domain before was lost), as runs; null when there are none.
   */
  private List<List<OutlineNode>> listBefore(OutlineNode domain, List<Domain> domains) {
    int i = indexOf(domain);
    if (i <= 0) {
      return null;
    }
    OutlineNode prev = flat.get(i - 1);
    // a numbered heading is no lost list's item; an item whose first sentence stands on its own
    // line, the rest of its text in paragraphs below it, is
    int body = prev.children().isEmpty() ? prev.span().end()
        : prev.children().get(0).span().start();
    boolean heading = prev.headingLine() && t.substring(prev.head().end(), body).isBlank();
    if (!prev.isNumbered() || heading || inAny(prev.head(), domains)) {
      return null;
    }
    OutlineNode p = parent.get(prev);
    List<OutlineNode> items = new ArrayList<>();
    for (OutlineNode c : p.children()) {
      if (c.isNumbered() && c.style() == prev.style()) {
        items.add(c);
      }
    }
    List<List<OutlineNode>> runs = collector.runs(items);
    int total = runs.stream().mapToInt(List::size).sum();
    return total >= 3 ? runs : null;
  }

  private int indexOf(OutlineNode n) {
    for (int i = 0; i < flat.size(); i++) {
      if (flat.get(i) == n) {
        return i;
      }
    }
    return -1;
  }

  private boolean inAny(Span s, List<Domain> domains) {
    return domains.stream().anyMatch(d -> d.span().contains(s));
  }

  /**
   * Warns when domain headings were found but no goal or measure under any of them (EMPTY_DOMAINS):
   * the numbering nests in a way the outline did not recognise, and the plan reads as empty.
   */
  static void warnIfAllEmpty(List<Domain> domains, List<Warning> warnings) {
    if (!domains.isEmpty()
        && domains.stream().allMatch(d -> d.goals().isEmpty() && d.measures().isEmpty())
        && warnings.stream().noneMatch(w -> w.code().equals("NOT_A_PLAN"))) {
      warnings.add(new Warning("EMPTY_DOMAINS", "domain headings found but no goal or measure"
          + " under any of them (the numbering's nesting may not be recognised)", null));
    }
  }
}
