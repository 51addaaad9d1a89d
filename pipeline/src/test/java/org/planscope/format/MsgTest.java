package org.planscope.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every terminal message has its Chinese and its English, taking the same arguments. */
class MsgTest {
  private static final Pattern SPEC =
      Pattern.compile("%(\\d+\\$)?([-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%])");

  /** Argument number → conversion ({@code ,d}, {@code .1f}, {@code s}) of a template. */
  static Map<Integer, String> arguments(String template) {
    Map<Integer, String> out = new TreeMap<>();
    Matcher m = SPEC.matcher(template);
    int next = 1;
    while (m.find()) {
      if (m.group(2).equals("%") || m.group(2).equals("n")) {
        continue;
      }
      int i = m.group(1) == null ? next++ : Integer.parseInt(m.group(1).replace("$", ""));
      String before = out.put(i, m.group(2));
      assertTrue(before == null || before.equals(m.group(2)), template);
    }
    return out;
  }

  @Test
  void everyMessageHasBothLanguagesWithTheSameArguments() {
    for (Msg k : Msg.values()) {
      String zh = k.template(Lang.ZH);
      String en = k.template(Lang.EN);
      assertFalse(zh.isBlank(), k + " has no Chinese");
      assertFalse(en.isBlank(), k + " has no English");
      assertEquals(arguments(en), arguments(zh), k + ": the two languages take other arguments");
      Map<Integer, String> args = arguments(en);
      assertEquals(args.isEmpty() ? List.of() : List.copyOf(range(args.size())),
          List.copyOf(args.keySet()), k + ": arguments numbered 1…n");
      // a sample of the right types formats in both
      Object[] sample = args.values().stream()
          .map(c -> c.endsWith("d") ? (Object) 1234 : c.endsWith("f") ? (Object) 1.5 : "x")
          .toArray();
      assertFalse(k.in(Lang.ZH, sample).isBlank(), k.name());
      assertFalse(k.in(Lang.EN, sample).isBlank(), k.name());
    }
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(i);
    }
    return out;
  }

  @Test
  void theChineseIsChinese() {
    Pattern han = Pattern.compile("[\\p{IsHan}：（），；]");
    for (Msg k : Msg.values()) {
      String zh = k.template(Lang.ZH);
      boolean verbatim = zh.equals(k.template(Lang.EN));
      assertTrue(han.matcher(zh).find() || verbatim, k + ": " + zh);
      assertFalse(zh.contains(": ") || zh.contains("; ") || zh.contains(" ("), k + " punctuated as"
          + " English: " + zh);
    }
  }

  @Test
  void aMessageInsideAMessageIsWrittenInTheSameLanguage() {
    Path file = Path.of("/x/plan.pdf");
    Message m = Msg.FILE_REASON_HINT.with(file, Msg.NO_SUCH_FILE.with(), Msg.CHECK_PATH.with());
    assertEquals("错误：/x/plan.pdf：文件不存在（请检查路径）", Msg.ERROR.in(Lang.ZH, m));
    assertEquals("error: /x/plan.pdf: no such file (check the path)", Msg.ERROR.in(Lang.EN, m));
    assertEquals("error: /x/plan.pdf: no such file (check the path)", "error: " + m);
    assertEquals("已跳过 3 个不支持格式的文件（支持的格式：docx pdf）：",
        Msg.SKIPPED.in(Lang.ZH, 3, "docx pdf"));
    assertEquals("共 2 个规划：1 个失败，1 个未变，用时 0.5 秒",
        Msg.SUMMARY_UNCHANGED.in(Lang.ZH, 2, 1, 1L, 0.5));
    assertEquals("文本过长：2,000,001 个字符（上限为 2,000,000）",
        Msg.TEXT_TOO_LONG.in(Lang.ZH, 2_000_001, 2_000_000));
  }

  @Test
  void argumentsInAnotherOrderKeepTheirPlaces() {
    assertEquals("/d/plans 中没有编号为 004 的规划（现有编号：001, 002）",
        Msg.NO_PLAN.in(Lang.ZH, "004", "/d/plans", "001, 002"));
    assertEquals("no plan 004 in /d/plans (ids: 001, 002)",
        Msg.NO_PLAN.in(Lang.EN, "004", "/d/plans", "001, 002"));
  }
}
