package org.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.planscope.ingest.ReadOptions;
import org.planscope.testing.Cli;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The usage help is Chinese unless {@code PLANSCOPE_LANG} is {@code en}, and every command,
 * option and parameter has its Chinese text: a new option without one fails here.
 */
class HelpLanguageTest {
  /** {@code planscope ARGS} with this value of PLANSCOPE_LANG (null: unset). */
  private static Cli.Result run(String planscopeLang, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), planscopeLang);
    return new Cli.Result(code, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
        err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  @Test
  void theCommandListIsChineseByDefault() {
    Cli.Result r = run(null, "--help");
    assertEquals(0, r.code(), r.err());
    String help = r.out();
    assertTrue(help.startsWith("用法：\n  planscope [-hV] [COMMAND]\n\n"
        + "将政府规划文件（规划、纲要、实施方案）转换为可检索、可审查的结构化数据。\n\n选项：\n"
        + "  -h, --help      显示本帮助信息并退出。\n"
        + "  -V, --version   显示版本信息并退出。\n\n命令：\n"), help);
    assertTrue(help.contains("\n  extract  从文件中抽取规划的结构化数据，输出 JSON：指定 --out 时每个输入文件写\n"
        + "             一个 DIR/<file name>.json，否则以 JSON Lines 输出到标准输出。\n"), help);
    assertTrue(help.contains("\n  ingest   抽取 PATH（默认 corpus/）下所有支持格式的文件并入库到 DATA/plans/；进\n"
        + "             度输出到标准错误，最后列出汇总表。\n"), help);
    assertTrue(help.endsWith("\n  help     显示指定命令的帮助信息。\n"), help);
  }

  @Test
  void aCommandsOptionsAreChineseWithTheirDefaults() {
    Cli.Result r = run(null, "ingest", "--help");
    assertEquals(0, r.code(), r.err());
    String help = r.out();
    assertTrue(help.startsWith("用法：\n  planscope ingest [-hV] [--no-ocr] [--verbose] [--data=DIR]"), help);
    assertTrue(help.contains("\n参数：\n      [PATH...]           文件或文件夹（默认：corpus）\n\n选项：\n"
        + "      --data=DIR          数据目录（默认：data）\n"), help);
    assertTrue(help.contains("\n      --max-size=MB       拒收大于此大小（MB）的文件（默认："
        + ReadOptions.DEFAULT_MAX_MB + "）\n"), help);
    assertTrue(help.contains("\n      --solr=URL          索引到 Solr 集合，而不是 DATA/index，\n"
        + "                            例如 http://localhost:8983/solr/planscope\n"), help);
  }

  @Test
  void theHelpCommandShowsTheSameText() {
    Cli.Result viaHelp = run(null, "help", "audit");
    Cli.Result viaOption = run(null, "audit", "--help");
    assertEquals(0, viaHelp.code(), viaHelp.err());
    assertEquals(viaOption.out(), viaHelp.out());
    assertTrue(viaHelp.out().contains(
        "\n      --lang=LANG       提示信息、规则名称和报告的语言：zh 或 en（默认：\n"
            + "                          PLANSCOPE_LANG 所设，否则 zh）\n"), viaHelp.out());
  }

  @Test
  void aUsageErrorIsFollowedByTheChineseHelp() {
    Cli.Result r = run(null, "extract");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Missing required parameter: 'FILE'\n用法：\n"
        + "  planscope extract [-hV] [--no-ocr] [--max-chars=N] [--max-size=MB]\n"), r.err());
    assertTrue(r.err().contains("\n      FILE...             规划文件或文件夹\n"), r.err());
  }

  @Test
  void planscopeLangEnGivesTheEnglishHelp() {
    String root = run("en", "--help").out();
    assertTrue(root.startsWith("Usage: planscope [-hV] [COMMAND]\nTurns Chinese government plan"
        + " documents (规划, 纲要, 实施方案) into structured,\n"), root);
    assertTrue(root.contains("\n  -V, --version   Print version information and exit.\nCommands:\n"),
        root);
    assertTrue(root.contains("\n  ingest   Extract every supported file under PATH (default corpus/) into\n"
        + "             DATA/plans/, with progress on stderr and a summary table.\n"), root);
    String ingest = run("EN", "ingest", "--help").out();
    assertTrue(ingest.contains("\n      --data=DIR          data folder (default: data)\n"), ingest);
    assertFalse(ingest.contains("用法") || ingest.contains("数据目录"), ingest);
  }

  @Test
  void onlyEnAsksForEnglish() {
    assertTrue(Main.englishHelp("en"));
    assertTrue(Main.englishHelp(" EN "));
    assertFalse(Main.englishHelp(null));
    assertFalse(Main.englishHelp(""));
    assertFalse(Main.englishHelp("zh"));
    assertFalse(Main.englishHelp("en_US.UTF-8"));
  }

  /** Every command with the Chinese texts, and the same without them (the annotations' English). */
  private static CommandLine chinese() {
    return Main.commandLine(new String[0], null).setResourceBundle(Main.chineseTexts());
  }

  private static CommandLine english() {
    return Main.commandLine(new String[0], "en");
  }

  @Test
  void everyCommandOptionAndParameterHasAChineseText() {
    List<String> missing = new ArrayList<>();
    untranslated(chinese(), english(), missing);
    assertEquals(List.of(), missing, "add these keys to " + Main.CHINESE_HELP);
  }

  /** The texts of {@code zh} (and its subcommands) that are still those of {@code en}. */
  private static void untranslated(CommandLine zh, CommandLine en, List<String> missing) {
    CommandSpec z = zh.getCommandSpec();
    CommandSpec e = en.getCommandSpec();
    String name = z.qualifiedName(".");
    List<String[]> zu = usageTexts(z.usageMessage());
    List<String[]> eu = usageTexts(e.usageMessage());
    for (int i = 0; i < USAGE_KEYS.size(); i++) {
      check(name + ".usage." + USAGE_KEYS.get(i), zu.get(i), eu.get(i), missing);
    }
    for (int i = 0; i < z.args().size(); i++) {
      check(name + "." + key(z.args().get(i)), z.args().get(i).description(),
          e.args().get(i).description(), missing);
    }
    assertEquals(en.getSubcommands().keySet(), zh.getSubcommands().keySet());
    zh.getSubcommands().forEach((sub, c) -> untranslated(c, en.getSubcommands().get(sub), missing));
  }

  /** The usage texts picocli reads from the bundle, in the order of {@link #USAGE_KEYS}. */
  private static final List<String> USAGE_KEYS = List.of("headerHeading", "header",
      "synopsisHeading", "descriptionHeading", "description", "parameterListHeading",
      "optionListHeading", "commandListHeading", "footerHeading", "footer");

  private static List<String[]> usageTexts(UsageMessageSpec u) {
    return List.of(new String[] {u.headerHeading()}, u.header(), new String[] {u.synopsisHeading()},
        new String[] {u.descriptionHeading()}, u.description(),
        new String[] {u.parameterListHeading()}, new String[] {u.optionListHeading()},
        new String[] {u.commandListHeading()}, new String[] {u.footerHeading()}, u.footer());
  }

  /** An English text (one with a letter) whose Chinese is missing: the same, or without Han. */
  private static void check(String key, String[] zh, String[] en, List<String> missing) {
    boolean words = String.join("", en).chars().anyMatch(Character::isLetter);
    boolean han = String.join("", zh).codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    if (words && (Arrays.equals(zh, en) || !han)) {
      missing.add(key);
    }
  }

  /**
   * The key picocli looks an option's or parameter's text up by, after the command's name:
   * its description key, else an option's longest name without dashes, else a parameter's label
   * and index ({@code FILE[0..*]}).
   */
  private static String key(ArgSpec arg) {
    if (arg.descriptionKey() != null && !arg.descriptionKey().isEmpty()) {
      return arg.descriptionKey();
    }
    return arg instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "")
        : arg.paramLabel() + "[" + ((CommandLine.Model.PositionalParamSpec) arg).index() + "]";
  }

  @Test
  void everyChineseTextIsUsed() {
    Set<String> looked = new TreeSet<>();
    lookedUp(english(), looked);
    ResourceBundle bundle = Main.chineseTexts();
    for (String k : List.of("usage.header", "usage.description")) {
      // shared by every command, it would stand in for the text of a new one
      assertFalse(bundle.containsKey(k) || bundle.containsKey(k + ".0"), k + " without a command");
    }
    List<String> unused = new ArrayList<>();
    for (String k : Collections.list(bundle.getKeys())) {
      // a text of several lines is KEY.0, KEY.1 …
      if (!looked.contains(k) && !looked.contains(k.replaceFirst("\\.\\d+$", ""))) {
        unused.add(k);
      }
    }
    Collections.sort(unused);
    assertEquals(List.of(), unused, "keys of " + Main.CHINESE_HELP + " that no command looks up");
  }

  /** Every key a command and its subcommands look up, with and without the command's name. */
  private static void lookedUp(CommandLine cli, Set<String> keys) {
    CommandSpec spec = cli.getCommandSpec();
    String name = spec.qualifiedName(".");
    List<String> own = new ArrayList<>();
    USAGE_KEYS.forEach(k -> own.add("usage." + k));
    spec.args().forEach(a -> own.add(key(a)));
    for (String k : own) {
      keys.add(k);
      keys.add(name + "." + k);
    }
    cli.getSubcommands().values().forEach(c -> lookedUp(c, keys));
  }
}
