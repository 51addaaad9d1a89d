package org.planscope.model;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A development area (妇女与健康) with its goals and measures.
 *
 * @param name the canonical name (妇女与健康); for plan types without a fixed domain list, the
 *     chapter heading without numbering
 * @param heading the heading as printed (（一）妇女与健康), or null when the heading was lost and the
 *     domain was inferred from content
 * @param span the domain's whole extent (see {@link Plan} for the offsets)
 * @param inferred true when the domain was placed by the classifier rather than read from a heading
 * @param goals goals in text order
 * @param measures measures in text order
 */
public record Domain(
    String name, String heading, Span span, boolean inferred, List<Item> goals, List<Item> measures) {
  public Domain {
    Objects.requireNonNull(name, "name");
    goals = List.copyOf(goals);
    measures = List.copyOf(measures);
  }

  /** The same domain with every span, its own and its items', passed through {@code f}. */
  public Domain mapSpans(UnaryOperator<Span> f) {
    return new Domain(name, heading, f.apply(span), inferred,
        goals.stream().map(i -> i.mapSpans(f)).toList(),
        measures.stream().map(i -> i.mapSpans(f)).toList());
  }

  public Domain withItems(List<Item> newGoals, List<Item> newMeasures) {
    return new Domain(name, heading, span, inferred, newGoals, newMeasures);
  }
}
