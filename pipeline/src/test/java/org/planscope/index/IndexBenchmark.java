package org.planscope.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Region;
import org.planscope.testing.Corpus;

/**
 * Query latency over an index of 100,000 goal and measure documents generated from the corpus:
 * each variant plan gets another region and period, its numbers changed, and a sentence of another
 * plan's item in the same domain appended to half of its items. Not a timed test: it prints the
 * figures (README, section Search). Surefire excludes the tag, so run it through {@link #main}
 * (the command is in the README); {@code -Dbenchmark.docs=N} sets another size.
 */
@Tag("benchmark")
class IndexBenchmark {
  static final String[] QUERIES = {
      "宫颈癌筛查", "卫健局 孕产妇死亡率", "村委会女性比例", "孕产妇死亡率", "反家庭暴力", "乳腺癌筛查",
      "艾滋病母婴传播", "孕产妇贫血", "心理健康素养", "养老保险参保率", "医疗保险参保率", "生育保险",
      "高中阶段毛入学率", "女性科技人才", "居委会女性比例", "打击拐卖妇女", "公共法律服务", "预防性骚扰",
      "家庭教育责任", "家教家风 基层社会治理", "卫生厕所", "安全饮水", "突发事件 妇女", "职业病",
      "托育服务", "消除就业性别歧视", "女大学生就业创业", "工伤保险", "失业保险", "婚姻家庭纠纷",
      "男女平等宪法原则", "缩小收入差距", "留守妇女", "女干部培养选拔", "免遭网络侵害", "筛查率 ７０％",
      "妇女", "健康", "妇女 就业", "\"妇女发展\"", "教育 OR 培训", "宫颈癌 -乳腺癌", "样本3县 生育保险",
  };

  public static void main(String[] args) throws Exception {
    new IndexBenchmark().queryLatencyAt100kDocuments();
    System.exit(0);
  }

  @Test
  void queryLatencyAt100kDocuments() throws Exception {
    int target = Integer.getInteger("benchmark.docs", 100_000);
    Path dir = Files.createTempDirectory("planscope-bench");
    List<Plan> base = new ArrayList<>(Corpus.plans().values());
    long perRound = base.stream().flatMap(Plan::items).count();
    Random rnd = new Random(42);
    long t0 = System.nanoTime();
    int docs = 0;
    int variant = 0;
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      while (docs < target) {
        for (Plan p : base) {
          Plan v = variant(p, base, variant, rnd, target - docs);
          u.put(dir.resolve("v" + variant + "-" + p.id() + ".txt"), v);
          docs += (int) v.items().count();
          if (docs >= target) {
            break;
          }
        }
        variant++;
      }
      u.commit();
    }
    double indexSeconds = (System.nanoTime() - t0) / 1e9;
    try (PlanSearcher s = PlanSearcher.open(dir)) {
      int size = s.size();
      // warm-up: JIT, HanLP, page cache
      for (int round = 0; round < 3; round++) {
        for (String q : QUERIES) {
          s.search(SearchRequest.of(q));
        }
      }
      // Wall time, and this thread's CPU time: on a shared machine the wall clock also counts
      // time spent waiting for a core.
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      List<Double> ms = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      long totalHits = 0;
      for (int round = 0; round < 10; round++) {
        for (String q : QUERIES) {
          long c = threads.getCurrentThreadCpuTime();
          long a = System.nanoTime();
          SearchResult r = s.search(SearchRequest.of(q));
          ms.add((System.nanoTime() - a) / 1e6);
          cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
          totalHits += r.total();
        }
      }
      double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double[] cpuSorted = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(Locale.ROOT,
          "benchmark: %d documents (%d items per corpus round, %d variants) indexed in %.1f s"
              + " (%.0f docs/s), index %.1f MB%n"
              + "benchmark: %d searches (%d queries × 10, with facets and highlighted top 10):"
              + " wall p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms;"
              + " CPU p50 %.2f ms, p99 %.2f ms; mean hits %d%n",
          size, perRound, variant, indexSeconds, docs / indexSeconds, sizeMb(dir),
          sorted.length, QUERIES.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
          sorted[sorted.length - 1], pct(cpuSorted, 50), pct(cpuSorted, 99),
          totalHits / sorted.length);
    } finally {
      try (var w = Files.walk(dir)) {
        w.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static double pct(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static double sizeMb(Path dir) throws Exception {
    try (var w = Files.walk(dir)) {
      return w.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1e6;
    }
  }

  /** Variant {@code n} of a plan: other region, other numbers, borrowed sentences. */
  static Plan variant(Plan p, List<Plan> all, int n, Random rnd, int room) {
    if (n == 0) {
      return p;
    }
    String level = p.region().level() == null ? "县" : p.region().level();
    Region region = new Region("样本" + n + level, level, "省" + (n % 31), null, null);
    List<Domain> domains = new ArrayList<>();
    for (Domain d : p.domains()) {
      List<String> donors = all.stream().flatMap(o -> o.domains().stream())
          .filter(o -> o.name().equals(d.name()))
          .flatMap(o -> o.goals().stream()).map(Item::text).toList();
      domains.add(d.withItems(vary(d.goals(), donors, rnd), vary(d.measures(), donors, rnd)));
    }
    Plan v = new Plan(p.id() + "-v" + n, p.source(), region.name() + "妇女发展规划", false, region,
        p.period(), p.planType(), domains, p.keyProjects(), p.sections(),
        p.implementationUnits(), p.warnings());
    return v;
  }

  static List<Item> vary(List<Item> items, List<String> donors, Random rnd) {
    List<Item> out = new ArrayList<>(items.size());
    for (Item i : items) {
      StringBuilder text = new StringBuilder();
      for (char c : i.text().toCharArray()) {
        text.append(c >= '0' && c <= '9' ? (char) ('0' + rnd.nextInt(10)) : c);
      }
      if (!donors.isEmpty() && rnd.nextBoolean()) {
        String donor = donors.get(rnd.nextInt(donors.size()));
        String[] sentences = donor.split("。");
        text.append(sentences[rnd.nextInt(sentences.length)]).append('。');
      }
      out.add(new Item(i.kind(), i.n(), i.number(), i.title(), text.toString(), i.span(),
          i.extent(), i.targets(), i.units()));
    }
    return out;
  }

}
