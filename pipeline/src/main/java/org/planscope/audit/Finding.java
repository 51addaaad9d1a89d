package org.planscope.audit;

import org.planscope.format.Lang;
import java.util.Locale;
import java.util.Objects;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Plan;
import org.planscope.model.Span;

/**
 * One audit finding: which rule, how serious, where in which plan, the quoted evidence, what is
 * wrong and what to do about it.
 *
 * @param ruleId the rule's stable UPPER_SNAKE id (MISSING_VALUE …)
 * @param severity how much it matters
 * @param where the plan, domain and item
 * @param indicator the indicator concerned, or null when the finding is not about one
 * @param evidence the quoted text, with the item text it was found in
 * @param message what is wrong, one line, in Chinese and English
 * @param suggestion what the plan's authors could do, one line, in Chinese and English
 */
public record Finding(
    String ruleId,
    Severity severity,
    Location where,
    String indicator,
    Evidence evidence,
    Text message,
    Text suggestion) {
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(where, "where");
    evidence = evidence == null ? Evidence.NONE : evidence;
    message = message == null ? Text.EMPTY : message;
    suggestion = suggestion == null ? Text.EMPTY : suggestion;
  }

  /** A finding whose message and suggestion read the same in both languages. */
  public Finding(String ruleId, Severity severity, Location where, String indicator,
      Evidence evidence, String message, String suggestion) {
    this(ruleId, severity, where, indicator, evidence, Text.of(message), Text.of(suggestion));
  }

  /** The same finding at another severity. */
  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, s, where, indicator, evidence, message, suggestion);
  }

  /**
   * Where a finding is.
   *
   * @param planId the plan's id
   * @param planTitle the plan's title (may be null)
   * @param region the plan's region (鹿寨县), or null when unknown
   * @param domain the domain name, or null for a plan-wide finding
   * @param kind goal, measure or key project; null when the finding is not about one item
   * @param n the item's ordinal in its list (1-based), 0 when none
   * @param number the item's numbering as printed, empty when none
   */
  public record Location(
      String planId, String planTitle, String region, String domain, ItemKind kind, int n,
      String number) {
    public Location {
      Objects.requireNonNull(planId, "planId");
      number = number == null ? "" : number;
    }

    public static Location of(Plan plan, String domain, Item item) {
      return new Location(plan.id(), plan.title(), plan.region().name(), domain, item.kind(),
          item.n(), item.number());
    }

    public static Location of(Plan plan, String domain) {
      return new Location(plan.id(), plan.title(), plan.region().name(), domain, null, 0, "");
    }

    public static Location of(Plan plan, Domain domain) {
      return of(plan, domain == null ? null : domain.name());
    }

    /** {@code goal 3}, {@code measure 12}, {@code key project 1}; empty when not about an item. */
    public String item() {
      if (kind == null) {
        return "";
      }
      String k = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      return n > 0 ? k + " " + n : k;
    }

    /** 目标3 / goal 3; empty when not about an item. */
    public String item(Lang lang) {
      if (kind == null) {
        return "";
      }
      String s = Messages.get(lang, "kind." + kind.name(), n > 0 ? n : "");
      return s.strip();
    }

    /** The region and title (鹿寨县《鹿寨县妇女发展规划（2021—2030年）》), else the id. */
    public String plan() {
      String t = planTitle == null || planTitle.isBlank() ? planId : "《" + planTitle + "》";
      return region == null || region.isBlank() || (planTitle != null && planTitle.startsWith(region))
          ? t : region + t;
    }
  }

  /**
   * The quoted evidence.
   *
   * @param text the verbatim quote ("" when there is nothing in the plan to quote)
   * @param context the item text the quote is in, or null
   * @param start where {@code text} starts in {@code context}, or -1 when not located
   * @param sourceSpan where the evidence is in the plan's source text (its phrase, else its item), or
   *     null when unknown
   */
  public record Evidence(String text, String context, int start, Span sourceSpan) {
    public static final Evidence NONE = new Evidence("", null, -1, null);

    public Evidence {
      text = text == null ? "" : text;
      if (context == null || start < 0 || start + text.length() > context.length()
          || !context.startsWith(text, start)) {
        start = -1;
      }
    }

    /** A quote that is not in the audited plan (a peer's wording, a reference value). */
    public static Evidence quote(String text) {
      return new Evidence(text, null, -1, null);
    }

    /**
     * The quote of an item's text around {@code text[start, end)}, widened to the whole clause
     * (to the nearest ，。；：！？ or line break on each side), so that a quote never drops the
     * words that change its meaning: 「抑郁症患病率上升趋势减缓」, not 「抑郁症患病率上升」.
     */
    public static Evidence in(Plan plan, Item item, int start, int end) {
      String text = item.text();
      while (start > 0 && !clauseEnd(text, start - 1)) {
        start--;
      }
      while (end < text.length() && !clauseEnd(text, end)) {
        end++;
      }
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return exact(plan, item, start, end);
    }

    /** Clause punctuation; ASCII {@code :} is not (3:2), nor {@code ,} before a digit (1,000). */
    private static boolean clauseEnd(String text, int i) {
      char c = text.charAt(i);
      if (c == ',') {
        return i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1));
      }
      return clauseEnd(c);
    }

    static boolean clauseEnd(char c) {
      return c == '，' || c == '。' || c == '；' || c == '：' || c == '！' || c == '？' || c == ';'
          || c == '\n' || c == '\r';
    }

    /**
     * The quote {@code text[start, end)} of an item's text, as it is. Its source span is the
     * item's: the item text is normalised, so a place inside it has no exact source offset.
     */
    static Evidence exact(Plan plan, Item item, int start, int end) {
      String quote = item.text().substring(start, end);
      return new Evidence(quote, item.text(), start, item.span());
    }

    /**
     * A phrase of an item (a target's {@code raw}), located in the item text and widened to its
     * clause; {@code span} is where the phrase is in the plan's source (the target's span), or
     * null, and is the evidence's source span when given, else the item's.
     */
    public static Evidence in(Plan plan, Item item, String phrase, Span span) {
      if (phrase == null || phrase.isEmpty()) {
        return whole(plan, item);
      }
      int at = item.text().indexOf(phrase);
      if (at < 0) {
        return new Evidence(phrase, item.text(), -1, span);
      }
      Evidence e = in(plan, item, at, at + phrase.length());
      return new Evidence(e.text(), e.context(), e.start(), span != null ? span : e.sourceSpan());
    }

    /** The item's title (first sentence) as the quote. */
    public static Evidence whole(Plan plan, Item item) {
      String title = item.title() == null || item.title().isEmpty() ? item.text() : item.title();
      int at = item.text().indexOf(title);
      return at < 0 ? new Evidence(title, item.text(), -1, null)
          : exact(plan, item, at, at + title.length());
    }
  }
}
