package org.planscope.text;

import java.util.regex.Pattern;

/**
 * The numbering styles of Chinese plan outlines, in their customary order from the outermost
 * (第一章) to the innermost (①). The order is only a default: {@link OutlineParser} adapts it when
 * a document nests its styles differently. The decimal outline's styles (1 / 2.1 / 2.1.1) come
 * last: a document numbered by dots uses the others only below them, where the ranks adapt, and
 * every other document keeps the default ranks it had before they were read.
 */
public enum NumberingStyle {
  /** 第一篇 / 第一编: the parts a 纲要 groups its chapters in (第一篇 … 第一章 … 第二篇 … 第三章). */
  PART("第[\\s\\u3000]*([一二三四五六七八九十百零〇两\\d]{1,4})[\\s\\u3000]*(?:篇|编)[、：:\\s\\u3000]*"),
  /** 第一章 / 第一部分. */
  CHAPTER("第[\\s\\u3000]*([一二三四五六七八九十百零〇两\\d]{1,4})[\\s\\u3000]*(?:章|部分)[、：:\\s\\u3000]*"),
  /** 第一节. */
  SECTION("第[\\s\\u3000]*([一二三四五六七八九十百零〇两\\d]{1,4})[\\s\\u3000]*节[、：:\\s\\u3000]*"),
  /**
   * 第六条: a plan drafted in articles, numbered on through the whole text (第一条 … 第七十条); an
   * item's article number is its label, its place in its list its ordinal ({@code n}).
   */
  ARTICLE("第[\\s\\u3000]*([一二三四五六七八九十百零〇两\\d]{1,4})[\\s\\u3000]*条[、：:\\s\\u3000]*"),
  /** 领域一： / 领域1、: a development domain numbered by its label. */
  LABEL_PART("领域[\\s\\u3000]*([一二三四五六七八九十]{1,3}|\\d{1,2})[\\s\\u3000]*"
      + "(?:[：:、]|[.．](?!\\d)|[\\s\\u3000])[\\s\\u3000]*"),
  /** 一、 (also 一． / 一.). */
  CN_COMMA("([一二三四五六七八九十]{1,3})[\\s\\u3000]*[、．.][\\s\\u3000]*"),
  /** A． / B、: domains lettered in place of 一、 二、 (A．妇女与健康), before a Chinese heading. */
  LETTER("([A-H])[\\s\\u3000]*[．.、](?!\\d)[\\s\\u3000]*(?=\\p{IsHan})"),
  /** （一） / (一), and the one-character ㈠ … ㈩ of word processors. */
  CN_PAREN("(?:[（(][\\s\\u3000]*([一二三四五六七八九十]{1,3})[\\s\\u3000]*[）)]|([\\u3220-\\u3229]))"
      + "[\\s\\u3000]*"),
  /**
   * 1. / 1． / 1、 (and the spaced 1 . of some conversions). A dot followed by a digit reads as
   * a decimal (1.5倍) unless the list's sequence says otherwise ({@link Numbering#parse(CharSequence,
   * int)}); 、 never makes a decimal (2、5岁以下儿童).
   */
  ARABIC("(?:(\\d{1,3})[\\s\\u3000]*(?:、|[.．](?![\\d]))|([\\u2488-\\u249b]))[\\s\\u3000]*"),
  /**
   * 目标1： / 措施2： / 任务3、 / 行动一：: goals, measures and tasks (actions, projects) numbered by
   * their label, with no 主要目标 / 策略措施 heading over them (the label says which list an item is
   * in).
   */
  // 目标1：/ 目标 1： / 目标1. — but 目标 1. is a bare heading 目标 and its first item 1.
  LABEL_ITEM("(?:目标|措施|任务|行动|工程|举措)(?:[\\s\\u3000]*(\\d{1,3}|[一二三四五六七八九十]{1,3})[\\s\\u3000]*"
      + "[：:、]|(\\d{1,3}|[一二三四五六七八九十]{1,3})[\\s\\u3000]*[.．](?!\\d))[\\s\\u3000]*"),
  /** （1） / (1) / 1）, and the one-character ⑴ … ⒇. */
  ARABIC_PAREN("(?:[（(][\\s\\u3000]*(\\d{1,3})[\\s\\u3000]*[）)]|(\\d{1,3})[）)]|([\\u2474-\\u2487]))"
      + "[\\s\\u3000]*"),
  /** ① … ⑳ … ㊿, and the other circled digits of word processors (❶ ➀ ➊ ⓵ …). */
  CIRCLED("([\\u2460-\\u2473\\u24eb-\\u24fe\\u2776-\\u2793\\u3251-\\u325f\\u32b1-\\u32bf])"
      + "[\\s\\u3000]*"),
  /**
   * 1 总则: a bare number, a space and a short heading (the top of a decimal outline). Only a
   * heading without a sentence in it ({@link Numbering#parse(CharSequence)}).
   */
  DECIMAL_1("(\\d{1,2})[\\s\\u3000]+" + NumberingStyle.DECIMAL_HEAD),
  /** 2.1 儿童与健康 / 2.1、 / 2.1儿童与健康: a decimal outline's second level. */
  DECIMAL_2("\\d{1,2}[.．](\\d{1,2})" + NumberingStyle.DECIMAL_TAIL),
  /** 2.1.1 主要目标. */
  DECIMAL_3("\\d{1,2}[.．]\\d{1,2}[.．](\\d{1,2})" + NumberingStyle.DECIMAL_TAIL),
  /** 2.1.1.1 …. */
  DECIMAL_4("\\d{1,2}[.．]\\d{1,2}[.．]\\d{1,2}[.．](\\d{1,2})" + NumberingStyle.DECIMAL_TAIL);

  /**
   * The first character of a decimal outline's heading, never a unit that follows a number (年,
   * 岁, 万, 个 …), so a decimal that opens a wrapped line (11.3年, 2.5 万人, 0.5个百分点) stays
   * text. Only units that no heading starts with: 家 (家庭), 人 (人才), 小 (小学) may open one.
   */
  private static final String DECIMAL_HEAD = "(?=[\\p{IsHan}（(“《【])"
      + "(?![年岁万亿个倍元次天周月吨亩米克秒余多名张所户项])";
  /** After a dotted number: a trailing dot, spaces or 、, then the heading. */
  private static final String DECIMAL_TAIL = "[.．]?[\\s\\u3000]*(?:、[\\s\\u3000]*)?"
      + DECIMAL_HEAD;

  final Pattern pattern;

  /** A dotted number before a digit: 7.50—60岁 is item 7 or the decimal 7.50. */
  static final Pattern ARABIC_BEFORE_DIGIT =
      Pattern.compile("(\\d{1,3})[.．](?=\\d)");

  NumberingStyle(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /** 1 / 2.1 / 2.1.1 / 2.1.1.1: the levels of a decimal outline. */
  public boolean decimal() {
    return this == DECIMAL_1 || this == DECIMAL_2 || this == DECIMAL_3 || this == DECIMAL_4;
  }

  /** The default nesting rank: 0 for the outermost style. */
  public int defaultRank() {
    return ordinal();
  }
}
