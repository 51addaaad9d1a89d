package org.planscope.history;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.planscope.audit.CatalogueReferenceData;
import org.planscope.audit.Reference;
import org.planscope.extract.IndicatorCatalogue;
import org.planscope.extract.IndicatorCatalogue.Direction;
import org.planscope.format.TargetFormat;
import org.planscope.index.CompareRow;
import org.planscope.index.Comparison;
import org.planscope.model.Op;

/**
 * One indicator down the administrative tree: the national targets (the catalogue's outline
 * value and dated milestones) at the root, then each province, its prefecture cities and their
 * counties with the targets their plans state. Parents come from the plans' regions (province,
 * parent city, level, as the gazetteer resolved them); a level with no plan in the data is a node
 * without values. A target looser than the nearest level above that has a value for the same year
 * and unit is marked, in the catalogue's good direction with comparators considered.
 */
public record Hierarchy(String indicator, String catalogueName, Direction direction, Node root) {
  /** The national level's name. */
  public static final String NATIONAL = "全国";

  /**
   * A target at one node: a plan's (plan id, title, period, goal) or a national one (source).
   *
   * @param looser the level above it is looser than, or null
   */
  public record Value(String plan, String title, String period, String op, String value,
      String unit, Integer year, String goal, String source, Looser looser) {
    /** {@code 2030年 ≤ 12/10万}. */
    public String display() {
      return TargetFormat.withYear(year, op, value, unit);
    }

    Value looser(Looser l) {
      return new Value(plan, title, period, op, value, unit, year, goal, source, l);
    }
  }

  /** The level a target is looser than: its name (柳州市, 全国) and its target there. */
  public record Looser(String than, String display) {}

  /** A region; {@code values} is empty when the data has no plan of it naming the indicator. */
  public record Node(String name, String level, List<Value> values, List<Node> children) {
    public Node {
      values = List.copyOf(values);
      children = List.copyOf(children);
    }
  }

  /** The tree of a comparison's rows (see {@link Comparison#newest()} for one plan a region). */
  public static Hierarchy of(Comparison c) {
    IndicatorCatalogue cat = IndicatorCatalogue.shared();
    Optional<IndicatorCatalogue.Indicator> entry = cat.byId(c.indicator().strip())
        .or(() -> cat.match(c.catalogueName() != null ? c.catalogueName() : c.indicator()));
    Direction direction = entry.map(IndicatorCatalogue.Indicator::direction).orElse(null);
    List<Value> national = new ArrayList<>();
    entry.flatMap(e -> CatalogueReferenceData.load().resolve(e.id())).ifPresent(r -> {
      for (Reference.Milestone m : r.targets()) {
        national.add(new Value(null, null, null, m.op().symbol(),
            m.value().stripTrailingZeros().toPlainString(), m.unit(), m.year(), null,
            document(m.source()), null));
      }
    });
    Builder b = new Builder();
    for (CompareRow r : c.rows()) {
      b.add(r);
    }
    Node root = mark(b.build(national), List.of(), direction);
    return new Hierarchy(c.indicator(), c.catalogueName(), direction, root);
  }

  /** 《中国妇女发展纲要（2021—2030年）》 out of a source with its article. */
  static String document(String source) {
    if (source == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("《[^》]+》").matcher(source);
    return m.find() ? m.group() : source;
  }

  /** The node with its values marked against the nearest level above (ancestors: nearest last). */
  private static Node mark(Node n, List<Node> ancestors, Direction direction) {
    List<Value> values = new ArrayList<>();
    for (Value v : n.values()) {
      values.add(ancestors.isEmpty() ? v : v.looser(looser(v, ancestors, direction)));
    }
    List<Node> up = new ArrayList<>(ancestors);
    up.add(n);
    List<Node> children = n.children().stream().map(ch -> mark(ch, up, direction)).toList();
    return new Node(n.name(), n.level(), values, children);
  }

  private static Looser looser(Value v, List<Node> ancestors, Direction direction) {
    for (int i = ancestors.size() - 1; i >= 0; i--) {
      Node a = ancestors.get(i);
      for (Value p : a.values()) {
        if (p.year() == null || !p.year().equals(v.year())
            || !Tightness.sameUnit(p.unit(), v.unit())) {
          continue;
        }
        Tightness.Order o = Tightness.compare(direction, op(v.op()), Tightness.number(v.value()),
            v.unit(), op(p.op()), Tightness.number(p.value()), p.unit());
        return o == Tightness.Order.LOOSER ? new Looser(a.name(), p.display()) : null;
      }
    }
    return null;
  }

  private static Op op(String symbol) {
    return symbol == null ? null : Op.fromSymbol(symbol);
  }

  private static Value value(CompareRow r) {
    return new Value(r.plan(), r.title(), r.period(), r.op(), r.value(), r.unit(), r.year(),
        r.goal(), null, null);
  }

  /** Places rows under province and city, creating the levels that have no plan. */
  private static final class Builder {
    private final class Open {
      final String name;
      String level;
      final List<Value> values = new ArrayList<>();
      final Map<String, Open> children = new LinkedHashMap<>();

      Open(String name, String level) {
        this.name = name;
        this.level = level;
      }

      Open child(String name, String level) {
        Open o = children.computeIfAbsent(name, k -> new Open(k, level));
        if (o.level == null) {
          o.level = level;
        }
        return o;
      }

      Node build() {
        Collator zh = Collator.getInstance(Locale.CHINA);
        List<Open> kids = new ArrayList<>(children.values());
        kids.sort(Comparator.comparing(o -> o.name, zh::compare));
        return new Node(name, level, values, kids.stream().map(Open::build).toList());
      }
    }

    private final Open root = new Open(NATIONAL, null);

    void add(CompareRow r) {
      String region = r.region() == null ? "?" : r.region();
      Open at;
      if (r.province() == null || region.equals(r.province())) {
        at = root.child(region, r.level()); // a province, or a region of unknown province
      } else {
        Open province = root.child(r.province(), null);
        if (r.city() != null && !r.city().equals(region)) {
          at = province.child(r.city(), null).child(region, r.level());
        } else {
          at = province.child(region, r.level());
        }
      }
      at.values.add(value(r));
    }

    Node build(List<Value> national) {
      root.values.addAll(national);
      return root.build();
    }
  }
}
