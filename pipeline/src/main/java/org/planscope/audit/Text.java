package org.planscope.audit;

import org.planscope.format.Lang;
import java.util.Objects;

/**
 * A text in both output languages: {@code zh} (the default) and {@code en}.
 *
 * @param zh the Chinese text
 * @param en the English text
 */
public record Text(String zh, String en) {
  public static final Text EMPTY = new Text("", "");

  public Text {
    zh = zh == null ? "" : zh;
    en = en == null ? zh : en;
  }

  /** The same string in both languages (a quote, a name). */
  public static Text of(String s) {
    return new Text(s, s);
  }

  public String in(Lang lang) {
    return Objects.requireNonNull(lang, "lang") == Lang.EN ? en : zh;
  }

  public boolean isEmpty() {
    return zh.isEmpty() && en.isEmpty();
  }

  /** This text followed by {@code other}, in each language. */
  public Text plus(Text other) {
    return new Text(zh + other.zh, en + other.en);
  }

  /** The Chinese text (the default language). */
  @Override
  public String toString() {
    return zh;
  }
}
