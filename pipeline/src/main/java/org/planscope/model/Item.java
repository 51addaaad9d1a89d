package org.planscope.model;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A numbered goal, measure or key project.
 *
 * @param kind goal, measure or key project
 * @param n the item's ordinal within its list (1-based), as numbered in the text
 * @param number the numbering as printed: {@code （三）}, {@code 3.}, {@code ③}; empty when unnumbered
 * @param title the first sentence without its final 。 (for goals, the same rule)
 * @param text the full text, joined across page breaks, without the number prefix and without a
 *     trailing unit parenthesis such as （牵头单位：…）
 * @param span where {@code text} is (see {@link Plan} for the offsets)
 * @param extent the whole item: number, text and any trailing note such as a unit parenthesis
 *     (contains {@code span}); not written to JSON, so a plan read back has {@code extent = span}
 * @param targets quantified targets and indicators with a missing value, in text order
 * @param units units assigned to this item, in text order
 */
public record Item(
    ItemKind kind,
    int n,
    String number,
    String title,
    String text,
    Span span,
    Span extent,
    List<Target> targets,
    List<UnitAssignment> units) {
  public Item {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    number = number == null ? "" : number;
    extent = extent == null ? span : extent;
    targets = List.copyOf(targets);
    units = List.copyOf(units);
  }

  public List<Target> statedTargets() {
    return targets.stream().filter(Target::stated).toList();
  }

  public List<String> unitNames(Role role) {
    return units.stream().filter(u -> u.role() == role).map(UnitAssignment::name).toList();
  }

  public Item withTargets(List<Target> newTargets) {
    return new Item(kind, n, number, title, text, span, extent, newTargets, units);
  }

  /** The same item with every span (its own, its targets', its units') passed through {@code f}. */
  public Item mapSpans(UnaryOperator<Span> f) {
    return new Item(kind, n, number, title, text, f.apply(span), f.apply(extent),
        targets.stream().map(t -> t.withSpan(f.apply(t.span()))).toList(),
        units.stream().map(u -> u.withSpan(f.apply(u.span()))).toList());
  }

  public Item withUnits(List<UnitAssignment> newUnits) {
    return new Item(kind, n, number, title, text, span, extent, targets, newUnits);
  }
}
