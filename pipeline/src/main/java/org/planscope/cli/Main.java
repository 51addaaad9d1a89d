package org.planscope.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.planscope.text.WarmUp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code planscope} — turns Chinese government plan documents into structured data. */
@Command(
    name = "planscope",
    mixinStandardHelpOptions = true,
    version = "planscope 0.1.0",
    description = "Turns Chinese government plan documents (规划, 纲要, 实施方案) into structured,"
        + " searchable, auditable data.",
    subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class,
        CompareCommand.class, HistoryCommand.class, AuditCommand.class, DeleteCommand.class,
        ServeCommand.class, ExportCommand.class, MonitorCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  private Main() {}

  /** Commands that segment text: they start loading HanLP at once. */
  private static final Set<String> SEGMENTING = Set.of("extract", "ingest", "serve", "search");
  /** Of those, the ones that extract (and so recognise organisation names). */
  private static final Set<String> EXTRACTING = Set.of("extract", "ingest", "serve");

  public static void main(String[] args) {
    if (args.length > 0 && SEGMENTING.contains(args[0])) {
      // HanLP loads on the other core while the command line is parsed and the files read
      WarmUp.start(EXTRACTING.contains(args[0]));
    }
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns its exit code (0 ok, 1 some input failed, 2 usage error). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main())
        .setOut(o)
        .setErr(e)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          cmd.getErr().println("planscope: " + ex.getMessage());
          return 1;
        });
    try {
      int code = cli.execute(args);
      return args.length == 0 ? 2 : code;
    } finally {
      o.flush();
      e.flush();
    }
  }
}
