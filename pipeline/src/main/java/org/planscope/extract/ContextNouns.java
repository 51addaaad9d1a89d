package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.text.Segmenter;
import org.planscope.text.Token;

/**
 * The nouns an indicator borrows from the text around its clause, read from HanLP tokens of the
 * folded item text (segmented on first use: most items never need them): the topic of the
 * sentence (区党政工作部门，…), the last noun of the previous clause (配备女干部，其中担任正职的… →
 * 女干部), the noun and verb phrase after 70%的 (妇女 | 在35—45岁接受筛查), and the object of a short
 * indicator that starts with a verb (…普及防控知识，知晓率 → 防控知识知晓率).
 */
final class ContextNouns {
  private final Segmenter segmenter;
  private final IndicatorCatalogue catalogue;
  private final FoldedText f;
  private final Clauses clauses;
  private List<Token> tokens;

  ContextNouns(Segmenter segmenter, IndicatorCatalogue catalogue, FoldedText f, Clauses clauses) {
    this.segmenter = segmenter;
    this.catalogue = catalogue;
    this.f = f;
    this.clauses = clauses;
  }

  private List<Token> tokens() {
    if (tokens == null) {
      tokens = segmenter.segment(f.s);
    }
    return tokens;
  }

  private String text(int a, int b) {
    return f.d.substring(a, b);
  }

  /** The first clause of the sentence when it is a bare noun phrase (区党政工作部门，…). */
  String topic(int cs) {
    int ss = clauses.sentenceStart(cs);
    if (ss >= cs) {
      return "";
    }
    int e = clauses.clauseEnd(ss);
    if (e >= cs || e - ss > 16) {
      return "";
    }
    for (Token t : tokens()) {
      if (t.start() >= ss && t.end() <= e && !nounish(t)) {
        return "";
      }
    }
    return text(ss, e);
  }

  /** The last noun of the clause before {@code cs} (配备女干部，其中担任正职的… → 女干部). */
  String lastNoun(int cs) {
    int[] prev = clauses.previous(cs);
    if (prev == null) {
      return "";
    }
    String last = "";
    for (Token t : tokens()) {
      if (t.start() >= prev[0] && t.end() <= prev[1] && t.tag().startsWith("n")) {
        last = t.word();
      }
    }
    return last;
  }

  /**
   * The nouns that end the clause before {@code cs}, adjacent words together (全县共有3所妇幼保健机构，
   * … → 妇幼保健机构), or the noun a count that ends it is of (已建成儿童之家120个，… → 儿童之家).
   */
  String lastNounPhrase(int cs) {
    int[] prev = clauses.previous(cs);
    if (prev == null) {
      return "";
    }
    int start = -1;
    int end = -1;
    for (Token t : tokens()) {
      if (t.start() < prev[0] || t.end() > prev[1]) {
        continue;
      }
      boolean noun = t.tag().startsWith("n") || t.tag().equals("vn");
      if (noun && start >= 0 && t.start() == end) {
        end = t.end();
      } else if (noun) {
        start = t.start();
        end = t.end();
      } else {
        start = -1;
      }
    }
    if (start >= 0) {
      return text(start, end);
    }
    Matcher m = COUNTED.matcher(text(prev[0], prev[1]));
    return m.find() ? m.group(1) : "";
  }

  /** A clause that ends on a count of what exists or was built: 已建成儿童之家120个 → 儿童之家. */
  private static final Pattern COUNTED = Pattern.compile("(?:建成|建有|有|设立|成立|创建|开设|配备|培育)"
      + "了?(\\p{IsHan}{2,15}?)\\d+(?:\\.\\d+)?[万千百]?[个所家名人张处座支间]$");

  /**
   * Names a share that opens with its value (95%以上的乡镇建立妇女之家): the verb phrase, 的, the noun,
   * 比例 for a percentage or fraction. Two shares joined (90%的城市社区和80%的农村社区建立家长学校)
   * share the verb phrase after the second, and the first's tail is no subject of the second.
   */
  void nameShareOf(Reading r) {
    String[] npvp = nounVerb(r.after + 1, r.ce);
    Matcher next = NEXT_SHARE.matcher(npvp[1]);
    if (next.lookingAt()) { // 和80%的农村社区 | 建立家长学校
      int from = r.after + 1 + npvp[0].length() + next.end();
      npvp[1] = nounVerb(from, r.ce)[1];
    }
    String vp = npvp[1].startsWith("在") ? npvp[1].substring(1) : npvp[1];
    Matcher one = ONE_OF.matcher(vp);
    if (one.lookingAt()) {
      // 建设1所为儿童…提供…服务的儿童之家: the verb and the thing, without its count or its gloss
      String thing = vp.substring(one.end());
      vp = one.group(1) + thing.substring(thing.lastIndexOf('的') + 1);
    }
    String head = r.q.kind() == QuantityFinder.Kind.FRACTION
        || r.q.kind() == QuantityFinder.Kind.PERCENT ? "比例" : "";
    r.core = (vp.isEmpty() ? "" : vp + "的") + npvp[0] + head;
    String subject = SHARE_TAIL.matcher(r.subject).matches() ? "" : r.subject;
    if (RATE_NOUN.matcher(npvp[0]).matches() && !vp.isEmpty()) {
      // 用人单位按不低于1.5%的比例安排残疾人就业: the share is of what the verb phrase does
      r.core = vp + npvp[0];
      subject = BY.matcher(subject).replaceFirst("");
    }
    r.indicator = (subject.isEmpty() ? topic(r.cs) : subject) + r.core;
    r.rawEnd = r.ce;
  }

