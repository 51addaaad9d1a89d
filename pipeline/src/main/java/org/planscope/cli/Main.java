package org.planscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import org.planscope.format.Lang;
import org.planscope.format.Message;
import org.planscope.format.Msg;
import org.planscope.text.WarmUp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code planscope} — turns Chinese government plan documents into structured data. The usage
 * help is Chinese ({@code help_zh.properties}) unless the environment variable {@code PLANSCOPE_LANG}
 * is {@code en}; the English is the text of the annotations. The messages on the terminal (errors,
 * progress, summaries; {@link Msg}) follow the same choice, which the commands read from here
 * ({@link #messages}).
 */
@Command(
    name = "planscope",
    mixinStandardHelpOptions = true,
    version = "planscope 0.1.0",
    description = "Turns Chinese government plan documents (规划, 纲要, 实施方案) into structured,"
        + " searchable, auditable data.")
public final class Main {
  /** The language of the terminal messages. */
  private final Lang messages;

  private Main(Lang messages) {
    this.messages = messages;
  }

  /** The language of the terminal messages for the command line {@code spec} belongs to. */
  static Lang messages(CommandSpec spec) {
    return ((Main) spec.root().userObject()).messages;
  }

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

  /** The Chinese usage help, next to this class: every command's texts, keyed as picocli looks. */
  static final String CHINESE_HELP = "help_zh.properties";

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
   * none for {@code --version}, else all of them (help, a mistyped command, no arguments); its
   * help in Chinese unless {@code planscopeLang}, the value of {@code PLANSCOPE_LANG}, asks for
   * English.
   */
  static CommandLine commandLine(String[] args, String planscopeLang) {
    CommandLine cli = new CommandLine(new Main(englishHelp(planscopeLang) ? Lang.EN : Lang.ZH));
    Class<?> named = args.length == 0 ? null : COMMANDS.stream()
        .filter(c -> !c.equals(CommandLine.HelpCommand.class) && name(c).equals(args[0]))
        .findFirst().orElse(null);
    boolean versionOnly = args.length == 1 && Set.of("--version", "-V").contains(args[0]);
    for (Class<?> c : COMMANDS) {
      if (!versionOnly && (named == null || named.equals(c))) {
        cli.addSubcommand(name(c), c);
      }
    }
    // after the subcommands: it reaches only the commands registered so far
    return englishHelp(planscopeLang) ? cli : cli.setHelpFactory(Main::chineseHelp);
  }

  /**
   * Runs one command; returns its exit code (0 ok, 1 some input failed, 2 usage error). The help
   * is in the language {@code PLANSCOPE_LANG} asks for.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv("PLANSCOPE_LANG"));
  }

  /** English when {@code PLANSCOPE_LANG} (null when unset) is {@code en}, in any case. */
  static boolean englishHelp(String planscopeLang) {
    return planscopeLang != null && planscopeLang.strip().equalsIgnoreCase("en");
  }

  /**
   * A command's usage help in Chinese. The texts are read when the first help is written
   * ({@code --help}, {@code help}, a usage error), not at every start: reading them takes 7–13 ms
   * of a cold start.
   */
  private static Help chineseHelp(CommandSpec spec, Help.ColorScheme colors) {
    if (spec.root().resourceBundle() == null) {
      spec.root().commandLine().setResourceBundle(chineseTexts());
    }
    return new Help(spec, colors);
  }

  /** The Chinese texts of the usage help, read as UTF-8 whatever the machine's locale. */
  static ResourceBundle chineseTexts() {
    try (InputStream in = Main.class.getResourceAsStream(CHINESE_HELP)) {
      return new PropertyResourceBundle(new InputStreamReader(
          Objects.requireNonNull(in, CHINESE_HELP), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@link #run(String[], PrintStream, PrintStream)} with the value of {@code PLANSCOPE_LANG}
   * (null when unset): help and messages in English when it is {@code en}, else in Chinese.
   */
  public static int run(String[] args, PrintStream out, PrintStream err, String planscopeLang) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = commandLine(args, planscopeLang);
    // after the subcommands: these settings reach only the commands registered so far
    cli.setOut(o)
        .setErr(e)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          Lang l = messages(cmd.getCommandSpec());
          cmd.getErr().println(Msg.PLANSCOPE.in(l,
              ex instanceof Message.Carrier c ? c.message() : ex.getMessage()));
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
