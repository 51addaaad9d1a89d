package org.planscope.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.planscope.extract.IndicatorCatalogue.Direction;
import org.planscope.model.Op;

/**
 * One catalogue indicator as the audit needs it: its names, good direction and the reference
 * targets with their years (孕产妇死亡率 ≤ 12 1/10万 in 2030, ≤ 14.5 1/10万 in 2025).
 *
 * @param indicatorId the catalogue id (stable, ASCII)
 * @param name the canonical name (孕产妇死亡率)
 * @param synonyms other names a plan may use for it, possibly empty
 * @param direction which way it improves, or null when the catalogue does not say
 * @param op the comparator of the main (outline) target, or null when none is stated
 * @param value the main target's value, or null when none is stated
 * @param unit the unit of {@code value} ({@code %}, {@code 1/10万} …), or null
 * @param domain the development domain it belongs to (妇女与健康), or null
 * @param targets every dated target (the main one included when it has a year), by year
 * @param outline the plan type whose national outline sets the main target ({@code women} for
 *     《中国妇女发展纲要》, {@code children} for 《中国儿童发展纲要》), or null when any plan answers
 *     to it
 */
public record Reference(
    String indicatorId,
    String name,
    List<String> synonyms,
    Direction direction,
    Op op,
    BigDecimal value,
    String unit,
    String domain,
    List<Milestone> targets,
    String outline) {

  /**
   * A reference value for one year.
   *
   * @param year the year it is for (2025, 2030), or null when the table does not say
   * @param op comparator
   * @param value the value
   * @param unit its unit
   * @param source the document and article that state it
   *     (《中国妇女发展纲要（2021—2030年）》妇女与健康 主要目标2), or null
   */
  public record Milestone(Integer year, Op op, BigDecimal value, String unit, String source) {
    public Milestone {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }

    /** {@code ≤ 14.5/10万}. */
    public String target() {
      return Indicators.format(op, value, null, unit);
    }
  }

  public Reference {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(name, "name");
    synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    List<Milestone> t = new ArrayList<>(targets == null ? List.of() : targets);
    t.sort(Comparator.comparing(m -> m.year() == null ? Integer.MAX_VALUE : m.year()));
    targets = List.copyOf(t);
  }

  /** An entry with one undated target (or none). */
  public Reference(String indicatorId, String name, List<String> synonyms, Direction direction,
      Op op, BigDecimal value, String unit, String domain) {
    this(indicatorId, name, synonyms, direction, op, value, unit, domain,
        value == null ? List.of() : List.of(new Milestone(null, op, value, unit, null)), null);
  }

  /** True when a reference value is stated for some year. */
  public boolean quantified() {
    return value != null || !targets.isEmpty();
  }

  /** The target stated for exactly this year, if any. */
  public Optional<Milestone> at(int year) {
    return targets.stream().filter(m -> m.year() != null && m.year() == year).findFirst();
  }

  /**
   * The target to hold a plan with horizon {@code year} against: the one for that year; an
   * undated one when the table gives no years; else empty (see {@link #nearest}).
   */
  public Optional<Milestone> forYear(Integer year) {
    if (year != null) {
      Optional<Milestone> m = at(year);
      if (m.isPresent()) {
        return m;
      }
    }
    return targets.stream().filter(m -> m.year() == null).findFirst();
  }

  /** The dated target nearest to {@code year} (the later one on a tie), for a horizon note. */
  public Optional<Milestone> nearest(Integer year) {
    if (year == null) {
      return targets.stream().filter(m -> m.year() != null).reduce((a, b) -> b);
    }
    return targets.stream().filter(m -> m.year() != null)
        .min(Comparator.comparingInt((Milestone m) -> Math.abs(m.year() - year))
            .thenComparing(m -> -m.year()));
  }

  /** The main target, if any. */
  public Optional<Milestone> main() {
    if (value == null) {
      return targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(targets.size() - 1));
    }
    return targets.stream().filter(m -> m.value().compareTo(value) == 0 && m.op() == op)
        .reduce((a, b) -> b).or(() -> Optional.of(new Milestone(null, op, value, unit, null)));
  }

  /** The name and every synonym. */
  public List<String> names() {
    List<String> all = new ArrayList<>(synonyms.size() + 1);
    all.add(name);
    all.addAll(synonyms);
    return all;
  }

  /** {@code ≤ 12 1/10万}, for messages; empty when not quantified. */
  public String target() {
    return main().map(Milestone::target).orElse("");
  }
}
