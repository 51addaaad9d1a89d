package org.planscope.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planscope.lexicon.CueIndex;
import org.planscope.lexicon.Tsv;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.OrganizationRecognizer;
import org.planscope.text.Segmenter;
import org.planscope.text.Token;

/**
 * Recognises and normalises unit names: government departments and their short forms, Party and
 * people's-congress bodies, mass organisations, coordinating committees and working groups.
 *
 * <p>A unit name is {@code [我][region][level words][level] department [extension]}:
 * 区卫健局 → {区, 卫生健康局}; 博山区妇女儿童工作委员会 → {区, region 博山区, 妇女儿童工作委员会};
 * 全市各级人民政府 → {市, 人民政府}; 我旗妇儿工委 → name 旗妇儿工委; a government's own body is one
 * unit under its formal name (县人民政府妇女儿童工作委员会 → {县, 妇女儿童工作委员会}). Departments and their aliases come from
 * {@code models/departments.tsv}; level words, generic bodies, posts and suffixes from
 * {@code models/lexicon/unit-words.tsv}. A region name before a level character (岢岚县) is accepted
 * only when HanLP segments it into proper-name tokens (岢/g 岚/nz 县), so 加强县妇儿工委 is not read as
 * a unit of the region 加强县. Unknown departments are accepted from HanLP's organisation
 * recognition ({@code nt}) when they end with an organisation suffix (区老龄办).
 *
 * <p>Thread-safe after construction; build it once ({@link #shared()}).
 */
public final class DepartmentDictionary {
  public static final String DEPARTMENTS = "departments.tsv";
  public static final String WORDS = "lexicon/unit-words.tsv";
  private static final String LEVEL_PLACEHOLDER = "{L}";
  /** The kind of a people's government, whose own bodies are named after it (县人民政府办公室). */
  private static final String GOVERNMENT = "GOVERNMENT";
  private static final int MAX_REGION = 8;
  private static final int MAX_GROUP = 12;
  private static final int MAX_ORG = 16;
  /** First letters of HanLP tags that no part of a place name has (see {@link #isPlace}). */
  private static final String NOT_NAME_TAGS = "vdpcurmqfaw";

  /** A department entry: canonical name, kind, and the level written inside the alias (团区委). */
  record Entry(String canonical, String kind, String level) {}

  private final Map<String, Entry> aliases = new HashMap<>();
  private final Map<String, String> levelChars = new HashMap<>();
  private final Map<String, String> levelWords = new HashMap<>();
  /** unit-words.tsv words by kind. */
  private final Map<String, Set<String>> words = new HashMap<>();
  /** unit-words.tsv words of each kind, longest first, by first and last character. */
  private final Map<String, CueIndex<String>> wordIndex = new HashMap<>();
  /** The lengths of the aliases that start with a character, longest first. */
  private final Map<Character, int[]> aliasLengths = new HashMap<>();
  private final Segmenter segmenter;
  private final OrganizationRecognizer organizations;

  public DepartmentDictionary() {
    this(Tsv.model(DEPARTMENTS), Tsv.model(WORDS), HanLpSegmenter.shared(),
        OrganizationRecognizer.shared());
  }