  /** A verb and a count of one after it: 建设1所, 建立一个. */
  private static final Pattern ONE_OF = Pattern.compile("(\\p{IsHan}{1,4}?)(?:1|一)[个所家名支处座间]");
  private static final Pattern RATE_NOUN = Pattern.compile("比例|比重|比率");
  private static final Pattern BY = Pattern.compile("(?:按照|按)$");

  /** A second share after the first's noun: 和80%以上的. */
  private static final Pattern NEXT_SHARE = Pattern.compile(
      "[和与及、]\\d+(?:\\.\\d+)?[%‰](?:以上|左右)?的");
  /** What is left of a first share before the second's value: 的城市社区和. */
  private static final Pattern SHARE_TAIL = Pattern.compile("的[^，。；]{1,20}[和与及、]");

  /** After 70%的: the noun (妇女) and the verb phrase (在35—45岁接受筛查) to the clause end. */
  String[] nounVerb(int from, int to) {
    int split = from;
    List<Token> ts = tokensIn(from, to);
    for (int i = 0; i < ts.size() && ts.get(i).start() == split; i++) {
      Token t = ts.get(i);
      boolean joins = split > from && "、和与及".contains(t.word()) && i + 1 < ts.size()
          && nounish(ts.get(i + 1)); // 综合性医院、康复医院和…机构: the nouns listed
      boolean counts = i + 1 < ts.size() && ts.get(i + 1).tag().startsWith("m"); // 建设1所
      if (t.tag().startsWith("n") || split > from && nounish(t) && !counts || joins) {
        split = t.end();
      } else {
        break;
      }
    }
    split = pastGloss(split, to);
    return new String[] {text(from, split), text(split, to)};
  }

  /** Past a bracketed gloss right after a noun (村（社区）, 乡镇（街道）): it belongs to the noun. */
  private int pastGloss(int at, int to) {
    String s = f.s;
    if (at >= to || s.charAt(at) != '（' && s.charAt(at) != '(') {
      return at;
    }
    for (int i = at + 1; i < to && i <= at + 8; i++) {
      if (s.charAt(i) == '）' || s.charAt(i) == ')') {
        return i + 1;
      }
    }
    return at;
  }

  /**
   * A short indicator that starts with a verb (防控知识知晓率, 开课率) names its object earlier:
   * the nouns before the same verb in the previous clause, else that clause's last nouns.
   */
  String complete(int a, int b, int cs, String indicator) {
    List<Token> ts = tokensIn(a, b);
    if (ts.isEmpty() || ts.size() > 3 || !ts.get(0).tag().startsWith("v")
        || catalogue.match(indicator).isPresent()) {
      return indicator;
    }
    int[] prev = clauses.previous(cs);
    if (prev == null) {
      return indicator;
    }
    List<Token> pts = tokensIn(prev[0], prev[1]);
    int k = -1;
    for (int i = 0; i < pts.size(); i++) {
      if (pts.get(i).word().equals(ts.get(0).word())) {
        k = i;
      }
    }
    if (k < 0 && f.s.substring(prev[0], prev[1]).chars().anyMatch(Character::isDigit)) {
      return indicator; // …达到92%以上，住院分娩率≥99%: that clause's nouns are its own indicator's
    }
    int endIdx = k >= 0 ? k : pts.size();
    StringBuilder run = new StringBuilder();
    int i = endIdx - 1;
    // words only: a clause's figures (…筛查100万人次，筛查率…) are no object
    while (i >= 0 && hasHan(pts.get(i).word()) && (nounish(pts.get(i))
        || pts.get(i).tag().startsWith("r") || pts.get(i).tag().equals("a")
        || "和及与、".contains(pts.get(i).word()))) {
      i--;
    }
    boolean noun = false;
    for (int j = i + 1; j < endIdx; j++) {
      Token t = pts.get(j);
      if (run.length() == 0 && "和及与、".contains(t.word())) {
        continue;
      }
      if (!t.tag().startsWith("r")) {
        run.append(t.word());
        noun |= !t.tag().equals("vn") && nounish(t);
      }
    }
    // a clause that ends in a verbal noun alone (…上升趋势得到遏制) names no object
    return noun ? run + indicator : indicator;
  }

  /**
   * Whether a verb ends right at {@code at} (帮助|1000名以上妇女…, 扶持|100名以上女性…, and a verbal
   * noun used as one, 培训|3000人次以上农村妇女).
   */
  boolean verbEndsAt(int at) {
    for (Token t : tokens()) {
      if (t.end() == at) {
        return t.tag().startsWith("v");
      }
    }
    return false;
  }

  private static boolean hasHan(String w) {
    return w.codePoints().anyMatch(Character::isIdeographic);
  }

  private static boolean nounish(Token t) {
    String g = t.tag();
    return g.startsWith("n") || g.equals("vn") || g.equals("an") || g.equals("b") || g.equals("j")
        || g.equals("f") || g.equals("gm") || g.equals("gi") || g.equals("nz");
  }

  private List<Token> tokensIn(int a, int b) {
    List<Token> l = new ArrayList<>();
    for (Token t : tokens()) {
      if (t.start() >= a && t.end() <= b) {
        l.add(t);
      }
    }
    return l;
  }
}
