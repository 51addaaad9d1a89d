package org.planscope.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Op;
import org.planscope.model.Period;
import org.planscope.model.Plan;
import org.planscope.model.Region;
import org.planscope.model.Role;
import org.planscope.model.Source;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;
import org.planscope.model.UnitAssignment;
import org.planscope.model.Warning;

/**
 * Synthetic plans built from model records for the audit tests: items are laid out one a line in
 * the plan text, and every span (item, target, unit, warning) points at its text there.
 */
public final class TestPlans {
  private TestPlans() {}

  /** A target or a unit of an item, before its span is known. */
  public sealed interface Spec permits T, U {}

  /** A target: {@code raw} must occur in the item text. */
  public record T(String indicator, String op, String value, String unit, String raw, Integer year)
      implements Spec {}

  /** A unit: {@code name} must occur in the item text. */
  public record U(String name, Role role) implements Spec {}

  public static T stated(String indicator, String op, String value, String unit, String raw) {
    return new T(indicator, op, value, unit, raw, null);
  }

  public static T statedIn(int year, String indicator, String op, String value, String unit, String raw) {
    return new T(indicator, op, value, unit, raw, year);
  }

  public static T missing(String indicator, String raw) {
    return new T(indicator, null, null, null, raw, null);
  }

  public static U lead(String name) {
    return new U(name, Role.LEAD);
  }

  public static U responsible(String name) {
    return new U(name, Role.RESPONSIBLE);
  }

  public static Builder plan(String id, String region, String level, String province, String city) {
    return new Builder(id, new Region(region, level, province, city, null));
  }

  public static final class Builder {
    private final String id;
    private final Region region;
    private String planType = "women";
    private Period period = new Period(2021, 2030);
    private final StringBuilder text = new StringBuilder();
    private final List<Domain> domains = new ArrayList<>();
    private final List<Item> keyProjects = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private String domainName;
    private boolean domainInferred;
    private int domainStart;
    private final List<Item> goals = new ArrayList<>();
    private final List<Item> measures = new ArrayList<>();

    Builder(String id, Region region) {
      this.id = id;
      this.region = region;
      line(region.name() + "妇女发展规划");
    }

    public Builder type(String type) {
      planType = type;
      return this;
    }

    /** The plan's period (default 2021—2030). */
    public Builder period(int start, int end) {
      this.period = new Period(start, end);
      return this;
    }

    public Builder domain(String name) {
      return domain(name, false);
    }

    public Builder domain(String name, boolean inferred) {
      closeDomain();
      domainStart = text.length();
      line("（一）" + name);
      domainName = name;
      domainInferred = inferred;
      return this;
    }

    public Builder goal(String itemText, Spec... specs) {
      goals.add(item(ItemKind.GOAL, goals.size() + 1, itemText, specs));
      return this;
    }

    public Builder measure(String itemText, Spec... specs) {
      measures.add(item(ItemKind.MEASURE, measures.size() + 1, itemText, specs));
      return this;
    }

    public Builder keyProject(String itemText, Spec... specs) {
      closeDomain();
      keyProjects.add(item(ItemKind.KEY_PROJECT, keyProjects.size() + 1, itemText, specs));
      return this;
    }

    /** A warning over the first occurrence of {@code quote} in the text so far. */
    public Builder warning(String code, String message, String quote) {
      int at = text.indexOf(quote);
      if (at < 0) {
        throw new IllegalArgumentException("no '" + quote + "' in the plan text");
      }
      warnings.add(new Warning(code, message, new Span(at, at + quote.length())));
      return this;
    }

    public Plan build() {
      closeDomain();
      String t = text.toString();
      Plan plan = new Plan(id, new Source("test/" + id + ".txt", id + ".txt", "0".repeat(64),
          "text/plain; charset=UTF-8", t.length()), region.name() + "妇女发展规划", false, region,
          period, planType, domains, keyProjects, List.of(), List.of(), warnings);
      TEXTS.put(id, t);
      return plan;
    }

    private void closeDomain() {
      if (domainName != null) {
        domains.add(new Domain(domainName, domainInferred ? null : "（一）" + domainName,
            new Span(domainStart, text.length()), domainInferred, goals, measures));
        domainName = null;
        goals.clear();
        measures.clear();
      }
    }

    private Item item(ItemKind kind, int n, String itemText, Spec... specs) {
      String number = n + ".";
      text.append(number);
      int start = text.length();
      line(itemText);
      Span span = new Span(start, start + itemText.length());
      List<Target> targets = new ArrayList<>();
      List<UnitAssignment> units = new ArrayList<>();
      for (Spec s : specs) {
        if (s instanceof T t) {
          int at = itemText.indexOf(t.raw());
          if (at < 0) {
            throw new IllegalArgumentException("raw '" + t.raw() + "' not in '" + itemText + "'");
          }
          Span ts = new Span(start + at, start + at + t.raw().length());
          boolean fraction = t.value() != null && t.value().contains("/");
          boolean stated = t.op() != null;
          targets.add(new Target(t.indicator(), null, stated ? Op.fromSymbol(t.op()) : null,
              !stated || fraction ? null : new BigDecimal(t.value()),
              fraction ? t.value() : null, t.unit(), t.raw(), ts,
              stated ? TargetStatus.STATED : TargetStatus.MISSING_VALUE, t.year(), List.of()));
        } else if (s instanceof U u) {
          int at = itemText.indexOf(u.name());
          Span us = at < 0 ? null : new Span(start + at, start + at + u.name().length());
          units.add(new UnitAssignment(u.name(), u.role(), null, null, null, us));
        }
      }
      String title = itemText.contains("。") ? itemText.substring(0, itemText.indexOf('。'))
          : itemText;
      return new Item(kind, n, number, title, itemText, span, span, targets, units);
    }

