package org.planscope.audit;

import org.planscope.lexicon.Fold;
import org.planscope.format.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * INCONSISTENT (前后不一致) — one plan gives the same indicator, for the same year and the same
 * scope, different values in different places: goal 2 says 孕产妇死亡率 ≤ 8/10万, a key project
 * ≤ 10/10万. One finding per indicator, at its first occurrence, listing every value and where.
 *
 * <p>What is not a conflict: two values in one item (新建公厕男女厕位比例不低于3:2，人流量较大地区不
 * 小于2:1 is one rule with a condition); targets for different years (a stated year, else the end
 * of the plan's period); targets whose clauses name different scopes (农村 / 城市, 35—64岁, from
 * {@code models/lexicon/audit-scope-cues.tsv}) or carry different qualifiers.
 */
@RulePattern(id = "INCONSISTENT", severity = Severity.HIGH)
public final class InconsistentRule implements AuditRule {
  private static final class Holder {
    static final List<String> WORDS = new ArrayList<>();
    static final List<Pattern> PATTERNS = new ArrayList<>();

    static {
      Tsv tsv = Tsv.model("lexicon/audit-scope-cues.tsv").require("cue", "kind");
      for (Tsv.Row row : tsv.rows()) {
        switch (row.get("kind")) {
          case "WORD" -> WORDS.add(row.get("cue"));
          case "PATTERN" -> PATTERNS.add(Pattern.compile(row.get("cue")));
          default -> throw row.error("unknown kind '" + row.get("kind") + "' (WORD or PATTERN)");
        }
      }
    }
  }

  private record Occurrence(String domain, Item item, Target target, Integer year, String scope) {
    String value() {
      return target.valueText() != null ? Fold.key(target.valueText())
          : target.value().stripTrailingZeros().toPlainString();
    }
  }

  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    Map<String, List<Occurrence>> groups = new LinkedHashMap<>();
    for (Domain d : plan.domains()) {
      for (Item item : d.goals()) {
        add(groups, plan, d.name(), item, ctx);
      }
      for (Item item : d.measures()) {
        add(groups, plan, d.name(), item, ctx);
      }
    }
    for (Item item : plan.keyProjects()) {
      add(groups, plan, null, item, ctx);
    }
    List<Finding> out = new ArrayList<>();
    for (List<Occurrence> group : groups.values()) {
      List<Occurrence> involved = new ArrayList<>();
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          if (conflicts(group.get(i), group.get(j))) {
            if (!involved.contains(group.get(i))) {
              involved.add(group.get(i));
            }
            if (!involved.contains(group.get(j))) {
              involved.add(group.get(j));
            }
          }
        }
      }
      if (involved.isEmpty()) {
        continue;
      }
      involved.sort((a, b) -> Integer.compare(group.indexOf(a), group.indexOf(b)));
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (Occurrence o : involved) {
        Finding.Location l = Finding.Location.of(plan, o.domain(), o.item());
        String v = Indicators.format(o.target());
        zh.add(v + "（" + l.item(Lang.ZH) + (o.domain() == null ? "" : "，" + o.domain()) + "）");
        en.add(v + " (" + l.item(Lang.EN) + (o.domain() == null ? "" : ", " + o.domain()) + ")");
      }
      Occurrence first = involved.get(0);
      Target t = first.target();
      out.add(new Finding(id(), severity(), Finding.Location.of(plan, first.domain(), first.item()),
          t.indicator(), Finding.Evidence.in(plan, first.item(), t.raw(), t.span()),
          Messages.get("msg.inconsistent", t.indicator(),
              new Text(String.join("；", zh), String.join("; ", en))),
          Messages.get("msg.inconsistent.suggest", t.indicator())));
    }
    return out;
  }

  private static void add(Map<String, List<Occurrence>> groups, Plan plan, String domain,
      Item item, AuditContext ctx) {
    for (Target t : item.statedTargets()) {
      if (t.value() == null && t.valueText() == null) {
        continue;
      }
      String key = ctx.key(t) + "\t" + Fold.key(t.unit());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(domain, item, t,
          AuditContext.horizon(plan, t), scope(plan, item, t)));
    }
  }

  /** The scope cues of the target's clause and its qualifiers, as one comparable string. */
  static String scope(Plan plan, Item item, Target t) {
    Finding.Evidence e = Finding.Evidence.in(plan, item, t.raw(), t.span());
    String clause = Fold.key(e.text() + "\n" + t.indicator());
    TreeSet<String> cues = new TreeSet<>();
    for (String w : Holder.WORDS) {
      if (clause.contains(w)) {
        cues.add(w);
      }
    }
    for (Pattern p : Holder.PATTERNS) {
      Matcher m = p.matcher(clause);
      while (m.find()) {
        cues.add(Fold.key(m.group()));
      }
    }
    t.qualifiers().forEach(q -> cues.add("q:" + Fold.key(q)));
    return String.join("|", cues);
  }

  private static boolean conflicts(Occurrence a, Occurrence b) {
    if (a.item() == b.item()) {
      return false;
    }
    if (!Objects.equals(a.year(), b.year()) || !a.scope().equals(b.scope())) {
      return false;
    }
    return !Objects.equals(a.value(), b.value());
  }
}
