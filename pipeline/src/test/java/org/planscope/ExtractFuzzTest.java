package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.planscope.ingest.CompositeReader;
import org.planscope.json.PlanJson;
import org.planscope.model.Block;
import org.planscope.model.Document;
import org.planscope.model.Plan;
import org.planscope.model.Source;
import org.planscope.model.Span;
import org.planscope.testing.Corpus;

/**
 * Random and mutated corpus text through the whole extraction: no exception escapes, every span
 * stays within the text, and the output is deterministic. Seeded, so a failure reproduces; the
 * seed and the mutated text are in the failure message.
 */
class ExtractFuzzTest {
  private static final String ALPHABET = "一二三四五六七八九十（）()、。，；：:.．%％‰—-~～1234567890０１２"
      + "主要目标策略措施牵头单位责任单位妇女与健康率达到以上以下不低于万/\n\n \t[bookmark: _Toc1]#*-①②"
      + "\uFEFF\r\u3000规划纲要第章节县区市旗盟";

  @Test
  void mutatedCorpusTextNeverBreaksExtraction() throws Exception {
    Pipeline pipeline = new Pipeline();
    List<String> texts = new ArrayList<>();
    for (Path f : Corpus.files()) {
      texts.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    long seed = Long.getLong("fuzz.seed", 20261122L);
    int rounds = Integer.getInteger("fuzz.rounds", 60);
    Random random = new Random(seed);
    for (int round = 0; round < rounds; round++) {
      String base = texts.get(random.nextInt(texts.size()));
      String text = mutate(base, random);
      check(pipeline, text, "seed " + seed + " round " + round);
    }
  }

  @Test
  void randomTextNeverBreaksExtraction() {
    Pipeline pipeline = new Pipeline();
    Random random = new Random(7);
    for (int round = 0; round < 40; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(3000);
      for (int i = 0; i < n; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      check(pipeline, b.toString(), "random round " + round);
    }
  }

  @Test
  void degenerateInputs() {
    Pipeline pipeline = new Pipeline();
    for (String s : List.of("", "\n", "\n\n\n", " ", "（", "1.", "一、", "主要目标：", "\uFEFF",
        "[bookmark: x]", "（一）妇女与健康\n主要目标：\n1.", "策略措施：\n（1）")) {
      check(pipeline, s, "degenerate " + Arrays.toString(s.chars().toArray()));
    }
  }

  private static void check(Pipeline pipeline, String text, String label) {
    Document doc = document(text);
    Plan plan;
    String json;
    try {
      plan = pipeline.process(doc);
      json = PlanJson.pretty(plan);
    } catch (RuntimeException e) {
      throw new AssertionError(label + ": " + e + "\n--- input (first 2000 chars) ---\n"
          + text.substring(0, Math.min(2000, text.length())), e);
    }
    int len = doc.text().length(); // spans are source offsets
    plan.items().forEach(item -> {
      for (Span s : List.of(item.span(), item.extent())) {
        assertTrue(s.end() <= len, label + ": item span " + s + " beyond " + len);
      }
      item.targets().forEach(t -> assertTrue(t.span() == null || t.span().end() <= len,
          label + ": target span beyond text"));
      item.units().forEach(u -> assertTrue(u.span() == null || u.span().end() <= len,
          label + ": unit span beyond text"));
    });
    assertEquals(json, PlanJson.pretty(pipeline.process(doc)), label + ": not deterministic");
  }

  static Document document(String text) {
    Source source = new Source("fuzz.txt", "fuzz.txt", "0", "text/plain", text.length());
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        blocks.add(Block.paragraph(new Span(start, i)));
        start = i + 1;
      }
    }
    return new Document(source, text, blocks, Map.of());
  }

  /** Line-level and character-level mutations of a real plan. */
  static String mutate(String base, Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(base.split("\n", -1)));
    int ops = 1 + r.nextInt(40);
    for (int k = 0; k < ops && !lines.isEmpty(); k++) {
      int i = r.nextInt(lines.size());
      String line = lines.get(i);
      switch (r.nextInt(8)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, line);
        case 2 -> lines.set(i, line.substring(0, r.nextInt(line.length() + 1)));
        case 3 -> {
          int cut = r.nextInt(line.length() + 1);
          lines.set(i, line.substring(0, cut));
          lines.add(i + 1, line.substring(cut));
        }
        case 4 -> lines.add(i, "");
        case 5 -> lines.set(i, ALPHABET.charAt(r.nextInt(ALPHABET.length())) + line);
        case 6 -> {
          int j = r.nextInt(lines.size());
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
        default -> {
          StringBuilder b = new StringBuilder(line);
          if (b.length() > 0) {
            b.setCharAt(r.nextInt(b.length()), ALPHABET.charAt(r.nextInt(ALPHABET.length())));
          }
          lines.set(i, b.toString());
        }
      }
    }
    String out = String.join("\n", lines);
    // keep rounds fast: a random window of the mutated plan
    if (out.length() > 12000) {
      int from = r.nextInt(out.length() - 12000);
      out = out.substring(from, from + 12000);
    }
    return out;
  }

  static boolean supported(String ext) {
    return CompositeReader.SUPPORTED.contains(ext);
  }
}
