package org.planscope.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planscope.lexicon.Tsv;

/**
 * The canonical development domains per plan type ({@code models/lexicon/domains.tsv}): names in
 * the order plans list them, heading aliases, and the keywords the {@link DomainClassifier}
 * scores with.
 */
final class DomainLexicon {
  static final String FILE = "lexicon/domains.tsv";

  /** One domain. */
  record Entry(String planType, String name, List<String> aliases, Set<String> keywords) {}

  private final List<Entry> entries;
  /** Bare heading form (name or alias) → entry. */
  private final Map<String, Entry> byHeading = new LinkedHashMap<>();

  DomainLexicon(Tsv tsv) {
    tsv.require("planType", "name", "aliases", "keywords");
    List<Entry> list = new ArrayList<>();
    for (Tsv.Row row : tsv.rows()) {
      Entry e = new Entry(row.get("planType"), row.get("name"), row.list("aliases"),
          Set.copyOf(row.list("keywords")));
      if (e.keywords().isEmpty()) {
        throw row.error("domain " + e.name() + " has no keywords");
      }
      list.add(e);
      for (String h : concat(e.name(), e.aliases())) {
        Entry prev = byHeading.putIfAbsent(Headings.bare(h), e);
        if (prev != null && prev != e) {
          throw row.error("heading '" + h + "' already names " + prev.name());
        }
      }
    }
    this.entries = List.copyOf(list);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>(rest.size() + 1);
    out.add(first);
    out.addAll(rest);
    return out;
  }

  private static final class Holder {
    static final DomainLexicon DEFAULT = new DomainLexicon(Tsv.model(FILE));
  }

  static DomainLexicon shared() {
    return Holder.DEFAULT;
  }

  List<Entry> entries() {
    return entries;
  }

  /**
   * The domains of one plan type, in order (empty for a type without a fixed list; both lists,
   * women's first, for a combined plan).
   */
  List<Entry> of(String planType) {
    return entries.stream().filter(e -> covers(planType, e.planType())).toList();
  }

  /**
   * The domain a heading names, or null. The heading matches a name or alias exactly, or starts
   * with one and adds at most a short suffix (儿童与健康领域); in a women's or children's plan the
   * name may leave out its subject (健康领域, 安全 for 儿童与健康, 儿童与安全).
   */
  Entry match(String heading, String planType) {
    String h = Headings.bare(heading);
    Entry e = lookup(h);
    if (e == null) {
      // 领域一：妇女与健康, 妇女与健康（责任单位：县卫健局）: a label before, a note after the name
      h = DECORATION.matcher(h).replaceAll("");
      e = lookup(h);
    }
    String subject = "women".equals(planType) ? "妇女" : "children".equals(planType) ? "儿童" : null;
    if (e == null && subject != null && !h.startsWith(subject)) {
      // 健康领域 / 安全 in a children's plan: the name without its subject 儿童与
      e = lookup(subject + "与" + h);
    }
    if (e == null) {
      return null;
    }
    return planType == null || planType.equals("other") || covers(planType, e.planType()) ? e : null;
  }

  /**
   * Whether a plan of {@code planType} holds domains of {@code subjectType}: its own, or either
   * one in a combined plan ({@code women_children}).
   */
  public static boolean covers(String planType, String subjectType) {
    return planType != null && subjectType != null
        && (planType.equals(subjectType) || planType.equals(WOMEN_CHILDREN)
            && (subjectType.equals("women") || subjectType.equals("children")));
  }

  /** A label before a domain's name (领域一：, 第二领域：) and a bracketed note after it. */
  private static final java.util.regex.Pattern DECORATION = java.util.regex.Pattern.compile(
      "^(?:第?[一二三四五六七八九十\\d]+个?领域|领域[一二三四五六七八九十\\d]+)[：:、.．]?|[（(【\\[].*$");

  /** The type of a plan for women and children together (妇女儿童发展规划). */
  public static final String WOMEN_CHILDREN = "women_children";

  /**
   * A name or alias exactly, or one followed by at most a short suffix (儿童与健康领域); a subject
   * followed by 发展 names the same domain as the subject alone (妇女发展环境 → 妇女环境).
   */
  private Entry lookup(String h) {
    for (String subject : SUBJECTS) {
      if (h.startsWith(subject + "发展") && h.length() > subject.length() + 3) {
        Entry e = lookupAsPrinted(subject + h.substring(subject.length() + 2));
        if (e != null) {
          return e;
        }
      }
    }
    return lookupAsPrinted(h);
  }

  private static final List<String> SUBJECTS = List.of("妇女", "儿童");

  private Entry lookupAsPrinted(String h) {
    Entry e = byHeading.get(h);
    if (e == null) {
      for (Map.Entry<String, Entry> m : byHeading.entrySet()) {
        if (h.startsWith(m.getKey()) && h.length() - m.getKey().length() <= 2) {
          return m.getValue();
        }
      }
    }
    return e;
  }

  /**
   * The name a domain's heading prints when that is another full name of the entry's domain
   * (儿童与社会环境, the 2011—2020 outlines' name of 儿童与环境; 妇女与法治; 儿童与法律): a plan is cited
   * by its own domain names. An abbreviation (妇女健康, 健康领域) or no heading gives the entry's
   * name.
   */
  String printedName(Entry e, String heading) {
    if (heading == null) {
      return e.name();
    }
    String h = DECORATION.matcher(Headings.bare(heading)).replaceAll("");
    if (h.startsWith(Headings.bare(e.name()))) {
      return e.name();
    }
    String best = null;
    for (String a : e.aliases()) {
      String k = Headings.bare(a);
      if (k.indexOf('与') == 2 && h.startsWith(k) && h.length() - k.length() <= 2
          && (best == null || k.length() > best.length())) {
        best = a;
      }
    }
    return best != null ? best : e.name();
  }

  /**
   * The domain a passage names somewhere in it (为进一步保障儿童安全，…; 《…》解读之六：妇女参与决策和
   * 管理), the longest name or alias found; null when none. A name joined to another population
   * (妇女儿童健康: 儿童健康 after 妇女) names the field of both, not that one domain.
   */
  Entry mentioned(String passage) {
    String p = Headings.bare(passage);
    Entry best = null;
    int len = 0;
    for (Map.Entry<String, Entry> m : byHeading.entrySet()) {
      if (m.getKey().length() > len && standsAlone(p, m.getKey())) {
        best = m.getValue();
        len = m.getKey().length();
      }
    }
    return best;
  }

  /** Whether {@code key} occurs in {@code p} once at least not right after another population. */
  private static boolean standsAlone(String p, String key) {
    for (int i = p.indexOf(key); i >= 0; i = p.indexOf(key, i + 1)) {
      String before = p.substring(Math.max(0, i - 2), i);
      if (!JOINED.contains(before)) {
        return true;
      }
    }
    return false;
  }

  /** Populations written together with the next (妇女儿童, 儿童妇女, 妇幼). */
  private static final Set<String> JOINED = Set.of("妇女", "儿童", "妇幼");
}
