package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planscope.ingest.CompositeReader;
import org.planscope.model.Block;
import org.planscope.model.Document;
import org.planscope.model.PlanText;
import org.planscope.model.Span;
import org.planscope.testing.Corpus;

/**
 * Invariants of the normalised text over every corpus plan: spans in bounds and in order, a
 * monotone offset map, and every output char either its source char, a width fold of it, the
 * full-width mark of an ASCII one in Chinese text ({@link HalfWidthPunctuation}), or a separator
 * the normaliser wrote.
 */
public class NormalizerPropertyTest {
  static final CompositeReader READER = new CompositeReader();
  static final TextNormalizer NORMALIZER = new TextNormalizer();

  static Stream<Path> corpus() {
    return Corpus.files().stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void invariantsHold(Path file) throws Exception {
    Document doc = READER.read(file);
    PlanText t = NORMALIZER.normalize(doc);
    assertInvariants(t, file.getFileName().toString());
  }

  public static void assertInvariants(PlanText t, String name) {
    String text = t.text();
    String src = t.source();
    int prevEnd = 0;
    for (Block b : t.blocks()) {
      Span s = b.span();
      assertTrue(s.start() >= prevEnd && s.end() <= text.length(), name + " block " + s);
      assertFalse(s.isEmpty(), name + " empty block at " + s);
      String body = s.in(text);
      assertFalse(body.contains("\n"), name + " block with a line break: " + body);
      assertEquals(body.strip(), body, name + " block not trimmed: " + body);
      if (s.start() > 0) {
        assertEquals('\n', text.charAt(s.start() - 1), name + " blocks are separated by \\n");
      }
      prevEnd = s.end();
    }
    int prev = 0;
    for (int i = 0; i <= text.length(); i++) {
      int o = t.toSource(i);
      assertTrue(o >= prev && o <= src.length(), name + " map not monotone at " + i);
      prev = o;
      if (i == text.length()) {
        break;
      }
      char c = text.charAt(i);
      char from = o < src.length() ? src.charAt(o) : '\0';
      boolean same = c == from || c == TextNormalizer.fold(from) || widened(from, c)
          || from == '%' && c == '‰' || from == '一' && c == '—'; // an OCR's 2%o, 2021一2030
      boolean separator = c == '\n' || c == ' ' || (c == '\t' && from == '|');
      assertTrue(same || separator, name + " char " + i + " '" + c + "' maps to '" + from + "' at " + o
          + ": …" + text.substring(Math.max(0, i - 10), Math.min(text.length(), i + 10)) + "…");
    }
    for (String artefact : List.of("[bookmark:", "**", "\n- ", "\n#", "[]{#")) {
      assertFalse(("\n" + text).contains(artefact), name + " still has " + artefact);
    }
  }

  /** {@code wide} is the full-width form of the ASCII mark {@code ascii}: ， for , and so on. */
  static boolean widened(char ascii, char wide) {
    int i = ",;:.?!()".indexOf(ascii);
    return i >= 0 && "，；：。？！（）".charAt(i) == wide;
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void labelHeadingsStayOnTheirOwn(Path file) throws Exception {
    PlanText t = NORMALIZER.normalize(READER.read(file));
    // the source lines, without the markers the normaliser drops
    List<String> lines = t.source().lines()
        .map(l -> l.replaceAll("\\[bookmark:[^\\]]*\\]|[#*\\s]", "").replace(':', '：')).toList();
    List<String> blocks = t.blocks().stream().map(b -> b.span().in(t.text())).toList();
    for (String heading : List.of("主要目标：", "策略措施：", "1.主要目标", "2.策略措施")) {
      assertEquals(lines.stream().filter(heading::equals).count(),
          blocks.stream().filter(heading::equals).count(), file + " " + heading);
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void corpusPageBreaksAreRejoined(Path file) throws Exception {
    PlanText t = NORMALIZER.normalize(READER.read(file));
    String name = file.getFileName().toString();
    List<String> joined = switch (name.substring(0, 3)) {
      // corpus/003 lines 29-31, 256-258, 407-409; corpus/001 lines 8-9
      case "003" -> List.of("乳腺癌人群筛查率逐步提高。", "长期照护保障制度。保障老年妇女享有",
          "保障遭受侵害的妇女依法获得法律援助和司法救助。");
      case "001" -> List.of("《山东省“十四五”妇女发展规划》");
      default -> List.of();
    };
    for (String s : joined) {
      assertTrue(t.blocks().stream().anyMatch(b -> b.span().in(t.text()).contains(s)),
          name + " lacks the rejoined " + s);
    }
  }
}
