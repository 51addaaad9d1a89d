package org.planscope.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        + " searchable, auditable data.")
public final class Main {
  private Main() {}

  /**
   * The subcommands, in the order of the usage help. Registered in code, not in the annotation:
   * picocli builds the model of every registered command before it parses anything (reflection
   * over all their options; its classes are Java 5 bytecode, which class-data sharing cannot
   * keep), so a command line that names one of them registers that one alone: {@code --version}
   * took 0.41 s instead of 0.32 s (README, Performance).
   */
  private static final List<Class<?>> COMMANDS = List.of(ExtractCommand.class,
      IngestCommand.class, SearchCommand.class, CompareCommand.class, HistoryCommand.class,
      AuditCommand.class, DeleteCommand.class, ServeCommand.class, ExportCommand.class,
      MonitorCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

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

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  /**
   * The command line for these arguments: only the subcommand they name when they name one,
   * none for {@code --version}, else all of them (help, a mistyped command, no arguments).
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    Class<?> named = args.length == 0 ? null : COMMANDS.stream()
        .filter(c -> !c.equals(CommandLine.HelpCommand.class) && name(c).equals(args[0]))
        .findFirst().orElse(null);
    boolean versionOnly = args.length == 1 && Set.of("--version", "-V").contains(args[0]);
    for (Class<?> c : COMMANDS) {
      if (!versionOnly && (named == null || named.equals(c))) {
        cli.addSubcommand(name(c), c);
      }
    }
    return cli;
  }

  /** Runs one command; returns its exit code (0 ok, 1 some input failed, 2 usage error). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = commandLine(args);
    // after the subcommands: these settings reach only the commands registered so far
    cli.setOut(o)
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
