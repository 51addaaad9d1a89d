package org.planscope.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.planscope.format.Lang;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;
import org.planscope.model.Warning;

/**
 * DOUBTFUL_EXTRACTION (提取存疑) — what the pipeline could not read with confidence, listed rather than
 * hidden: every {@link Warning} of the plan, every domain placed by the classifier rather than
 * read from a heading (unless a warning already says so), and stated targets that lack a value or
 * a unit.
 */
@RulePattern(id = "DOUBTFUL_EXTRACTION", severity = Severity.INFO)
public final class DoubtfulExtractionRule implements AuditRule {
  static final String DOMAIN_INFERRED = "DOMAIN_INFERRED";

  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Warning w : plan.warnings()) {
      out.add(warning(plan, w));
    }
    for (Domain d : plan.domains()) {
      if (d.inferred() && plan.warnings().stream().noneMatch(w -> DOMAIN_INFERRED.equals(w.code())
          && (w.span() == null || d.span() == null || d.span().overlaps(w.span())))) {
        String quote = d.goals().isEmpty() ? "" : d.goals().get(0).title();
        out.add(new Finding(id(), severity(), Finding.Location.of(plan, d), null,
            Finding.Evidence.quote(quote), Messages.get("msg.doubtful.domain", d.name()),
            Messages.get("msg.doubtful.domain.suggest", d.name())));
      }
      Stream.concat(d.goals().stream(), d.measures().stream())
          .forEach(i -> incomplete(plan, d.name(), i, out));
    }
    plan.keyProjects().forEach(i -> incomplete(plan, null, i, out));
    return out;
  }

  private Finding warning(Plan plan, Warning w) {
    Text what = Messages.has("warning." + w.code()) ? Messages.get("warning." + w.code())
        : Messages.get("warning.OTHER");
    // the explanation in the report's language, from the warning's arguments; its English
    // message where the table has no text for them
    String key = "warning." + w.code() + "." + w.args().size();
    Text detail = !w.args().isEmpty() && Messages.has(key)
        ? new Text(Messages.get(Lang.ZH, key, w.args().toArray()), w.message())
        : Text.of(w.message());
    Text message = Messages.get("msg.doubtful.warning", w.code(), what, detail);
    Text suggestion = Messages.get("msg.doubtful.suggest");
    if (w.span() == null) {
      return new Finding(id(), severity(), Finding.Location.of(plan, (String) null), null,
          Finding.Evidence.NONE, message, suggestion);
    }
    Domain domain = null;
    Item item = null;
    for (Domain d : plan.domains()) {
      if (d.span() != null && d.span().contains(w.span())) {
        domain = d;
        for (Item i : (Iterable<Item>) Stream.concat(d.goals().stream(), d.measures().stream())::iterator) {
          if (i.span() != null && i.span().contains(w.span())) {
            item = i;
          }
        }
      }
    }
    Finding.Location where = item != null ? Finding.Location.of(plan, domain.name(), item)
        : Finding.Location.of(plan, domain);
    // a plan carries no full text: an item's warning quotes the item, another quotes nothing
    Finding.Evidence e = item != null ? Finding.Evidence.in(plan, item, item.title(), w.span())
        : new Finding.Evidence("", null, -1, w.span());
    return new Finding(id(), severity(), where, null, e, message, suggestion);
  }

  private void incomplete(Plan plan, String domain, Item item, List<Finding> out) {
    for (Target t : item.statedTargets()) {
      boolean noValue = t.value() == null && t.valueText() == null;
      boolean noUnit = t.unit() == null || t.unit().isBlank();
      if (!noValue && !noUnit) {
        continue;
      }
      out.add(new Finding(id(), severity(), Finding.Location.of(plan, domain, item),
          t.indicator(), Finding.Evidence.in(plan, item, t.raw(), t.span()),
          Messages.get(noValue ? "msg.doubtful.novalue" : "msg.doubtful.nounit", t.indicator()),
          Messages.get("msg.doubtful.incomplete.suggest")));
    }
  }
}
