package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.extract.QuantityFinder.Kind;
import org.planscope.extract.QuantityFinder.Quantity;
import org.planscope.extract.TargetLexicon.Cue;
import org.planscope.extract.TargetLexicon.CueKind;
import org.planscope.extract.TargetLexicon.WordKind;
import org.planscope.model.Op;

/**
 * The comparator-chain stage: the cues before a value, read backwards from it in folded text. The
 * nearest cue decides the kind (达到 a level, 下降 a change, 建设 a provision, 占 a share, 共有 a
 * fact); cues directly before it join the chain ({@code 至少各配备}, {@code 应达到并保持在}), with
 * trail words (应, 基本, 力争) and spread words (分别, 均) between them. The strongest cue of the chain
 * gives the op unless a cue after the value (以上, 左右) does. Cues are data: {@code
 * comparators.tsv} and {@code target-cues.tsv}.
 */
final class ComparatorChain {
  /** The furthest a provision verb or 占 may stand before its number (建立…中心和1所). */
  private static final int MAX_GAP = 20;
  private static final Pattern LEAD_YEAR_OF = Pattern.compile("(?:19|20)\\d\\d年(?:底|末)?的?");
  /**
   * 在 before a number states a level only with a bound after it that ends the clause (就业人数在
   * 3000人以上, 占比在45%左右) or opens a share (在95%以上的乡镇); otherwise it is a place or a time
   * (在3个乡镇开展试点, 在10个以上村开展示范创建).
   */
  private static final String AT = "在";

  /**
   * The cues before a number.
   *
   * @param start where the chain starts (the indicator phrase ends there)
   * @param nearest the cue nearest the number
   * @param gapStart where the nearest cue ends (text between it and the number is its object:
   *     建设1所 vs 建立…中心和1所)
   * @param spread whether 分别 / 均 stood in the chain
   * @param whole whether the text between a level cue and its percentage names the whole the
   *     value is a share of (保持在总从业人员的40%以上)
   */
  record Chain(int start, List<Cue> cues, Cue nearest, int gapStart, boolean spread,
      boolean whole) {}

  /** Verbs whose count is of people reached or events held only (培训…人次, 开展…场次). */
  private static final Set<String> EVENT_VERBS = Set.of("培训", "开展", "举办");
  private static final Set<String> EVENT_UNITS = Set.of("人次", "万人次", "人", "万人", "名", "场", "场次");
  private final TargetLexicon lexicon;
  private final String s;

  ComparatorChain(TargetLexicon lexicon, String s) {
    this.lexicon = lexicon;
    this.s = s;
  }

