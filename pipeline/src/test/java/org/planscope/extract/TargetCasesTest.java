package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Span;
import org.planscope.model.Target;

/** The case table {@code cases/targets.tsv}: every phrase with its exact expected targets. */
class TargetCasesTest {
  static final String FILE = "/cases/targets.tsv";
  static final TargetExtractor EXTRACTOR = new TargetExtractor();

  static List<Tsv.Row> rows() {
    return Tsv.read(FILE, TargetCasesTest.class.getResourceAsStream(FILE))
        .require("text", "targets", "missing").rows();
  }

  static Stream<Arguments> cases() {
    return rows().stream().map(r -> Arguments.of(r.line(), r.get("text").replace("\\n", "\n"),
        r.get("targets"), r.opt("missing") == null ? "" : r.opt("missing")));
  }

  @ParameterizedTest(name = "targets.tsv:{0} {1}")
  @MethodSource("cases")
  void extractsExactly(int line, String text, String targets, String missing) {
    List<Target> found = EXTRACTOR.extract(text, new Span(0, text.length()));
    List<String> stated = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (Target t : found) {
      assertEquals(t.raw(), t.span().in(text), "raw and span agree");
      if (t.stated()) {
        stated.add(t.indicator() + "|" + t.op().symbol() + "|"
            + (t.valueText() != null ? t.valueText() : t.value().toPlainString()) + "|" + t.unit()
            + attributes(t));
      } else {
        named.add(t.indicator());
        assertEquals(null, t.value());
      }
    }
    assertEquals(targets, stated.isEmpty() ? "-" : String.join(" ; ", stated), "targets");
    assertEquals(missing, String.join(" ; ", named), "missing values");
  }

  /** |year=2025|base=13.1@2020|rel=2020, each only when the target carries it. */
  static String attributes(Target t) {
    StringBuilder b = new StringBuilder();
    if (t.year() != null) {
      b.append("|year=").append(t.year());
    }
    if (t.baseline() != null) {
      b.append("|base=").append(t.baseline().toPlainString());
      if (t.baseYear() != null) {
        b.append('@').append(t.baseYear());
      }
    }
    if (t.relative()) {
      b.append("|rel");
      if (t.baseYear() != null) {
        b.append('=').append(t.baseYear());
      }
    }
    return b.toString();
  }

  @Test
  void tableIsLargeAndHasNegatives() {
    List<Tsv.Row> rows = rows();
    long negatives = rows.stream().filter(r -> r.get("targets").equals("-")).count();
    assertTrue(rows.size() >= 400, rows.size() + " cases");
    assertTrue(negatives >= 150, negatives + " negatives");
  }
}
