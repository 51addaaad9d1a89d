package org.planscope.audit;

import java.util.Locale;

/** The language of audit output: Chinese by default, English on request ({@code --lang en}). */
public enum Lang {
  ZH,
  EN;

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
}
