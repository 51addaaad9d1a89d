package org.planscope.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Op;

/**
 * A benefit paid as a share of a standard: 按照女职工生育医疗费标准的50%享受生育医疗费待遇, 按不低于
 * 当地最低工资标准的80%发放生活补助. The clause opens with 按 / 按照 (after at most a short subject),
 * the value ends the standard (…的N%) and a paying verb names what is paid. The indicator is the
 * benefit as that share, 生育医疗费待遇（占女职工生育医疗费标准的比例）; the comparator is = unless a
 * bound precedes the standard (不低于 → ≥). A share of no named standard, 按50%的比例给予补助资金,
 * is the paid thing's 比例.
 */
final class BenefitShares {
  private static final Pattern BASE = Pattern.compile(
      "[，,；;]?(?:对|为)?([^，,；;。]{0,12}?)按照?(不低于|不少于|不高于|不超过)?(.{2,24}?)的");
  private static final Pattern BY = Pattern.compile("[，,；;]?(?:对|为)?([^，,；;。]{0,12}?)按照?");
  /** A sentence's opening clause that names who is paid: no number, no verb of paying. */
  private static final Pattern WHO = Pattern.compile("[^0-9，,；;。按]{2,20}");
  private static final Pattern PAID = Pattern.compile(
      "(?:享受|发放|给予|支付|补助|补贴|报销|计发)([^，,。；;、（(]{2,16})");

  private BenefitShares() {}

  /**
   * @param indicator the benefit as a share, with whom it is paid to
   * @param op its comparator
   * @param end where the phrase ends (after what is paid)
   */
  record Share(String indicator, Op op, int end) {}

  /**
   * The share whose value is {@code [valueStart, after)} in {@code s} (folded text), its clause's
   * own text starting at {@code from} and ending at {@code clauseEnd}; null when it is none.
   * {@code opening} is the sentence's first clause when the share's clause is not that one: who
   * is paid when the share's clause does not say (参加生育保险男职工的未就业配偶，…，按照…).
   */
  static Share read(String s, int from, int valueStart, int after, int clauseEnd,
      String opening) {
    boolean ofNone = s.startsWith("的比例", after);
    Matcher by = (ofNone ? BY : BASE).matcher(s).region(from, valueStart);
    Matcher paid = PAID.matcher(s).region(ofNone ? after + 3 : after, clauseEnd);
    if (!by.matches() || !paid.lookingAt()) {
      return null;
    }
    String who = by.group(1).isEmpty() && WHO.matcher(opening).matches() ? opening : by.group(1);
    String what = (who.isEmpty() ? "" : who + "的") + paid.group(1);
    if (ofNone) {
      return new Share(what + "比例", Op.EQ, paid.end());
    }
    String bound = by.group(2);
    Op op = bound == null ? Op.EQ
        : bound.endsWith("低于") || bound.endsWith("少于") ? Op.GE : Op.LE;
    return new Share(what + "（占" + by.group(3) + "的比例）", op, paid.end());
  }
}
