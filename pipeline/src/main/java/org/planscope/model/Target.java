package org.planscope.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One quantified commitment: 孕产妇死亡率 ≤ 12/10万.
 *
 * @param indicator the indicator phrase as extracted, qualifiers such as an age band kept in it
 *     (35-64岁适龄妇女宫颈癌人群筛查率)
 * @param indicatorId the catalogue id when one fits, else null
 * @param op the comparator; null when the value is missing
 * @param value the numeric value (70 for 70%, 12 for 12/10万, 0.5 for 一半); null when missing
 * @param valueText the value as a string when it is a ratio or fraction ({@code "1:3"}, {@code
 *     "1/2"}), else null
 * @param unit {@code %}, {@code ‰}, {@code 1/10万}, {@code ratio}, {@code fraction}, 名, 所, 岁 …
 * @param raw the verbatim phrase the target was read from
 * @param span where {@code raw} is, in the plan's normalised text
 * @param status whether a value is stated
 * @param year the target year when the text gives one (到2025年), else null
 * @param qualifiers other qualifiers the text gives (age band, population), possibly empty
 */
public record Target(
    String indicator,
    String indicatorId,
    Op op,
    BigDecimal value,
    String valueText,
    String unit,
    String raw,
    Span span,
    TargetStatus status,
    Integer year,
    List<String> qualifiers) {
  public Target {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(status, "status");
    qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
  }

  public boolean stated() {
    return status == TargetStatus.STATED;
  }

  /** True when the indicator links to a catalogue entry. */
  public boolean linked() {
    return indicatorId != null;
  }

  public Target withIndicatorId(String id) {
    return new Target(indicator, id, op, value, valueText, unit, raw, span, status, year, qualifiers);
  }
}
