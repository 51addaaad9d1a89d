package org.planscope.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The project's own scorer: a faithful port of the independent {@code score.py} (same
 * normalisation, same matching rules), so that the evaluation runs inside the build from the
 * project's copy of the gold ({@code src/test/resources/gold}).
 */
public final class GoldScorer {
  private static final Pattern PUNCT =
      Pattern.compile("[\\s，。、；：,.;:！!？?“”\"'‘’（）()《》〈〉【】\\[\\]—\\-－~～·…]+");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^[一二三四五六七八九十\\d]+");

  /** Counts for one measure (true positives, predicted, gold). */
  public static final class Tally {
    public int tp;
    public int predicted;
    public int gold;

    void add(int tp, int predicted, int gold) {
      this.tp += tp;
      this.predicted += predicted;
      this.gold += gold;
    }

    public double precision() {
      return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) tp / predicted;
    }

    public double recall() {
      return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) tp / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "P%.3f R%.3f F%.3f (tp %d, pred %d, gold %d)",
          precision(), recall(), f1(), tp, predicted, gold);
    }
  }

  public final Map<String, Tally> tallies = new LinkedHashMap<>();
  /** Human-readable misses, for failure messages. */
  public final List<String> misses = new ArrayList<>();

  public GoldScorer() {
    for (String k : List.of("meta", "domains", "goals", "measures", "targets", "targets_lenient",
        "measure_targets", "units", "implementation_units_recall")) {
      tallies.put(k, new Tally());
    }
  }

  public Tally get(String key) {
    return tallies.get(key);
  }

  public static String norm(String s) {
    if (s == null) {
      return "";
    }
    return PUNCT.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
  }

  static List<String> bigrams(String s) {
    String n = norm(s);
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < n.length(); i++) {
      out.add(n.substring(i, i + 2));
    }
    if (out.isEmpty() && !n.isEmpty()) {
      out.add(n);
    }
    return out;
  }

  public static double dice(String a, String b) {
    List<String> x = bigrams(a);
    List<String> y = bigrams(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Map<String, Integer> cy = new HashMap<>();
    y.forEach(g -> cy.merge(g, 1, Integer::sum));
    int inter = 0;
    for (String g : x) {
      Integer c = cy.get(g);
      if (c != null && c > 0) {
        inter++;
        cy.put(g, c - 1);
      }
    }
    return 2.0 * inter / (x.size() + y.size());
  }

  static Object num(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    String s = Normalizer.normalize(v.asText(), Normalizer.Form.NFKC).strip();
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return s.replace(" ", "").replace("—", "-").replace("～", "-").replace("~", "-");
    }
  }

  static String unit(String u) {
    String s = Normalizer.normalize(u == null ? "" : u, Normalizer.Form.NFKC).replace(" ", "");
    return switch (s) {
      case "/10万", "10万分之", "per100k" -> "1/10万";
      default -> s;
    };
  }

  static String op(String o) {
    String s = o == null ? "" : o.strip();
    return switch (s) {
      case "≥" -> ">=";
      case "≤" -> "<=";
      case "≈" -> "~";
      case "==" -> "=";
      default -> s;
    };
  }

  public static String canonDomain(String name) {
    return LEADING_NUMBER.matcher(norm(name)).replaceFirst("");
  }

  static <G, P> int matchGreedy(List<G> gold, List<P> pred, BiPredicate<G, P> ok) {
    boolean[] used = new boolean[pred.size()];
    int tp = 0;
    for (G g : gold) {
      for (int i = 0; i < pred.size(); i++) {
        if (!used[i] && ok.test(g, pred.get(i))) {
          used[i] = true;
          tp++;
          break;
        }
      }
    }
    return tp;
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static List<JsonNode> list(JsonNode n, String field) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode v = n == null ? null : n.get(field);
    if (v != null && v.isArray()) {
      v.forEach(out::add);
    }
    return out;
  }

  /** A flattened target: domain, item number, the target node. */
  record FlatTarget(String domain, int n, JsonNode t) {}

  record FlatUnit(String domain, int goal, String role, String name) {}

  /** Scores one predicted plan against its gold file. */
  public void score(JsonNode gold, JsonNode pred) {
    String doc = text(gold, "doc");
    // metadata
    int ok = 0;
    String[][] fields = {{"title"}, {"region", "name"}, {"region", "level"},
        {"region", "province"}, {"region", "city"}};
    for (String[] f : fields) {
      String g = path(gold, f);
      String p = path(pred, f);
      if (norm(String.valueOf(g)).equals(norm(String.valueOf(p)))) {
        ok++;
      } else {
        misses.add(doc + " meta " + String.join(".", f) + ": gold=" + g + " pred=" + p);
      }
    }
    JsonNode gp = gold.get("period");
    JsonNode pp = pred.get("period");
    if (Objects.equals(periodOf(gp), periodOf(pp))) {
      ok++;
    } else {
      misses.add(doc + " meta period: gold=" + periodOf(gp) + " pred=" + periodOf(pp));
    }
    get("meta").add(ok, 6, 6);

    List<JsonNode> gd = list(gold, "domains");
    List<JsonNode> pd = list(pred, "domains");
    get("domains").add(matchGreedy(gd, pd,
        (g, p) -> canonDomain(text(g, "name")).equals(canonDomain(text(p, "name")))), pd.size(), gd.size());
    for (JsonNode g : gd) {
      JsonNode p = pd.stream()
          .filter(x -> canonDomain(text(x, "name")).equals(canonDomain(text(g, "name"))))
          .findFirst().orElse(null);
      List<JsonNode> gg = list(g, "goals");
      List<JsonNode> pg = list(p, "goals");
      int gtp = matchGreedy(gg, pg, (a, b) -> a.path("n").asInt() == b.path("n").asInt()
          && dice(text(a, "text"), text(b, "text")) >= 0.85);
      get("goals").add(gtp, pg.size(), gg.size());
      for (JsonNode a : gg) {
        if (pg.stream().noneMatch(b -> a.path("n").asInt() == b.path("n").asInt()
            && dice(text(a, "text"), text(b, "text")) >= 0.85)) {
          misses.add(doc + " goal " + text(g, "name") + "#" + a.path("n").asInt() + " " + text(a, "text"));
        }
      }
      List<JsonNode> gm = list(g, "measures");
      List<JsonNode> pm = list(p, "measures");
      get("measures").add(matchGreedy(gm, pm, (a, b) -> a.path("n").asInt() == b.path("n").asInt()
          && dice(text(a, "title"), text(b, "title")) >= 0.8), pm.size(), gm.size());
      for (JsonNode a : gm) {
        if (pm.stream().noneMatch(b -> a.path("n").asInt() == b.path("n").asInt()
            && dice(text(a, "title"), text(b, "title")) >= 0.8)) {
          misses.add(doc + " measure " + text(g, "name") + "#" + a.path("n").asInt() + " " + text(a, "title"));
        }
      }
    }
    for (JsonNode p : pd) {
      if (gd.stream().noneMatch(g -> canonDomain(text(g, "name")).equals(canonDomain(text(p, "name"))))) {
        get("goals").add(0, list(p, "goals").size(), 0);
        get("measures").add(0, list(p, "measures").size(), 0);
      }
    }

    List<FlatTarget> pt = new ArrayList<>();
    List<FlatTarget> pmt = new ArrayList<>();
    List<FlatUnit> pu = new ArrayList<>();
    for (JsonNode d : pd) {
      String dn = text(d, "name");
      for (JsonNode g : list(d, "goals")) {
        for (JsonNode t : list(g, "targets")) {
          pt.add(new FlatTarget(dn, g.path("n").asInt(), t));
        }
        for (String role : List.of("lead", "responsible")) {
          for (JsonNode u : list(g, role)) {
            pu.add(new FlatUnit(canonDomain(dn), g.path("n").asInt(), role, norm(u.asText())));
          }
        }
      }
      for (JsonNode m : list(d, "measures")) {
        for (JsonNode t : list(m, "targets")) {
          pmt.add(new FlatTarget(dn, m.path("n").asInt(), t));
        }
      }
    }
    List<FlatTarget> gt = new ArrayList<>();
    list(gold, "targets").forEach(t -> gt.add(new FlatTarget(text(t, "domain"), t.path("goal").asInt(), t)));
    List<FlatTarget> gmt = new ArrayList<>();
    list(gold, "measure_targets").forEach(t -> gmt.add(new FlatTarget(text(t, "domain"), t.path("measure").asInt(), t)));
    get("targets").add(matchGreedy(gt, pt, targetOk(0.8)), pt.size(), gt.size());
    get("targets_lenient").add(matchGreedy(gt, pt, targetOk(0.5)), pt.size(), gt.size());
    get("measure_targets").add(matchGreedy(gmt, pmt, targetOk(0.8)), pmt.size(), gmt.size());
    for (FlatTarget g : gt) {
      if (pt.stream().noneMatch(p -> targetOk(0.8).test(g, p))) {
        misses.add(doc + " target " + g.domain + "#" + g.n + " " + text(g.t, "raw"));
      }
    }
    for (FlatTarget g : gmt) {
      if (pmt.stream().noneMatch(p -> targetOk(0.8).test(g, p))) {
        misses.add(doc + " measure_target " + g.domain + "#" + g.n + " " + text(g.t, "raw"));
      }
    }
    for (FlatTarget p : pt) {
      if (gt.stream().noneMatch(g -> targetOk(0.8).test(g, p))) {
        misses.add(doc + " extra target " + p.domain + "#" + p.n + " " + text(p.t, "raw"));
      }
    }

    List<FlatUnit> gu = new ArrayList<>();
    for (JsonNode u : list(gold, "units")) {
      for (String role : List.of("lead", "responsible")) {
        for (JsonNode name : list(u, role)) {
          gu.add(new FlatUnit(canonDomain(text(u, "domain")), u.path("goal").asInt(), role, norm(name.asText())));
        }
      }
    }
    get("units").add(matchGreedy(gu, pu, FlatUnit::equals), pu.size(), gu.size());

    // implementation units: recall of gold unit names among predicted implementationUnits
    List<String> gi = new ArrayList<>();
    list(gold, "implementation_units").forEach(u -> gi.add(norm(text(u, "unit"))));
    List<String> pi = new ArrayList<>();
    list(pred, "implementationUnits").forEach(u -> pi.add(norm(text(u, "unit"))));
    int itp = matchGreedy(gi, pi, String::equals);
    get("implementation_units_recall").add(itp, pi.size(), gi.size());
  }

  private static BiPredicate<FlatTarget, FlatTarget> targetOk(double minDice) {
    return (g, p) -> canonDomain(g.domain).equals(canonDomain(p.domain))
        && g.n == p.n
        && Objects.equals(num(g.t.get("value")), num(p.t.get("value")))
        && unit(text(g.t, "unit")).equals(unit(text(p.t, "unit")))
        && op(text(g.t, "op")).equals(op(text(p.t, "op")))
        && dice(text(g.t, "indicator"), text(p.t, "indicator")) >= minDice;
  }

  private static String path(JsonNode n, String[] f) {
    JsonNode cur = n;
    for (String k : f) {
      cur = cur == null ? null : cur.get(k);
    }
    return cur == null || cur.isNull() ? null : cur.asText();
  }

  private static String periodOf(JsonNode p) {
    if (p == null || p.isNull()) {
      return "null";
    }
    return p.path("start").asText("null") + "-" + p.path("end").asText("null");
  }

  public String summary() {
    StringBuilder b = new StringBuilder();
    tallies.forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, "%-28s %s%n", k, v)));
    return b.toString();
  }
}
