package org.planscope.structure;

import java.util.regex.Pattern;
import org.planscope.text.TextNormalizer;

/**
 * A table's caption: the line printed just above a table's first row that names the table. It
 * heads the table and is never the end of the item printed before the table (an HTML {@code
 * <caption>} arrives as such a line). A caption is
 *
 * <ul>
 *   <li>a numbered table or box: 表1 三台县“十四五”教育事业发展主要指标, 附表 主要指标, 表一：…,
 *       附表2 …, 专栏3 …;
 *   <li>or a short line that ends no sentence and names a table of indicators ({@code
 *       INDICATOR_TABLE} words of {@code structure-cues.tsv}): 三台县教育事业发展主要指标,
 *       “十四五”卫生健康指标体系.
 * </ul>
 *
 * <p>A sentence that goes on into the table (……主要指标如下：, ……。) is no caption.
 */
final class TableCaptions {
  /** 表1, 附表, 附表2, 表一, 专栏3: the opening of a numbered table's caption. */
  private static final Pattern NUMBERED = Pattern.compile(
      "[ \t\u3000]*(?:附表|(?:表|专栏)[ \u3000]*(?:\\d+(?![\\d.．%％])|[一二三四五六七八九十]+))");
  /** The longest line read as a caption. */
  private static final int MAX = 60;

  private TableCaptions() {}

  /** A line that announces the table below it: 主要指标如下表：, 具体指标见表1。 */
  private static final Pattern LEAD_IN = Pattern.compile(
      "[^。；]{0,30}(?:如下表|见下表|详见下表|列表如下|见表[ \u3000]*\\d*|详见附表[ \u3000]*\\d*|如表[ \u3000]*\\d*所示)[：:。]?");

  /** Whether {@code line} is a short line that announces a table below it (主要指标如下表：). */
  static boolean isLeadIn(String line) {
    return LEAD_IN.matcher(line.strip()).matches();
  }

  /** Whether {@code line}, printed just above a table, is its caption. */
  static boolean isCaption(String line, StructureCues cues) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX || TextNormalizer.sentenceEnded(s, s.length(), 0)
        || s.endsWith("：") || s.endsWith(":")) {
      return false;
    }
    return NUMBERED.matcher(s).lookingAt()
        || s.indexOf('，') < 0 && s.indexOf(',') < 0
            && cues.within(CueKind.INDICATOR_TABLE, s) != null;
  }
}
