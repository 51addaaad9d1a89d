package org.planscope.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * What a rule may look at besides the plan it checks: every plan in the data (peers, the parent
 * plan) and the reference data. Built once per audit run.
 */
public final class AuditContext {
  private final List<Plan> plans;
  private final ReferenceData references;

  /**
   * @param plans every plan in the data, the audited ones included (peers and parents come from
   *     here even when only one plan is audited)
   * @param references the catalogue, or {@link ReferenceData#NONE}
   */
  public AuditContext(List<Plan> plans, ReferenceData references) {
    this.plans = plans.stream().sorted(Comparator.comparing(Plan::id)).toList();
    this.references = Objects.requireNonNull(references, "references");
  }

  public List<Plan> plans() {
    return plans;
  }

  public ReferenceData references() {
    return references;
  }

  /** The catalogue entry of a target: by its indicator id, else by its exact indicator name. */
  public Optional<Reference> reference(Target t) {
    Optional<Reference> r = t.indicatorId() == null ? Optional.empty()
        : references.resolve(t.indicatorId());
    return r.isPresent() ? r : references.resolve(t.indicator());
  }

  /**
   * The identity of a target's indicator across items and plans: the catalogue id when it
   * resolves, else the normalised indicator phrase.
   */
  public String key(Target t) {
    return reference(t).map(r -> "id:" + r.indicatorId())
        .orElseGet(() -> t.indicatorId() != null ? "id:" + t.indicatorId()
            : "name:" + Indicators.key(t.indicator()));
  }

  /**
   * The plan of the region above this one, when it is in the data: the plan whose region is this
   * plan's {@code region.city}, or, for a prefecture-level plan (no city), its {@code
   * region.province}. A plan of the same type is preferred (a women's plan's parent is the city's
   * women's plan).
   */
  public Optional<Plan> parentOf(Plan plan) {
    String above = plan.region().city() != null ? plan.region().city()
        : plan.region().province() != null
            && !Indicators.key(plan.region().province()).equals(Indicators.key(plan.region().name()))
            ? plan.region().province() : null;
    if (above == null) {
      return Optional.empty();
    }
    String key = Indicators.key(above);
    List<Plan> candidates = new ArrayList<>();
    for (Plan p : plans) {
      if (!p.id().equals(plan.id()) && p.region().name() != null
          && Indicators.key(p.region().name()).equals(key)) {
        candidates.add(p);
      }
    }
    return candidates.stream()
        .filter(p -> Objects.equals(p.planType(), plan.planType()))
        .findFirst()
        .or(() -> candidates.stream().findFirst());
  }

  /** The other plans of the same type (all other plans when the type is unknown), by id. */
  public List<Plan> peersOf(Plan plan) {
    return plans.stream()
        .filter(p -> !p.id().equals(plan.id()))
        .filter(p -> plan.planType() == null || p.planType() == null
            || p.planType().equals(plan.planType()))
        .toList();
  }
}
