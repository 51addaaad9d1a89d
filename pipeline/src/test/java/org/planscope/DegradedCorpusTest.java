package org.planscope;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.json.PlanJson;
import org.planscope.testing.Corpus;
import org.planscope.testing.GoldScorer;

/**
 * The corpus as it circulates degraded, scored against the same gold: with every goal and
 * measure number lost (a repost of Word's automatic lists), flattened to one line (a preview,
 * paragraph breaks become spaces), and with every sentence on a line of its own (a page that
 * breaks its paragraphs at each 。). The floors sit just under what the extraction reaches today,
 * so that a rule fitted to the intact files which breaks the convention behind them fails here.
 */
class DegradedCorpusTest {
  private static final Pattern ITEM_NUMBER =
      Pattern.compile("(?m)^(\\s*)(?:\\d{1,2}[.．、]\\s*|[（(]\\d{1,2}[）)]\\s*)");
  private static final Pattern SENTENCE_END = Pattern.compile("。(?=[^\\n」”）)])");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  private GoldScorer score(UnaryOperator<String> degrade) throws Exception {
    Pipeline pipeline = new Pipeline();
    GoldScorer scorer = new GoldScorer();
    for (String doc : GoldEvaluationTest.DOCS) {
      Path source = Corpus.files().stream().filter(p -> p.getFileName().toString().equals(doc))
          .findFirst().orElseThrow();
      Path file = tmp.resolve(doc);
      Files.writeString(file, degrade.apply(Files.readString(source, StandardCharsets.UTF_8)),
          StandardCharsets.UTF_8);
      scorer.score(MAPPER.readTree(Corpus.resource("/gold/" + doc.replace(".txt", ".json"))),
          MAPPER.readTree(PlanJson.line(pipeline.run(file))));
    }
    return scorer;
  }

  private static void floors(GoldScorer scorer, Map<String, Double> floors) {
    floors.forEach((key, min) -> {
      double f = scorer.get(key).f1();
      assertTrue(f >= min, key + " F1 " + f + " below the floor " + min + "\n" + scorer.summary());
    });
  }

  @Test
  void withEveryItemNumberLost() throws Exception {
    GoldScorer s = score(text -> ITEM_NUMBER.matcher(text).replaceAll("$1"));
    System.out.println("numbers removed:\n" + s.summary());
    floors(s, Map.of("meta", 0.99, "domains", 0.98, "goals", 0.97, "measures", 0.93,
        "targets", 0.94, "measure_targets", 0.88, "units", 0.97));
  }

  @Test
  void flattenedToOneLine() throws Exception {
    GoldScorer s = score(text -> Arrays.stream(text.split("\\R")).map(String::strip)
        .filter(l -> !l.isEmpty()).collect(Collectors.joining(" ")));
    System.out.println("flattened:\n" + s.summary());
    floors(s, Map.of("meta", 0.99, "domains", 0.99, "goals", 0.99, "measures", 0.99,
        "targets", 0.99, "measure_targets", 0.99));
  }

  @Test
  void everySentenceOnALineOfItsOwn() throws Exception {
    GoldScorer s = score(text -> SENTENCE_END.matcher(text).replaceAll("。\n"));
    System.out.println("a sentence a line:\n" + s.summary());
    floors(s, Map.of("meta", 0.99, "domains", 0.99, "goals", 0.99, "measures", 0.99,
        "targets", 0.99, "measure_targets", 0.99, "units", 0.99));
  }
}
