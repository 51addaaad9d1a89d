package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;

/**
 * The same plan written with CRLF line ends, in GB18030, or with full-width digits yields the same
 * extraction (compared on what a reader sees: domains, item numbers and texts, targets, units).
 */
class VariantInvarianceTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"crlf", "gb18030", "fullwidth-digits", "utf8-bom"})
  void variantsExtractTheSame(String variant) throws Exception {
    Path original = Corpus.dir().resolve("001_2326e9fea2e2f594.txt");
    String text = Files.readString(original, StandardCharsets.UTF_8);
    Path copy = tmp.resolve("variant.txt");
    switch (variant) {
      case "crlf" -> Files.writeString(copy, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
      case "gb18030" -> Files.write(copy, text.getBytes(Charset.forName("GB18030")));
      case "fullwidth-digits" -> Files.writeString(copy, map(text, c -> c >= '0' && c <= '9'
          ? (char) (c + 0xFEE0) : c), StandardCharsets.UTF_8);
      case "utf8-bom" -> Files.writeString(copy, "\uFEFF" + text, StandardCharsets.UTF_8);
      default -> throw new IllegalArgumentException(variant);
    }
    Pipeline pipeline = new Pipeline();
    assertEquals(summary(pipeline.run(original)), summary(pipeline.run(copy)));
  }

  private static String map(String s, UnaryOperator<Character> f) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append((char) f.apply(s.charAt(i)));
    }
    return b.toString();
  }

  /** What a reader sees, without offsets (which legitimately differ). */
  static String summary(Plan p) {
    return p.title() + "|" + p.region() + "|" + p.period() + "\n" + p.domains().stream()
        .map(d -> d.name() + ":\n" + java.util.stream.Stream.concat(d.goals().stream(), d.measures().stream())
            .map(i -> i.kind() + " " + i.n() + " " + i.text() + " " + i.targets().stream()
                .map(t -> t.indicator() + t.op() + t.value() + t.valueText() + t.unit())
                .collect(Collectors.joining(",")) + " " + i.units().stream()
                .map(u -> u.role() + ":" + u.name()).collect(Collectors.joining(",")))
            .collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }
}
