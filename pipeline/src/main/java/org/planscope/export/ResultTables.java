package org.planscope.export;

import java.math.BigDecimal;
import java.util.List;
import org.planscope.audit.AuditReport;
import org.planscope.audit.Finding;
import org.planscope.format.Lang;
import org.planscope.format.TargetFormat;
import org.planscope.index.CompareRow;
import org.planscope.index.SearchResult;
import org.planscope.json.PlanSummary;

/**
 * Search hits, compare rows, audit findings and the plan list as tables, with headers in the
 * interface language. Every target is written by {@link TargetFormat} ({@code 2030年 ≤ 12/10万}),
 * and its number has a column of its own, as a number.
 */
public final class ResultTables {
  private ResultTables() {}

  public static Table search(SearchResult r, Lang l) {
    Table.Builder t = new Table.Builder(l.pick("检索结果", "search"))
        .column(l.pick("序号", "rank"), 6)
        .column(l.pick("地区", "region"), 14)
        .column(l.pick("省份", "province"), 14)
        .column(l.pick("规划", "plan"), 30)
        .column(l.pick("领域", "domain"), 14)
        .column(l.pick("类型", "kind"), 8)
        .column(l.pick("编号", "number"), 6)
        .column(l.pick("内容", "text"), 60)
        .column(l.pick("指标", "indicator"), 20)
        .column(l.pick("目标值", "target"), 16)
        .column(l.pick("数值", "value"), 8)
        .column(l.pick("单位", "unit"), 8)
        .column(l.pick("年份", "year"), 6)
        .column(l.pick("牵头单位", "lead"), 20)
        .column(l.pick("责任单位", "responsible"), 20)
        .column(l.pick("规划编号", "plan id"), 24);
    for (SearchResult.Hit h : r.hits()) {
      SearchResult.TargetValue v = h.target();
      t.row(h.rank(), h.region(), h.province(), h.title(), h.domain(), l.kind(h.kind()),
          h.number(), h.text(), v == null ? null : v.indicator(),
          v == null ? null : TargetFormat.withYear(v.year(), v.op(), v.value(), v.unit()),
          v == null ? null : number(v.value()), v == null ? null : v.unit(),
          v == null ? null : v.year(), String.join("、", h.lead()),
          String.join("、", h.responsible()), h.plan());
    }
    return t.build();
  }

  public static Table compare(List<CompareRow> rows, Lang l) {
    Table.Builder t = new Table.Builder(l.pick("对比", "compare"))
        .column(l.pick("地区", "region"), 14)
        .column(l.pick("级别", "level"), 6)
        .column(l.pick("省份", "province"), 14)
        .column(l.pick("指标", "indicator"), 24)
        .column(l.pick("目标值", "target"), 18)
        .column(l.pick("比较", "op"), 6)
        .column(l.pick("数值", "value"), 8)
        .column(l.pick("单位", "unit"), 8)
        .column(l.pick("年份", "year"), 6)
        .column(l.pick("规划", "plan"), 30)
        .column(l.pick("目标原文", "goal"), 60)
        .column(l.pick("规划编号", "plan id"), 24);
    for (CompareRow c : rows) {
      t.row(c.region(), c.level(), c.province(), c.indicator(),
          TargetFormat.withYear(c.year(), c.op(), c.value(), c.unit()), TargetFormat.sign(c.op()),
          number(c.value()), c.unit(), c.year(), c.title(), c.goal(), c.plan());
    }
    return t.build();
  }

  public static Table audit(AuditReport report, Lang l) {
    Table.Builder t = new Table.Builder(l.pick("审查", "audit"))
        .column(l.pick("规划", "plan"), 30)
        .column(l.pick("领域", "domain"), 14)
        .column(l.pick("条目", "item"), 12)
        .column(l.pick("编号", "number"), 6)
        .column(l.pick("规则", "rule"), 22)
        .column(l.pick("级别", "severity"), 8)
        .column(l.pick("指标", "indicator"), 20)
        .column(l.pick("依据", "evidence"), 50)
        .column(l.pick("问题", "message"), 50)
        .column(l.pick("建议", "suggestion"), 40)
        .column(l.pick("原文起", "source start"), 8)
        .column(l.pick("原文止", "source end"), 8)
        .column(l.pick("规划编号", "plan id"), 24);
    for (Finding f : report.findings()) {
      Finding.Location w = f.where();
      var span = f.evidence().sourceSpan();
      t.row(w.planTitle(), w.domain(), w.item(), w.number(), f.ruleId(),
          f.severity().name().toLowerCase(java.util.Locale.ROOT), f.indicator(),
          f.evidence().text(), f.message(), f.suggestion(), span == null ? null : span.start(),
          span == null ? null : span.end(), w.planId());
    }
    return t.build();
  }

  public static Table plans(List<PlanSummary> plans, Lang l) {
    Table.Builder t = new Table.Builder(l.pick("规划", "plans"))
        .column(l.pick("标题", "title"), 36)
        .column(l.pick("地区", "region"), 14)
        .column(l.pick("起始年", "from"), 7)
        .column(l.pick("终止年", "to"), 7)
        .column(l.pick("类型", "type"), 10)
        .column(l.pick("领域", "domains"), 6)
        .column(l.pick("目标", "goals"), 6)
        .column(l.pick("措施", "measures"), 6)
        .column(l.pick("目标值", "targets"), 7)
        .column(l.pick("责任单位", "units"), 8)
        .column(l.pick("提示", "warnings"), 6)
        .column(l.pick("文件", "file"), 30)
        .column("sha256", 20)
        .column(l.pick("规划编号", "plan id"), 24);
    for (PlanSummary p : plans) {
      t.row(p.title(), p.region(), p.periodStart(), p.periodEnd(), p.planType(), p.domains(),
          p.goals(), p.measures(), p.targets(), p.units(), p.warnings(), p.doc(), p.sha256(),
          p.id());
    }
    return t.build();
  }

  /** A decimal value as a number; a ratio ("3:2"), a range or nothing as null. */
  static BigDecimal number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