    private void line(String s) {
      text.append(s).append('\n');
    }
  }

  /**
   * The standard fixture: a city plan (测试市), the subject county plan 甲县 under it, and two peer
   * counties. Audited against {@code /audit/reference.tsv}, 甲县 triggers each rule exactly once.
   */
  public static List<Plan> fixture() {
    Plan city = plan("city", "测试市", "市", "某某省", null)
        .domain("妇女与健康")
        .goal("孕产妇死亡率下降到12/10万以下。",
            stated("孕产妇死亡率", "<=", "12", "1/10万", "孕产妇死亡率下降到12/10万以下"), lead("市卫生健康委"))
        .goal("适龄妇女宫颈癌人群筛查率达到70%以上。",
            stated("适龄妇女宫颈癌人群筛查率", ">=", "70", "%", "适龄妇女宫颈癌人群筛查率达到70%以上"),
            lead("市卫生健康委"))
        .domain("妇女与社会保障")
        .goal("妇女基本医疗保险参保率稳定在95%以上。",
            stated("妇女基本医疗保险参保率", ">=", "95", "%", "妇女基本医疗保险参保率稳定在95%以上"),
            lead("市医疗保障局"))
        .build();
    Plan subject = plan("subject", "甲县", "县", "某某省", "测试市")
        .domain("妇女与健康")
        // WEAKER_THAN_REFERENCE: national ≤ 12, the city ≤ 12 (one finding for both)
        .goal("孕产妇死亡率下降到12.5/10万以下。",
            stated("孕产妇死亡率", "<=", "12.5", "1/10万", "孕产妇死亡率下降到12.5/10万以下"), lead("县卫生健康局"))
        // INCONSISTENT with key project 1 (80%)
        .goal("适龄妇女宫颈癌人群筛查率达到70%以上。",
            stated("适龄妇女宫颈癌人群筛查率", ">=", "70", "%", "适龄妇女宫颈癌人群筛查率达到70%以上"),
            lead("县卫生健康局"))
        // MISSING_VALUE, marked by the extractor and seen by the rule's own finder: reported once
        .goal("乳腺癌人群筛查率逐步提高。", missing("乳腺癌人群筛查率", "乳腺癌人群筛查率逐步提高"),
            lead("县卫生健康局"))
        .goal("艾滋病母婴传播率下降到2%以下。",
            stated("艾滋病母婴传播率", "<=", "2", "%", "艾滋病母婴传播率下降到2%以下"), lead("县卫生健康局"))
        // measures are not checked for missing values
        .measure("加强妇幼健康服务体系建设。逐步提高孕产妇系统管理率。")
        .domain("妇女参与决策和管理")
        .goal("村委会成员中女性比例达到30%以上。",
            stated("村委会成员中女性比例", ">=", "30", "%", "村委会成员中女性比例达到30%以上"),
            lead("县民政局"))
        // UNASSIGNED: only a responsible unit
        .goal("社区居委会成员中女性比例保持在50%左右。",
            stated("社区居委会成员中女性比例", "~", "50", "%", "社区居委会成员中女性比例保持在50%左右"),
            responsible("县民政局"))
        .keyProject("妇幼健康保护工程。适龄妇女宫颈癌人群筛查率达到80%以上。",
            stated("适龄妇女宫颈癌人群筛查率", ">=", "80", "%", "适龄妇女宫颈癌人群筛查率达到80%以上"))
        // DOUBTFUL_EXTRACTION
        .warning("NUMBERING_GAP", "goal numbering jumps", "村委会成员中女性比例达到30%以上")
        .build();
    // ABSENT_INDICATOR: both peers and the city quantify 妇女基本医疗保险参保率; 甲县 never names it
    Plan peerA = peer("peerA", "乙县", "96");
    Plan peerB = peer("peerB", "丙县", "95");
    return List.of(city, subject, peerA, peerB);
  }

  private static Plan peer(String id, String region, String insurance) {
    return plan(id, region, "县", "某某省", "测试市")
        .domain("妇女与健康")
        .goal("孕产妇死亡率下降到12/10万以下。",
            stated("孕产妇死亡率", "<=", "12", "1/10万", "孕产妇死亡率下降到12/10万以下"))
        .domain("妇女与社会保障")
        .goal("妇女基本医疗保险参保率稳定在" + insurance + "%以上。",
            stated("妇女基本医疗保险参保率", ">=", insurance, "%",
                "妇女基本医疗保险参保率稳定在" + insurance + "%以上"))
        .build();
  }

  /** The text of the plan last built under {@code id}: its source, every span points into it. */
  public static String text(String id) {
    return TEXTS.get(id);
  }

  private static final java.util.Map<String, String> TEXTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  public static Plan byId(List<Plan> plans, String id) {
    return plans.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  public static ReferenceData reference() {
    return TsvReferenceData.read("/audit/reference.tsv",
        TestPlans.class.getResourceAsStream("/audit/reference.tsv"));
  }
}