  /** The cues before the number: the nearest, then any directly before it. */
  Chain chain(int rs, Quantity q) {
    Cue nearest = null;
    int end = -1;
    int gap = -1; // where the cue's object starts: the number itself past a year's trail
    boolean whole = false;
    for (int e = q.start(); e > rs && q.start() - e <= MAX_GAP; e--) {
      Cue c = lexicon.preEndingAt(s, e);
      if (c == null || e - c.text().length() < rs || c.text().equals(AT) && !boundAfter(q)
          || EVENT_VERBS.contains(c.text()) && !EVENT_UNITS.contains(q.unit())) {
        continue; // 培训妇女3000人次, 开展讲座120场次; not 每年开展1次监测, 培训3天
      }
      boolean gapOk = e == q.start() || onlyTrail(e, q.start());
      // 床位数达到每千名老人30张: a per-capita base between the cue and its count
      boolean perBase = !gapOk && q.kind() == Kind.COUNT && c.kind() != CueKind.PROVISION
          && PerCapitaBases.isBase(s.substring(e, q.start()));
      whole = !gapOk && !perBase && wholeOf(c, e, q);
      if (perBase) {
        nearest = c;
        end = e;
        gap = e;
        break;
      }
      if (gapOk && c.kind() != CueKind.PROVISION || whole
          || c.kind() == CueKind.SHARE
          || c.kind() == CueKind.PROVISION && q.kind() == Kind.COUNT) {
        nearest = c;
        end = e;
        // 提高到2025年的79.3岁: the year between the cue and the number is no object of the cue
        gap = gapOk && c.kind() != CueKind.PROVISION ? q.start() : e;
        break;
      }
    }
    if (nearest == null) {
      return null;
    }
    List<Cue> cues = new ArrayList<>();
    cues.add(nearest);
    int start = end - nearest.text().length();
    boolean spread = false;
    while (true) {
      int p = start;
      boolean moved = true;
      while (moved) {
        moved = false;
        String sp = lexicon.endsWith(WordKind.SPREAD, s, p);
        if (sp != null && p - sp.length() >= rs) {
          p -= sp.length();
          spread = true;
          moved = true;
          continue;
        }
        String t = lexicon.endsWith(WordKind.TRAIL, s, p);
        if (t != null && p - t.length() >= rs) {
          p -= t.length();
          moved = true;
        }
      }
      Cue c = lexicon.preEndingAt(s, p);
      if (c != null && p - c.text().length() >= rs && c.kind() != CueKind.SHARE) {
        cues.add(c);
        start = p - c.text().length();
      } else {
        break;
      }
    }
    return new Chain(start, cues, nearest, gap, spread, whole);
  }

  /**
   * 达到 / 保持在 + a noun phrase with 的 + a percentage or fraction: the phrase is the whole the
   * value is a share of (女性就业人员比例达到全部就业人员的45%).
   */
  private boolean wholeOf(Cue c, int from, Quantity q) {
    if (c.kind() != CueKind.PLAIN && c.kind() != CueKind.UP
        || q.kind() != Kind.PERCENT && q.kind() != Kind.FRACTION
        || q.start() - from < 3 || s.charAt(q.start() - 1) != '的') {
      return false;
    }
    for (int p = from; p < q.start(); p++) {
      if (!Character.isIdeographic(s.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A share's indicator: 女性科技人才占比 + 全市科技人才 → 女性科技人才占全市科技人才的比例 (the subject's
   * own share word, SHARE_HEAD, gives way to the whole named after the verb).
   */
  String shareName(String subject, Chain c, String of) {
    if (!c.whole()) {
      return subject + c.nearest().text() + of + "的比例";
    }
    String head = lexicon.endsWith(WordKind.SHARE_HEAD, subject, subject.length());
    String own = head == null ? subject : subject.substring(0, subject.length() - head.length());
    return own + "占" + of + "的比例";
  }

  /** A bound right after the number, then the clause's end or 的: 在3000人以上。 / 在95%以上的乡镇 */
  private boolean boundAfter(Quantity q) {
    Cue post = lexicon.postAt(s, q.end());
    int after = post == null ? -1 : q.end() + post.text().length();
    return post != null && (after == s.length() || "，。；;,、的）)".indexOf(s.charAt(after)) >= 0);
  }

  boolean onlyTrail(int from, int to) {
    int p = from;
    Matcher y = LEAD_YEAR_OF.matcher(s).region(from, to);
    if (y.lookingAt()) {
      p = y.end(); // 提高到2025年的80%
    }
    while (p < to) {
      String t = lexicon.startsWith(WordKind.TRAIL, s, p);
      if (t == null) {
        return false;
      }
      p += t.length();
    }
    return p == to;
  }

  /**
   * The comparator a value takes from its cues: the cue after it (以上), else the strongest cue
   * of its chain, else = for a count and >= for any other value.
   */
  static Op op(Cue post, Chain chain, boolean count) {
    if (post != null) {
      return post.op();
    }
    if (chain == null) {
      return count ? Op.EQ : Op.GE;
    }
    Cue best = null;
    for (Cue c : chain.cues()) {
      if (best == null || c.strength() > best.strength()) {
        best = c;
      }
    }
    return best.op();
  }
}