  DepartmentDictionary(Tsv departments, Tsv wordRows, Segmenter segmenter,
      OrganizationRecognizer organizations) {
    this.segmenter = segmenter;
    this.organizations = organizations;
    Map<String, List<String>> wordLists = new LinkedHashMap<>();
    for (Tsv.Row row : wordRows.require("word", "kind", "level").rows()) {
      String word = row.get("word");
      String kind = row.get("kind");
      switch (kind) {
        case "LEVEL" -> {
          if (word.length() != 1) {
            throw row.error("a LEVEL is one character: '" + word + "'");
          }
          levelChars.put(word, row.get("level"));
        }
        case "LEVEL_WORD" -> levelWords.put(word, row.opt("level") == null ? "" : row.get("level"));
        case "SELF", "EXTENSION", "GENERIC", "POST", "GROUP_SUFFIX", "ORG_SUFFIX", "GROUP_MARK",
            "SEPARATOR" -> { }
        default -> throw row.error("unknown kind '" + kind + "'");
      }
      if (!words.computeIfAbsent(kind, k -> new HashSet<>()).add(word)) {
        throw row.error("duplicate " + kind + " '" + word + "'");
      }
      wordLists.computeIfAbsent(kind, k -> new ArrayList<>()).add(word);
    }
    wordLists.forEach((kind, list) -> wordIndex.put(kind, CueIndex.of(list)));
    Map<String, Tsv.Row> seen = new LinkedHashMap<>();
    for (Tsv.Row row : departments.require("canonical", "aliases", "kind").rows()) {
      String canonical = row.get("canonical");
      String kind = row.get("kind");
      addAlias(row, seen, canonical, new Entry(canonical, kind, null));
      for (String alias : row.list("aliases")) {
        if (alias.contains(LEVEL_PLACEHOLDER)) {
          for (Map.Entry<String, String> l : levelChars.entrySet()) {
            addAlias(row, seen, alias.replace(LEVEL_PLACEHOLDER, l.getKey()),
                new Entry(canonical, kind, l.getValue()));
          }
        } else {
          addAlias(row, seen, alias, new Entry(canonical, kind, null));
        }
      }
    }
  }

  private void addAlias(Tsv.Row row, Map<String, Tsv.Row> seen, String alias, Entry entry) {
    Tsv.Row first = seen.putIfAbsent(alias, row);
    if (first != null && first != row) {
      throw row.error("alias '" + alias + "' already used at line " + first.line());
    }
    aliases.putIfAbsent(alias, entry);
    int[] lengths = aliasLengths.getOrDefault(alias.charAt(0), new int[0]);
    if (java.util.Arrays.stream(lengths).noneMatch(n -> n == alias.length())) {
      lengths = java.util.Arrays.copyOf(lengths, lengths.length + 1);
      lengths[lengths.length - 1] = alias.length();
      java.util.Arrays.sort(lengths);
      for (int a = 0, b = lengths.length - 1; a < b; a++, b--) { // longest first
        int t = lengths[a];
        lengths[a] = lengths[b];
        lengths[b] = t;
      }
      aliasLengths.put(alias.charAt(0), lengths);
    }
  }

