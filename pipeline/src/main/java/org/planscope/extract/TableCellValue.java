package org.planscope.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.lexicon.Fold;
import org.planscope.model.Op;

/**
 * Reads one value cell of an indicator table as a level: a number, the unit it is printed with,
 * and the comparator printed around it. A cell is a level when it is nothing but
 *
 * <ul>
 *   <li>an optional comparator in front — a symbol of {@code indicator-table.tsv} (≤15, ≥1:3) or a
 *       plain comparator word of {@code comparators.tsv} (不低于90);
 *   <li>a number: bare (79.5, unit from the header or the name's parenthesis), or with a unit or
 *       bound of its own as the prose reader finds it — 95%, 5‰, 15/10万 → 15 1/10万, 1∶3 → "1:3"
 *       ratio, 11.2年, 80岁, 4.5个, 800人次 ({@code quantity-units.tsv}) — or followed by the
 *       header's own unit (2.6平方米 under 平方米);
 *   <li>an optional bound after it (15/10万以下 → {@code <=}, 80岁以上 → {@code >=}, 45%左右 →
 *       {@code ~}).
 * </ul>
 *
 * <p>Not a level: no number (—, 持续提高), a number inside other words (力争每年降低0.5个百分点以上 is
 * a rate of change), a change (个百分点, 翻一番), two numbers (85%—90%). A bare value has no op
 * here; the table reader decides it from the indicator.
 */
final class TableCellValue {
  /** What a cell says: the op printed with the value (null when bare), value and unit. */
  record Level(Op op, BigDecimal value, String valueText, String unit) {}

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  /** What a number may be printed with in a cell: a level's unit, never a change. */
  private static final Set<QuantityFinder.Kind> LEVELS = Set.of(QuantityFinder.Kind.PERCENT,
      QuantityFinder.Kind.PERMILLE, QuantityFinder.Kind.PER_100K, QuantityFinder.Kind.PER_10K,
      QuantityFinder.Kind.RATIO, QuantityFinder.Kind.COUNT, QuantityFinder.Kind.MEASURE);

  private final List<Map.Entry<String, Op>> symbols;
  private final TargetLexicon lexicon;
  private final QuantityFinder quantities;

  /** @param symbols the comparator symbols of the table lexicon, longest first */
  TableCellValue(List<Map.Entry<String, Op>> symbols, TargetLexicon lexicon) {
    this.symbols = List.copyOf(symbols);
    this.lexicon = lexicon;
    this.quantities = new QuantityFinder(lexicon);
  }

  /**
   * The level a cell states, or null when it states none.
   *
   * @param unit the unit the header or the indicator's parenthesis gives, or null
   */
  Level read(String cell, String unit) {
    String v = Fold.key(cell);
    Matcher m = NUMBER.matcher(v);
    if (!m.find()) {
      return null;
    }
    String before = v.substring(0, m.start());
    Op pre = before.isEmpty() ? null : prefixOp(before);
    if (!before.isEmpty() && pre == null) {
      return null;
    }
    String core = v.substring(m.start());
    Op post = null;
    for (int i = 0; i < core.length() && post == null; i++) {
      TargetLexicon.Cue cue = lexicon.postAt(core, i);
      if (cue != null && i + cue.text().length() == core.length()) {
        post = cue.op();
        core = core.substring(0, i);
      }
    }
    Level level = level(core, unit);
    if (level == null) {
      return null;
    }
    Op op = post != null ? post : pre;
    return new Level(op, level.value(), level.valueText(), level.unit());
  }

  /** A number with its unit and nothing else, or null. */
  private Level level(String core, String unit) {
    Matcher m = NUMBER.matcher(core);
    if (!m.lookingAt()) {
      return null;
    }
    String rest = core.substring(m.end());
    BigDecimal number = new BigDecimal(m.group());
    if (rest.isEmpty() || rest.equals(Fold.key(unit))) {
      return new Level(null, number, null, unit);
    }
    if (unit != null && rest.startsWith("/") && unit.endsWith(rest)) {
      return new Level(null, number, null, unit); // 12/10万 under a 1/10万 header
    }
    List<QuantityFinder.Quantity> found = quantities.find(core);
    if (found.size() != 1) {
      return null;
    }
    QuantityFinder.Quantity q = found.get(0);
    if (q.start() != 0 || q.end() != core.length() || !LEVELS.contains(q.kind())) {
      return null;
    }
    return new Level(null, q.value(), q.valueText(), q.unit());
  }

  /** The op of a comparator that is the whole text before a value (≤, 不低于), or null. */
  private Op prefixOp(String before) {
    for (Map.Entry<String, Op> e : symbols) {
      if (before.equals(e.getKey())) {
        return e.getValue();
      }
    }
    TargetLexicon.Cue cue = lexicon.preEndingAt(before, before.length());
    return cue != null && cue.text().length() == before.length() && cue.strength() >= 1
        && cue.kind() == TargetLexicon.CueKind.PLAIN ? cue.op() : null;
  }
}
