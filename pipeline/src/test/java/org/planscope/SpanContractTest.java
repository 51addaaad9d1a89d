package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.planscope.audit.AuditContext;
import org.planscope.audit.Auditor;
import org.planscope.audit.CatalogueReferenceData;
import org.planscope.audit.Finding;
import org.planscope.json.PlanJson;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Section;
import org.planscope.model.Target;
import org.planscope.model.UnitAssignment;
import org.planscope.model.Warning;
import org.planscope.testing.Corpus;

/**
 * One meaning for every span: a plan extracted afresh and the same plan read back from its JSON
 * have the same spans, all of them source offsets, so the audit quotes the same evidence at the
 * same places either way.
 */
class SpanContractTest {
  /** Every span of a plan, each labelled with what it belongs to, in plan order. */
  static List<String> spans(Plan plan) {
    List<String> out = new ArrayList<>();
    for (Domain d : plan.domains()) {
      out.add("domain " + d.name() + " " + d.span());
      Stream.concat(d.goals().stream(), d.measures().stream()).forEach(i -> item(out, i));
    }
    plan.keyProjects().forEach(i -> item(out, i));
    plan.indicators().forEach(i -> item(out, i));
    for (Section s : plan.sections()) {
      out.add("section " + s.heading() + " " + s.span());
    }
    for (UnitAssignment u : plan.implementationUnits()) {
      out.add("duty unit " + u.name() + " " + u.span());
    }
    for (Warning w : plan.warnings()) {
      out.add("warning " + w.code() + " " + w.span());
    }
    return out;
  }

  private static void item(List<String> out, Item i) {
    String at = i.kind() + " " + i.n();
    out.add(at + " " + i.span());
    for (Target t : i.targets()) {
      out.add(at + " target " + t.raw() + " " + t.span());
    }
    for (UnitAssignment u : i.units()) {
      out.add(at + " unit " + u.name() + " " + u.span());
    }
  }

  @Test
  void aPlanReadBackFromJsonHasTheSpansOfThePlanExtractedAfresh() {
    int checked = 0;
    for (Plan extracted : Corpus.plans().values()) {
      Plan read = PlanJsonReader.read(PlanJson.pretty(extracted));
      List<String> spans = spans(extracted);
      assertEquals(spans, spans(read), extracted.id());
      checked += spans.size();
    }
    assertTrue(checked > 1000, checked + " spans");
  }

  @Test
  void theAuditQuotesTheSameEvidenceEitherWay() {
    List<Plan> extracted = new ArrayList<>(Corpus.plans().values());
    List<Plan> read = extracted.stream().map(p -> PlanJsonReader.read(PlanJson.pretty(p))).toList();
    List<Finding> a = new Auditor().audit(extracted,
        new AuditContext(extracted, CatalogueReferenceData.load())).findings();
    List<Finding> b = new Auditor().audit(read,
        new AuditContext(read, CatalogueReferenceData.load())).findings();
    assertEquals(a.size(), b.size());
    int located = 0;
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).evidence(), b.get(i).evidence(), a.get(i).toString());
      located += a.get(i).evidence().sourceSpan() == null ? 0 : 1;
    }
    assertTrue(located > 50, located + " findings with a source span");
  }

  /** Every span, read in the source the plan came from, holds the words its item or unit names. */
  @Test
  void unitSpansQuoteTheSourceText() throws Exception {
    for (Map.Entry<String, Plan> e : Corpus.plans().entrySet()) {
      String source = Corpus.text(e.getKey()).source();
      e.getValue().items().flatMap(i -> i.units().stream()).filter(u -> u.span() != null)
          .forEach(u -> assertEquals(u.name(), u.span().in(source).replaceAll("\\s+", ""),
              e.getKey() + " " + u));
    }
  }
}
