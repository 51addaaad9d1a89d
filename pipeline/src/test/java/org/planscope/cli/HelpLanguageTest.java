package org.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planscope.ingest.ReadOptions;
import org.planscope.testing.Cli;

/** The usage help is Chinese unless {@code PLANSCOPE_LANG} is {@code en}. */
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
        "\n      --lang=LANG       提示信息、规则名称和报告的语言：zh（默认）或 en\n"), viaHelp.out());
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
}
