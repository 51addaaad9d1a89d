package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planscope.ingest.ReadException;
import org.planscope.json.PlanJson;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.PlanText;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.UnitAssignment;
import org.planscope.testing.Corpus;
import org.planscope.testing.Normalised;

/**
 * Properties every extracted corpus plan must have, whatever the extractors decide
 * (BaseTokenStreamTestCase-style checks): spans in bounds and matching their surface text, items
 * in document order without overlap, and byte-identical output on a second run.
 */
class CorpusInvariantsTest {
  @Test
  void everySpanIsInBoundsAndMatchesItsSurface() {
    for (Map.Entry<String, Plan> e : Corpus.plans().entrySet()) {
      Plan plan = e.getValue();
      PlanText t = Corpus.text(e.getKey());
      List<String> errors = new ArrayList<>();
      for (Domain d : plan.domains()) {
        inBounds(errors, plan, t, "domain " + d.name(), d.span());
      }
      plan.items().forEach(item -> {
        String where = plan.id() + " " + item.kind() + " " + item.n();
        inBounds(errors, plan, t, where, item.span());
        inBounds(errors, plan, t, where + " extent", item.extent());
        if (!item.extent().contains(item.span())) {
          errors.add(where + ": extent " + item.extent() + " does not contain span " + item.span());
        }
        if (!Normalised.of(t, item.span()).equals(item.text())) {
          errors.add(where + ": text differs from its span");
        }
        for (Target target : item.targets()) {
          if (target.span() != null) {
            inBounds(errors, plan, t, where + " target", target.span());
            if (target.raw() != null && !Normalised.of(t, target.span()).equals(target.raw())) {
              errors.add(where + ": target raw '" + target.raw() + "' differs from its span");
            }
          }
        }
        for (UnitAssignment u : item.units()) {
          if (u.span() != null) {
            inBounds(errors, plan, t, where + " unit", u.span());
          }
        }
      });
      for (int i = 0; i < t.length(); i++) {
        if (t.toSource(i) > t.toSource(i + 1)) {
          errors.add(plan.id() + ": offset map decreases at " + i);
          break;
        }
      }
      assertTrue(errors.isEmpty(), String.join("\n", errors.stream().limit(30).toList()));
    }
  }

  @Test
  void itemsOfADomainAreInDocumentOrderAndDoNotOverlap() {
    for (Plan plan : Corpus.plans().values()) {
      for (Domain d : plan.domains()) {
        for (List<Item> items : List.of(d.goals(), d.measures())) {
          for (int i = 1; i < items.size(); i++) {
            Span a = items.get(i - 1).extent();
            Span b = items.get(i).extent();
            assertTrue(a.end() <= b.start(), plan.id() + " " + d.name() + ": items overlap or are out of order at "
                + items.get(i).kind() + " " + items.get(i).n());
          }
        }
      }
    }
  }

  @Test
  void extractionIsDeterministic() throws ReadException {
    Pipeline pipeline = new Pipeline();
    for (Map.Entry<String, Plan> e : Corpus.plans().entrySet()) {
      Plan again = pipeline.run(Corpus.dir().resolve(e.getKey()));
      assertEquals(PlanJson.pretty(e.getValue()), PlanJson.pretty(again), e.getKey());
    }
  }

  private static void inBounds(List<String> errors, Plan plan, PlanText t, String where,
      Span span) {
    if (span.end() > t.source().length()) {
      errors.add(plan.id() + " " + where + ": span " + span + " beyond " + t.source().length());
    }
  }
}
