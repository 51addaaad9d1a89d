package org.planscope.format;

import java.util.Locale;

/** The interface language: Chinese by default, English on request ({@code --lang en}). */
public enum Lang {
  ZH,
  EN;

  /** The Chinese or the English text. */
  public String pick(String zh, String en) {
    return this == ZH ? zh : en;
  }

  /** {@code zh}, {@code zh-CN}, {@code en} … (case-insensitive); anything else is an error. */
  public static Lang parse(String s) {
    String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    if (k.equals("zh") || k.startsWith("zh-") || k.startsWith("zh_")) {
      return ZH;
    }
    if (k.equals("en") || k.startsWith("en-") || k.startsWith("en_")) {
      return EN;
    }
    throw new IllegalArgumentException("unknown language '" + s + "' (zh or en)");
  }

  /** {@code zh} or {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code zh}, {@code zh-CN}, {@code en} …; anything not English is Chinese. */
  public static Lang of(String code) {
    return code != null && code.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
  }

  /** goal → 目标, measure → 措施 …; unknown kinds as given. */
  public String kind(String kind) {
    if (kind == null) {
      return "";
    }
    return switch (kind) {
      case "goal" -> pick("目标", "goal");
      case "measure" -> pick("措施", "measure");
      case "key_project" -> pick("重点工程", "key project");
      case "indicator" -> pick("指标", "indicator");
      case "target" -> pick("目标值", "target");
      default -> kind;
    };
  }
}