  /**
   * Canonical department → its written forms (those without a level placeholder), read straight
   * from {@code models/departments.tsv} without loading the recogniser: for query expansion, so
   * that 卫健局 finds 卫生健康局.
   */
  public static Map<String, List<String>> aliasGroups() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.model(DEPARTMENTS).require("canonical", "aliases", "kind").rows()) {
      List<String> forms = row.list("aliases").stream()
          .filter(a -> !a.contains(LEVEL_PLACEHOLDER)).toList();
      if (!forms.isEmpty()) {
        out.computeIfAbsent(row.get("canonical"), k -> new ArrayList<>()).addAll(forms);
      }
    }
    return out;
  }

  private static final class DefaultHolder {
    static final DepartmentDictionary INSTANCE = new DepartmentDictionary();
  }

  /** The dictionary from the class path, loaded once. */
  public static DepartmentDictionary shared() {
    return DefaultHolder.INSTANCE;
  }

  // ---- word lookups ----------------------------------------------------------------------

  /** The length of the longest word of {@code kind} (unit-words.tsv) at {@code at}, or 0. */
  public int wordAt(String kind, CharSequence s, int at) {
    CueIndex<String> index = wordIndex.get(kind);
    String w = index == null ? null : index.at(s, at);
    return w == null ? 0 : w.length();
  }

  /** True when {@code s} ends with a word of {@code kind}. */
  public boolean endsWith(String kind, String s) {
    CueIndex<String> index = wordIndex.get(kind);
    return index != null && index.endingAt(s, s.length()) != null;
  }

  /** True when the whole of {@code s} is a word of {@code kind}. */
  public boolean is(String kind, String s) {
    Set<String> set = words.get(kind);
    return set != null && set.contains(s);
  }

  private Entry aliasAt(String s, int at, int[] length) {
    if (at >= s.length()) {
      return null;
    }
    int[] lengths = aliasLengths.get(s.charAt(at));
    if (lengths == null) {
      return null;
    }
    for (int n : lengths) {
      if (at + n > s.length()) {
        continue;
      }
      Entry e = aliases.get(s.substring(at, at + n));
      if (e != null) {
        length[0] = n;
        return e;
      }
    }
    return null;
  }

  // ---- recognition -----------------------------------------------------------------------

  /**
   * The unit name that starts at {@code from} in {@code s}, or null. A name followed by a post
   * (委员会主任, 监测组成员) is not a unit.
   *
   * @param lenient also accept a working group (…小组, …组) and HanLP organisations ending in an
   *     organisation suffix; callers use it where the context already says a unit must follow
   */
  public UnitName match(String s, int from, boolean lenient) {
    int i = from;
    int self = wordAt("SELF", s, i);
    if (self > 0 && i + self < s.length() && levelChars.containsKey(s.substring(i + self, i + self + 1))) {
      i += self;
    }
    int nameStart = i;
    String level = null;
    String region = null;
    int[] len = new int[1];
    for (int guard = 0; guard < 6 && i < s.length(); guard++) {
      Entry e = aliasAt(s, i, len);
      if (e != null) {
        int end = i + len[0];
        Entry office = GOVERNMENT.equals(e.kind()) ? aliasAt(s, end, len) : null;
        if (office != null && !GOVERNMENT.equals(office.kind())) {
          e = office; // 县人民政府妇女儿童工作委员会: the government's committee, one unit
          end += len[0];
        }
        return finish(s, nameStart, end, e, e.level() != null ? e.level() : level, region);
      }
      int w = wordAt("LEVEL_WORD", s, i);
      if (w > 0) {
        String l = levelWords.get(s.substring(i, i + w));
        if (!l.isEmpty()) {
          level = l;
        }
        i += w;
        continue;
      }
      String lc = levelChars.get(s.substring(i, i + 1));
      if (lc != null) {
        level = lc;
        i++;
        continue;
      }
      int r = region(s, i);
      if (r > 0) {
        region = s.substring(i, i + r);
        String last = region.substring(r - 1);
        level = levelChars.getOrDefault(last, level);
        for (String lw : levelWords.keySet()) {
          if (region.endsWith(lw) && !levelWords.get(lw).isEmpty()) {
            level = levelWords.get(lw);
          }
        }
        i += r;
        continue;
      }
      break;
    }
    if (!lenient || i >= s.length()) {
      return null;
    }
    UnitName group = group(s, nameStart, i, level, region);
    if (group != null) {
      return group;
    }
    return organization(s, nameStart, level, region);
  }

  private UnitName finish(String s, int nameStart, int end, Entry e, String level, String region) {
    int ext = wordAt("EXTENSION", s, end);
    end += ext;
    if (wordAt("POST", s, end) > 0) {
      return null;
    }
    String department = ext > 0 ? e.canonical() + s.substring(end - ext, end) : e.canonical();
    return new UnitName(s.substring(nameStart, end), nameStart, end, department, level, region,
        e.kind());
  }

  /** A region name (博山区, 岢岚县, 阿巴嘎旗) at {@code at} followed by a unit: its length, or 0. */
  private int region(String s, int at) {
    if (!isHan(s.charAt(at))) {
      return 0;
    }
    for (int q = at + 1; q < Math.min(s.length(), at + MAX_REGION); q++) {
      if (!isHan(s.charAt(q - 1))) {
        return 0;
      }
      int lw = wordAt("LEVEL_WORD", s, q);
      int end;
      if (lw > 0 && !levelWords.get(s.substring(q, q + lw)).isEmpty()) {
        end = q + lw;
      } else if (levelChars.containsKey(s.substring(q, q + 1))) {
        end = q + 1;
      } else {
        continue;
      }
      if (end >= s.length() || !startsDepartment(s, end)) {
        continue;
      }
      if (isPlace(s.substring(at, end), end - q)) {
        return end - at;
      }
    }
    return 0;
  }

  private boolean startsDepartment(String s, int at) {
    int[] len = new int[1];
    if (aliasAt(s, at, len) != null) {
      return true;
    }
    int w = wordAt("LEVEL_WORD", s, at);
    if (w > 0) {
      return startsDepartment(s, at + w);
    }
    return at + 1 < s.length() && levelChars.containsKey(s.substring(at, at + 1))
        && aliasAt(s, at + 1, len) != null;
  }

  /**
   * A place name before its level word ({@code levelLength} chars): no token of the name is a
   * verb, adverb, preposition, conjunction, particle, pronoun, numeral, classifier, locative,
   * adjective or punctuation (加强/v 县 is not a region; 岢/g 岚/nz 县 and 阿/b 巴/b 嘎/o 旗 are).
   */
  private boolean isPlace(String candidate, int levelLength) {
    String name = candidate.substring(0, candidate.length() - levelLength);
    if (name.isEmpty()) {
      return false;
    }
    for (Token t : segmenter.segment(candidate)) {
      if (t.start() >= name.length()) {
        break;
      }
      if (NOT_NAME_TAGS.indexOf(t.tag().charAt(0)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A working group (监测评估领导小组, 评估组) from {@code at}; the shortest name that fits. */
  private UnitName group(String s, int nameStart, int at, String level, String region) {
    for (int j = at + 2; j <= Math.min(s.length(), at + MAX_GROUP); j++) {
      if (!isHan(s.charAt(j - 1))) {
        return null;
      }
      String name = s.substring(at, j);
      if (endsWith("GROUP_SUFFIX", name) && !is("GROUP_SUFFIX", name)) {
        if (wordAt("POST", s, j) > 0) {
          return null;
        }
        return new UnitName(s.substring(nameStart, j), nameStart, j, null, level, region, "GROUP");
      }
    }
    return null;
  }

  /** An organisation HanLP recognises at {@code at} that ends with an organisation suffix. */
  private UnitName organization(String s, int at, String level, String region) {
    int end = at;
    while (end < s.length() && end - at < MAX_ORG && isHan(s.charAt(end))) {
      end++;
    }
    if (end - at < 2 || !orgSuffixWithin(s, at, end)) {
      return null; // HanLP's answer would be refused below: do not load its recognisers for it
    }
    Token t = organizations.leadingOrganization(s.substring(at, end));
    if (t == null || !endsWith("ORG_SUFFIX", t.word()) || is("GENERIC", t.word())
        || endsWith("POST", t.word()) || wordAt("POST", s, at + t.end()) > 0) {
      return null;
    }
    UnitName n = normalize(t.word());
    return new UnitName(n.name(), at, at + t.end(), n.department(),
        n.levelPrefix() != null ? n.levelPrefix() : level, n.region() != null ? n.region() : region,
        n.kind());
  }

  /** True when some name of two or more characters from {@code at} ends with an ORG_SUFFIX. */
  private boolean orgSuffixWithin(String s, int at, int end) {
    for (int j = at + 2; j <= end; j++) {
      if (endsWith("ORG_SUFFIX", s.substring(at, j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name as written in a list (区卫健局, 区人力资源和社会保障, 有关行业主管部门) normalised: department,
   * level prefix and region when recognised, else nulls; the name is kept as written (a leading
   * self-reference 我 before a level is dropped, and the offsets say so).
   */
  public UnitName normalize(String written) {
    UnitName m = match(written, 0, false);
    if (m != null && m.end() == written.length()) {
      return m;
    }
    int start = 0;
    int self = wordAt("SELF", written, 0);
    if (self > 0 && self < written.length()
        && levelChars.containsKey(written.substring(self, self + 1))) {
      start = self;
    }
    String level = null;
    if (start < written.length()) {
      String lc = levelChars.get(written.substring(start, start + 1));
      int lw = wordAt("LEVEL_WORD", written, start);
      if (lw > 0 && !levelWords.get(written.substring(start, start + lw)).isEmpty()) {
        level = levelWords.get(written.substring(start, start + lw));
      } else if (lc != null) {
        level = lc;
      }
    }
    return new UnitName(written.substring(start), start, written.length(), null, level, null,
        null);
  }

  static boolean isHan(char c) {
    // CJK Unified Ideographs (all assigned ones, Unicode 13) without the script table's search
    return c >= '\u4E00' && c <= '\u9FFC'
        || c >= '\u0080' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
