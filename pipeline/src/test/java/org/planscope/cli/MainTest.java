package org.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which subcommands a command line registers, and that the help still lists them all. */
class MainTest {
  private static final List<String> ALL = List.of("extract", "ingest", "search", "compare",
      "history", "audit", "delete", "serve", "export", "monitor", "bench", "help");

  private static List<String> registered(String... args) {
    return List.copyOf(Main.commandLine(args, null).getSubcommands().keySet());
  }

  @Test
  void aNamedCommandIsTheOnlyOneBuilt() {
    assertEquals(List.of("extract"), registered("extract", "a.txt"));
    assertEquals(List.of("search"), registered("search", "--help"));
    assertEquals(List.of(), registered("--version"));
  }

  @Test
  void helpAndUnknownCommandsSeeEveryCommand() {
    assertEquals(ALL, registered());
    assertEquals(ALL, registered("--help"));
    assertEquals(ALL, registered("help", "search"));
    assertEquals(ALL, registered("extrct"));
    assertEquals(ALL, registered("--version", "extract"));
  }

  @Test
  void theUsageListsEveryCommandInOrder() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(
        new ByteArrayOutputStream()));
    assertEquals(0, code);
    String usage = out.toString(StandardCharsets.UTF_8);
    int at = -1;
    for (String c : ALL) {
      int i = usage.indexOf("\n  " + c + " ");
      assertEquals(true, i > at, c + " after the one before it in:\n" + usage);
      at = i;
    }
  }

  @Test
  void aMistypedCommandIsStillNamedWithItsNearestMatch() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"extrct"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err));
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(true, message.contains("Unmatched argument at index 0: 'extrct'")
        && message.contains("extract"), message);
  }
}
