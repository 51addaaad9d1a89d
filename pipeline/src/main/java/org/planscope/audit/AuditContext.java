package org.planscope.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.planscope.lexicon.Fold;
import org.planscope.model.Domain;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * What a rule may look at besides the plan it checks: every plan in the data (peers, the parent
 * plan) and the reference data. Built once per audit run: the indexes it builds (plans by region,
 * quantified indicators per plan type) keep the peer and parent rules linear in the number of
 * plans.
 */
public final class AuditContext {
  private final List<Plan> plans;
  private final ReferenceData references;
  /** The parent province's or city's own targets ({@code audit --reference FILE}), or NONE. */
  private final ReferenceData parentTable;
  private final String parentLabel;
  /** Plans by normalised region name, for the parent lookup. */
  private final Map<String, List<Plan>> byRegion = new HashMap<>();
  /** Per plan type, per indicator key: the first stated use in each plan, plans in id order. */
  private final Map<String, Map<String, List<Use>>> quantified = new HashMap<>();
  /** Plan count per plan type. */
  private final Map<String, Integer> typeCount = new HashMap<>();
  private final Set<String> ids = new HashSet<>();

  /** One plan's first quantified use of an indicator: its domain (null in a key project). */
  record Use(Plan plan, String domain, Target target) {}

  /**
   * @param plans every plan in the data, the audited ones included (peers and parents come from
   *     here even when only one plan is audited)
   * @param references the catalogue, or {@link ReferenceData#NONE}
   */
  public AuditContext(List<Plan> plans, ReferenceData references) {
    this(plans, references, ReferenceData.NONE, null);
  }

  /**
   * @param plans every plan in the data
   * @param references the national catalogue, or {@link ReferenceData#NONE}
   * @param parentTable the parent province's or city's targets in the same table shape, or NONE
   * @param parentLabel how messages name that table (湖南省妇女发展规划); null: "参照表"
   */
  public AuditContext(List<Plan> plans, ReferenceData references, ReferenceData parentTable,
      String parentLabel) {
    this.plans = plans.stream().sorted(Comparator.comparing(Plan::id)).toList();
    this.references = Objects.requireNonNull(references, "references");
    this.parentTable = Objects.requireNonNull(parentTable, "parentTable");
    this.parentLabel = parentLabel;
    for (Plan p : this.plans) {
      ids.add(p.id());
      if (p.region().name() != null) {
        byRegion.computeIfAbsent(Fold.key(p.region().name()), k -> new ArrayList<>()).add(p);
      }
      typeCount.merge(type(p), 1, Integer::sum);
      Map<String, List<Use>> uses = quantified.computeIfAbsent(type(p), k -> new LinkedHashMap<>());
      Set<String> seen = new HashSet<>();
      for (Domain d : p.domains()) {
        Stream.concat(d.goals().stream(), d.measures().stream())
            .flatMap(i -> i.statedTargets().stream())
            .forEach(t -> use(uses, seen, new Use(p, d.name(), t)));
      }
      p.keyProjects().stream().flatMap(i -> i.statedTargets().stream())
          .forEach(t -> use(uses, seen, new Use(p, null, t)));
    }
  }

  private void use(Map<String, List<Use>> uses, Set<String> seen, Use u) {
    String k = key(u.target());
    if (seen.add(k)) {
      uses.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
    }
  }

  private static String type(Plan p) {
    return p.planType() == null ? "" : p.planType();
  }

  /**
   * The indicators at least {@code minPeers} of the plan's peers quantify: per indicator key (in
   * order of first use), the first stated use in each peer plan that quantifies it.
   */
  Map<String, List<Use>> peerUses(Plan plan, int minPeers) {
    Set<String> own = new HashSet<>();
    plan.items().flatMap(i -> i.statedTargets().stream()).forEach(t -> own.add(key(t)));
    boolean inData = ids.contains(plan.id());
    Map<String, List<Use>> out = new LinkedHashMap<>();
    quantified.getOrDefault(type(plan), Map.of()).forEach((k, uses) -> {
      int others = uses.size() - (inData && own.contains(k) ? 1 : 0);
      if (others >= Math.max(1, minPeers)) {
        out.put(k, uses.stream().filter(u -> !u.plan().id().equals(plan.id())).toList());
      }
    });
    return out;
  }

  /** How many peers the plan has: the other plans of its type. */
  int peerCount(Plan plan) {
    int n = typeCount.getOrDefault(type(plan), 0);
    return ids.contains(plan.id()) ? n - 1 : n;
  }

  public List<Plan> plans() {
    return plans;
  }

  public ReferenceData references() {
    return references;
  }

  /** The parent's table given with {@code --reference}, or {@link ReferenceData#NONE}. */
  public ReferenceData parentTable() {
    return parentTable;
  }

  /** How messages name the parent's table. */
  Text parentLabel() {
    return Messages.get("ref.table", parentLabel == null ? "" : parentLabel);
  }

  /** The parent table's entry for a target: by catalogue id, else by indicator name. */
  Optional<Reference> parentReference(Target t) {
    Optional<Reference> r = t.indicatorId() == null ? Optional.empty()
        : parentTable.resolve(t.indicatorId());
    if (r.isEmpty()) {
      r = reference(t).flatMap(n -> parentTable.resolve(n.indicatorId()));
    }
    return r.isPresent() ? r : parentTable.resolve(t.indicator());
  }

  /**
   * The year a target is for: the year the target states (到2025年), else the end of the plan's
   * period (2025 for a 十四五 plan), else null.
   */
  public static Integer horizon(Plan plan, Target t) {
    if (t.year() != null) {
      return t.year();
    }
    return plan.period() == null ? null : plan.period().end();
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
            : "name:" + Fold.key(t.indicator()));
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
            && !Fold.key(plan.region().province()).equals(Fold.key(plan.region().name()))
            ? plan.region().province() : null;
    if (above == null) {
      return Optional.empty();
    }
    List<Plan> candidates = byRegion.getOrDefault(Fold.key(above), List.of()).stream()
        .filter(p -> !p.id().equals(plan.id()))
        .toList();
    return candidates.stream()
        .filter(p -> Objects.equals(p.planType(), plan.planType()))
        .findFirst()
        .or(() -> candidates.stream().findFirst());
  }

  /** The other plans of the same type (a plan of unknown type: the others of unknown type). */
  public List<Plan> peersOf(Plan plan) {
    return plans.stream()
        .filter(p -> !p.id().equals(plan.id()) && type(p).equals(type(plan)))
        .toList();
  }
}
