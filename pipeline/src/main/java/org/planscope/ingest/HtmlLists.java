package org.planscope.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * The numbers a browser shows before the items of an ordered list ({@code <ol>}), for {@link
 * ParagraphHandler}: the counter in the list's style, from its {@code type} attribute or its inline
 * {@code list-style-type} (一、 for {@code cjk-ideographic}, none for {@code none}), and no number
 * of ours before an item whose text prints its own (a pasted 1. or （一） inside an unstyled list,
 * which the page's style sheet hides the list numbers of).
 */
final class HtmlLists {
  private static final Pattern STYLE_TYPE = Pattern.compile(
      "list-style(?:-type)?\\s*:[^;\"]*?\\b(none|decimal|cjk-ideographic|cjk-decimal"
          + "|(?:simp|trad)-chinese-(?:informal|formal)|(?:lower|upper)-(?:alpha|latin|roman))\\b");
  /** An item label printed in its text: 1. 1、 （1） (1) 一、 （一） ① 第一条 …. */
  private static final Pattern TYPED = Pattern.compile(
      "^(?:\\d{1,3}[.．、)）]|[（(](?:\\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、.．]"
          + "|[\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249b]|第[一二三四五六七八九十百]{1,4}[章节条部])");

  /** Counter styles, stored as one char in the open list's state. */
  static final char NONE = 'n';
  static final char CHINESE = 'c';
  static final char CHINESE_DIGITS = 'd';
  static final char CHINESE_FORMAL = 'f';

  private HtmlLists() {}

  /** The counter style of an {@code <ol>}: its inline style first, then {@code type}; '1' by default. */
  static char type(Attributes atts) {
    String style = atts.getValue("style");
    if (style != null) {
      Matcher m = STYLE_TYPE.matcher(style.toLowerCase(Locale.ROOT));
      if (m.find()) {
        return switch (m.group(1)) {
          case "none" -> NONE;
          case "cjk-ideographic", "simp-chinese-informal", "trad-chinese-informal" -> CHINESE;
          case "simp-chinese-formal", "trad-chinese-formal" -> CHINESE_FORMAL;
          case "cjk-decimal" -> CHINESE_DIGITS;
          case "lower-alpha", "lower-latin" -> 'a';
          case "upper-alpha", "upper-latin" -> 'A';
          case "lower-roman" -> 'i';
          case "upper-roman" -> 'I';
          default -> '1';
        };
      }
    }
    String t = atts.getValue("type");
    return t == null || t.isEmpty() ? '1' : t.charAt(0);
  }

  /** The item's number as shown (一、 / 1. / a.), or null when the list shows none. */
  static String label(int n, char type) {
    String fmt = switch (type) {
      case NONE -> null;
      case CHINESE -> "chineseCounting";
      case CHINESE_FORMAL -> "chineseLegalSimplified";
      case CHINESE_DIGITS -> "ideographDigital";
      case 'a' -> "lowerLetter";
      case 'A' -> "upperLetter";
      case 'i' -> "lowerRoman";
      case 'I' -> "upperRoman";
      default -> "decimal";
    };
    if (fmt == null) {
      return null;
    }
    boolean chinese = type == CHINESE || type == CHINESE_FORMAL || type == CHINESE_DIGITS;
    return NumberFormat.format(n, fmt) + (chinese ? "、" : ".");
  }

  /** True when the item's text, after our number {@code label}, starts with a number of its own. */
  static boolean typed(String text, String label) {
    return text.startsWith(label) && TYPED.matcher(text.substring(label.length()).strip()).find();
  }
}
