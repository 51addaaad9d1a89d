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
 * @param value the numeric value (70 for 70%, 12 for 12/10万, 0.5 for 一半); null when missing. For
 *     a relative change it is the signed change (−10 for 比2020年降低10%)
 * @param valueText the value as a string when it is a ratio, fraction or range ({@code "1:3"},
 *     {@code "1/2"}, {@code "70-80"}), else null
 * @param unit {@code %}, {@code ‰}, {@code 1/10万}, {@code 1/万}, {@code ratio}, {@code fraction},
 *     {@code 个百分点}, {@code 倍}, 名, 所, 岁, 万元 …
 * @param raw the verbatim phrase the target was read from
 * @param span where {@code raw} is (see {@link Plan} for the offsets)
 * @param status whether a value is stated
 * @param year the target year (到2025年), else null
 * @param qualifiers other qualifiers the text gives (age band, population, 每年), possibly empty
 * @param baseline the past level the text gives for the same indicator (从2020年的13.1/10万下降到…
 *     → 13.1), in the target's unit; null when none
 * @param relative true when the value is a change against a base (比2020年降低10%, 每年提高1个百分点,
 *     翻一番), never an absolute level
 * @param baseYear the year of the baseline or of the base of a relative change, else null
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
    List<String> qualifiers,
    BigDecimal baseline,
    boolean relative,
    Integer baseYear) {
  public Target {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(status, "status");
    qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
  }

  /** An absolute target without baseline. */
  public Target(String indicator, String indicatorId, Op op, BigDecimal value, String valueText,
      String unit, String raw, Span span, TargetStatus status, Integer year,
      List<String> qualifiers) {
    this(indicator, indicatorId, op, value, valueText, unit, raw, span, status, year, qualifiers,
        null, false, null);
  }

  public boolean stated() {
    return status == TargetStatus.STATED;
  }

  /** True when the indicator links to a catalogue entry. */
  public boolean linked() {
    return indicatorId != null;
  }

  public Target withIndicatorId(String id) {
    return new Target(indicator, id, op, value, valueText, unit, raw, span, status, year,
        qualifiers, baseline, relative, baseYear);
  }

  public Target withSpan(Span s) {
    return new Target(indicator, indicatorId, op, value, valueText, unit, raw, s, status, year,
        qualifiers, baseline, relative, baseYear);
  }

  /** The same target for another year (the plan's end year when the text gives none). */
  public Target withIndicator(String name) {
    return new Target(name, indicatorId, op, value, valueText, unit, raw, span, status, year,
        qualifiers, baseline, relative, baseYear);
  }

  public Target withYear(Integer y) {
    return new Target(indicator, indicatorId, op, value, valueText, unit, raw, span, status, y,
        qualifiers, baseline, relative, baseYear);
  }
}
