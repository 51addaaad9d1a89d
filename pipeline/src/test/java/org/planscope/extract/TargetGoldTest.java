package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planscope.model.Plan;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.testing.Corpus;
import org.planscope.testing.GoldScorer;

/**
 * The target reader alone against the gold: every gold goal text and every gold measure (its full
 * text found in the plan's normalised text from its gold title) goes through {@link
 * TargetExtractor}, and the targets are scored like the independent scorer (value, unit and op
 * exact, indicator Dice ≥ 0.8). Independent of the structure stage, which finds the items in the
 * full pipeline.
 */
class TargetGoldTest {
  static final String[] DOCS = {
    "000_45ac20729b4d0109.txt", "001_2326e9fea2e2f594.txt", "002_0c1943d3f0fd6db3.txt",
    "003_5207edff3c6eb359.txt", "004_0148cfe3e5268b33.txt"
  };
  /** A line that opens the next item or heading: the end of a measure's text. */
  static final Pattern OPENS = Pattern.compile(
      "^\\s*(?:第[一二三四五六七八九十百零〇\\d]+[章节部分篇条]|[一二三四五六七八九十百]+[、.．]"
          + "|[（(][一二三四五六七八九十百\\d]+[）)]|\\d+\\s*(?:\\.\\d+)*\\s*[.．、)）](?!\\d)|[①-⑳]"
          + "|主要目标|策略措施)");
  static GoldScorer scorer;
  static int spansChecked;

  @BeforeAll
  static void score() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Plan> plans = Corpus.plans();
    TargetExtractor extractor = new TargetExtractor();
    scorer = new GoldScorer();
    for (String doc : DOCS) {
      JsonNode gold = mapper.readTree(Corpus.resource("/gold/" + doc.replace(".txt", ".json")));
      String text = Corpus.text(doc).text();
      Compact c = new Compact(text);
      ObjectNode pred = mapper.createObjectNode();
      pred.setAll((ObjectNode) gold.deepCopy());
      ArrayNode domains = pred.putArray("domains");
      for (JsonNode d : gold.get("domains")) {
        ObjectNode dn = domains.addObject();
        dn.put("name", d.get("name").asText());
        ArrayNode goals = dn.putArray("goals");
        for (JsonNode g : d.get("goals")) {
          ObjectNode gn = goals.addObject();
          gn.put("n", g.get("n").asInt());
          gn.put("text", g.get("text").asText());
          Span span = c.find(g.get("text").asText(), 0);
          put(gn, span == null ? extractor.extract(g.get("text").asText(), null)
              : extractor.extract(span.in(text), span), text);
        }
        ArrayNode measures = dn.putArray("measures");
        int from = c.find(d.get("name").asText(), 0) == null ? 0 : 0;
        for (JsonNode m : d.get("measures")) {
          ObjectNode mn = measures.addObject();
          mn.put("n", m.get("n").asInt());
          mn.put("title", m.get("title").asText());
          Span title = c.find(m.get("title").asText(), from);
          if (title == null) {
            continue;
          }
          Span span = new Span(title.start(), measureEnd(text, title.end()));
          List<Target> ts = extractor.extract(span.in(text), span);
          if (Boolean.getBoolean("targets.debug")) {
            ts.forEach(t -> System.out.println("M " + doc + " " + d.get("name").asText() + "#"
                + m.get("n").asInt() + " " + t.status() + " " + t.indicator() + " " + t.op() + " "
                + t.value() + " " + t.unit() + " | " + t.raw() + " | " + t.indicatorId()));
          }
          put(mn, ts, text);
        }
      }
      scorer.score(gold, pred);
    }
    System.out.println("target reader on gold items:\n" + scorer.summary() + String.join("\n",
        scorer.misses.stream().filter(m -> m.contains("target")).toList()));
  }

  static int measureEnd(String text, int from) {
    int i = from;
    while (true) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        return text.length();
      }
      int next = text.indexOf('\n', nl + 1);
      String line = text.substring(nl + 1, next < 0 ? text.length() : next);
      if (OPENS.matcher(line).lookingAt() || line.isBlank()) {
        return nl;
      }
      i = nl + 1;
    }
  }

  static void put(ObjectNode item, List<Target> targets, String text) {
    ArrayNode a = item.putArray("targets");
    for (Target t : targets) {
      if (t.span() != null && t.span().end() <= text.length()) {
        assertEquals(t.raw(), t.span().in(text), "span of " + t);
        spansChecked++;
      }
      if (!t.stated()) {
        continue;
      }
      ObjectNode n = a.addObject();
      n.put("indicator", t.indicator());
      n.put("op", t.op().symbol());
      if (t.valueText() != null) {
        n.put("value", t.valueText());
      } else {
        n.put("value", t.value());
      }
      n.put("unit", t.unit());
      n.put("raw", t.raw());
    }
  }

  /** Whitespace-insensitive, width-folded search in the plan text. */
  static final class Compact {
    final String s;
    final int[] origin;

    Compact(String text) {
      StringBuilder b = new StringBuilder();
      int[] o = new int[text.length()];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (Character.isWhitespace(ch) || ch == '\u3000') {
          continue;
        }
        String k = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
        b.append(k.length() == 1 ? k.charAt(0) : ch);
        o[n++] = i;
      }
      s = b.toString();
      origin = java.util.Arrays.copyOf(o, n);
    }

    Span find(String needle, int from) {
      StringBuilder b = new StringBuilder();
      for (char ch : needle.toCharArray()) {
        if (!Character.isWhitespace(ch) && ch != '\u3000') {
          String k = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
          b.append(k.length() == 1 ? k.charAt(0) : ch);
        }
      }
      int i = s.indexOf(b.toString(), from);
      if (i < 0 || b.length() == 0) {
        return null;
      }
      return new Span(origin[i], origin[i + b.length() - 1] + 1);
    }
  }

  @Test
  void goalTargetsReachTheBar() {
    double f = scorer.get("targets").f1();
    assertTrue(f >= 0.95, "targets F1 " + f + "\n" + scorer.summary());
  }

  @Test
  void measureTargetsReachTheBar() {
    double f = scorer.get("measure_targets").f1();
    assertTrue(f >= 0.90, "measure_targets F1 " + f + "\n" + scorer.summary());
  }

  @Test
  void everyTargetSpanCoversItsRaw() {
    assertTrue(spansChecked > 100, "only " + spansChecked + " spans checked");
  }
}
