package org.planscope.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.planscope.extract.IndicatorCatalogue;
import org.planscope.format.TargetFormat;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * What each plan of a {@link Series} did with the targets of the plan before it: one
 * {@link TargetChange} per indicator either plan quantifies, marked 新增 / 提高 / 放宽 / 取消 / 不变
 * (or 改变 when the two cannot be ranked), with the two goal texts and their character diff.
 *
 * <p>A plan's target for an indicator is its first stated target due at the end of the plan's
 * period (a goal before an indicator table row, a measure, a key project), else its first stated
 * one. Indicators are matched by catalogue id, else by their name without spaces and punctuation.
 */
public final class History {
  private History() {}

  /** One plan's target for an indicator, and the text of the item that states it. */
  public record Stated(String indicator, String indicatorId, String op, String value,
      String unit, Integer year, boolean relative, String goal) {
    /** {@code 2030年 ≤ 12/10万}. */
    public String display() {
      return TargetFormat.withYear(year, op, value, unit);
    }
  }

  /** An indicator across two plans; {@code before} or {@code after} is null for 新增 / 取消. */
  public record TargetChange(String indicator, String indicatorId, Change change,
      Stated before, Stated after, List<TextDiff.Piece> diff) {
    public TargetChange {
      diff = List.copyOf(diff);
    }
  }

  /** From one plan to the next. */
  public record Step(Plan before, Plan after, List<TargetChange> changes) {
    public Step {
      changes = List.copyOf(changes);
    }
  }

  /**
   * The steps of a series, oldest first. {@code indicator} (a catalogue id or name, or part of an
   * indicator's name) keeps only that indicator's changes; null keeps all.
   */
  public static List<Step> of(Series series, String indicator) {
    List<Step> out = new ArrayList<>();
    for (int i = 1; i < series.plans().size(); i++) {
      Plan a = series.plans().get(i - 1);
      Plan b = series.plans().get(i);
      out.add(new Step(a, b, changes(targets(a), targets(b), indicator)));
    }
    return out;
  }

  static List<TargetChange> changes(Map<String, Stated> before, Map<String, Stated> after,
      String indicator) {
    List<TargetChange> out = new ArrayList<>();
    for (Map.Entry<String, Stated> e : after.entrySet()) {
      Stated was = before.get(e.getKey());
      Stated now = e.getValue();
      if (was == null) {
        out.add(new TargetChange(now.indicator(), now.indicatorId(), Change.ADDED, null, now,
            TextDiff.of("", now.goal())));
      } else {
        out.add(new TargetChange(now.indicator(), now.indicatorId(), kind(was, now), was, now,
            TextDiff.of(was.goal(), now.goal())));
      }
    }
    for (Map.Entry<String, Stated> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        Stated was = e.getValue();
        out.add(new TargetChange(was.indicator(), was.indicatorId(), Change.DROPPED, was, null,
            TextDiff.of(was.goal(), "")));
      }
    }
    if (indicator == null || indicator.isBlank()) {
      return out;
    }
    return out.stream().filter(c -> matches(c, indicator)).toList();
  }

  /** Stricter, looser or the same, in the catalogue's good direction for the indicator. */
  static Change kind(Stated was, Stated now) {
    if (was.relative() || now.relative()) {
      return sameTarget(was, now) ? Change.UNCHANGED : Change.CHANGED;
    }
    IndicatorCatalogue.Direction d = direction(now).or(() -> direction(was)).orElse(null);
    Tightness.Order o = Tightness.compare(d, op(now), Tightness.number(now.value()), now.unit(),
        op(was), Tightness.number(was.value()), was.unit());
    return switch (o) {
      case STRICTER -> Change.RAISED;
      case LOOSER -> Change.RELAXED;
      case SAME -> Change.UNCHANGED;
      case INCOMPARABLE -> sameTarget(was, now) ? Change.UNCHANGED : Change.CHANGED;
    };
  }

  private static boolean sameTarget(Stated a, Stated b) {
    return java.util.Objects.equals(a.op(), b.op()) && java.util.Objects.equals(a.value(), b.value())
        && Tightness.sameUnit(a.unit(), b.unit());
  }

  private static org.planscope.model.Op op(Stated s) {
    return s.op() == null ? null : org.planscope.model.Op.fromSymbol(s.op());
  }

  static Optional<IndicatorCatalogue.Direction> direction(Stated s) {
    IndicatorCatalogue c = IndicatorCatalogue.shared();
    Optional<IndicatorCatalogue.Indicator> i = s.indicatorId() != null
        ? c.byId(s.indicatorId()) : c.match(s.indicator());
    return i.map(IndicatorCatalogue.Indicator::direction);
  }

  private static boolean matches(TargetChange c, String typed) {
    IndicatorCatalogue cat = IndicatorCatalogue.shared();
    Optional<IndicatorCatalogue.Indicator> i = cat.byId(typed.strip()).or(() -> cat.match(typed));
    if (i.isPresent() && i.get().id().equals(c.indicatorId())) {
      return true;
    }
    return key(c.indicator()).contains(key(typed));
  }

  /** The plan's target per indicator (see the class comment), in the order of the plan. */
  static Map<String, Stated> targets(Plan plan) {
    Map<String, List<Stated>> all = new LinkedHashMap<>();
    Stream<Item> items = Stream.of(
        plan.domains().stream().flatMap(d -> d.goals().stream()), plan.indicators().stream(),
        plan.domains().stream().flatMap(d -> d.measures().stream()), plan.keyProjects().stream())
        .flatMap(s -> s);
    items.forEach(item -> {
      for (Target t : item.statedTargets()) {
        if (t.value() == null && t.valueText() == null) {
          continue;
        }
        String key = t.indicatorId() != null ? t.indicatorId() : key(t.indicator());
        all.computeIfAbsent(key, k -> new ArrayList<>()).add(stated(plan, t, item));
      }
    });
    Map<String, Stated> out = new LinkedHashMap<>();
    int end = plan.period() == null ? -1 : plan.period().end();
    all.forEach((k, list) -> out.put(k, list.stream()
        .filter(s -> s.year() == null || s.year() == end).findFirst().orElse(list.get(0))));
    return out;
  }

  private static Stated stated(Plan plan, Target t, Item item) {
    String value = t.valueText() != null ? t.valueText() : plain(t.value());
    Integer year = t.year() != null ? t.year() : plan.period() == null ? null : plan.period().end();
    return new Stated(t.indicator(), t.indicatorId(), t.op() == null ? null : t.op().symbol(),
        value, t.unit(), year, t.relative(), item.text());
  }

  private static String plain(BigDecimal v) {
    return v == null ? null : v.stripTrailingZeros().toPlainString();
  }

  /** The name without spaces and punctuation, width folded. */
  static String key(String s) {
    return s == null ? "" : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
        .replaceAll("[\\s\\p{P}]+", "");
  }
}
