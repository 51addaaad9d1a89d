package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planscope.Pipeline;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.UnitAssignment;

/**
 * The drafting-styles catalogue ({@code src/test/resources/styles/README.md}): one small plan per
 * drafting convention or web fault, each read through the whole pipeline and compared with the
 * hand-written {@code NAME.expected} beside it. The expected file lists, one fact a line and
 * tab-separated: the title, then every domain with its name, then its goals (number, the first
 * {@value #START} characters of the text, the units as role:name) and its measure count.
 * Lines starting with # are comments.
 */
class DraftingStylesTest {
  private static final Pipeline PIPELINE = new Pipeline();
  static final int START = 10;

  static Stream<String> fixtures() throws Exception {
    Path dir = dir();
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".expected") && !n.equals("README.md"))
          .sorted().toList().stream();
    }
  }

  static Path dir() throws Exception {
    return Path.of(DraftingStylesTest.class.getResource("/styles/README.md").toURI()).getParent();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsTheConvention(String name) throws Exception {
    Path file = dir().resolve(name);
    String base = name.substring(0, name.lastIndexOf('.'));
    String expected = Files.readAllLines(dir().resolve(base + ".expected"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.startsWith("#") && !l.isBlank())
        .collect(Collectors.joining("\n"));
    assertEquals(expected, render(PIPELINE.run(file)).strip(), name);
  }

  static String render(Plan plan) {
    StringBuilder b = new StringBuilder();
    b.append("title\t").append(plan.title()).append('\n');
    for (Domain d : plan.domains()) {
      b.append("domain\t").append(d.name()).append('\n');
      for (Item i : d.goals()) {
        String text = i.text().replace("\n", "⏎");
        b.append("goal\t").append(i.n()).append('\t')
            .append(text, 0, Math.min(START, text.length()));
        List<UnitAssignment> units = i.units();
        if (!units.isEmpty()) {
          b.append('\t').append(units.stream()
              .map(u -> u.role().name().toLowerCase() + ":" + u.name())
              .collect(Collectors.joining(",")));
        }
        b.append('\n');
      }
      b.append("measures\t").append(d.measures().size()).append('\n');
    }
    return b.toString();
  }

  /** Prints the rendering of every fixture (for writing a new expected file by hand). */
  public static void main(String[] args) throws IOException {
    for (String a : args) {
      try {
        System.out.println("== " + a + "\n" + render(PIPELINE.run(Path.of(a))));
      } catch (Exception e) {
        throw new UncheckedIOException(new IOException(e));
      }
    }
  }
}
