package org.planscope.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.planscope.model.Op;

/**
 * One catalogue indicator as the audit needs it: its names, good direction and, when the national
 * outline quantifies it, the national target (孕产妇死亡率 ≤ 12 1/10万).
 *
 * @param indicatorId the catalogue id (stable, ASCII)
 * @param name the canonical name (孕产妇死亡率)
 * @param synonyms other names a plan may use for it, possibly empty
 * @param direction which way it improves, or null when the catalogue does not say
 * @param op the national comparator, or null when the outline states no value
 * @param value the national value, or null when the outline states none
 * @param unit the unit of {@code value} ({@code %}, {@code 1/10万} …), or null
 * @param domain the development domain it belongs to (妇女与健康), or null
 */
public record Reference(
    String indicatorId,
    String name,
    List<String> synonyms,
    Direction direction,
    Op op,
    BigDecimal value,
    String unit,
    String domain) {
  public Reference {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(name, "name");
    synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
  }

  /** True when the national outline gives a number for it. */
  public boolean quantified() {
    return value != null;
  }

  /** The name and every synonym. */
  public List<String> names() {
    List<String> all = new java.util.ArrayList<>(synonyms.size() + 1);
    all.add(name);
    all.addAll(synonyms);
    return all;
  }

  /** {@code ≤ 12 1/10万}, for messages; empty when not quantified. */
  public String target() {
    return value == null ? "" : Indicators.format(op, value, null, unit);
  }
}
