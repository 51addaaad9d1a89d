package org.planscope.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.Pipeline;
import org.planscope.ingest.ReadException;
import org.planscope.model.Document;
import org.planscope.model.Domain;
import org.planscope.model.PlanText;
import org.planscope.model.Span;
import org.planscope.structure.PlanStructure;

/**
 * Generates variant plans from real ones, so that a benchmark can run on thousands of plans that
 * look like plans: each variant has another region name (made of characters of the corpus's own
 * region names), changed percentages and rates, its domains in another order, and a few paragraphs
 * dropped or repeated. Every variant's text, and so its content hash, is distinct. Deterministic
 * for a seed. Nothing here is a word list: region names and domains come from what the pipeline
 * reads in the base plans.
 */
public final class CorpusGenerator {
  /** A number before a percent or permille sign (70%, 12.5‰), not part of a longer number. */
  private static final Pattern RATE = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?=[%％‰])");
  /** Paragraphs shorter than this (headings, labels) are never dropped or repeated. */
  private static final int MIN_PARAGRAPH = 20;
  private static final Pattern ARTEFACT = Pattern.compile("\\[[^\\]\\n]*\\]");

  /** One base plan: its source text, region stem and domains as source spans. */
  private record Base(String name, String text, String stem, List<Span> domains) {}

  private final List<Base> bases = new ArrayList<>();
  private final List<String> stems = new ArrayList<>();

  /** Reads the base plans with the pipeline's own reader, normaliser and structure stage. */
  public CorpusGenerator(List<Path> files, Pipeline pipeline) throws ReadException {
    for (Path f : files) {
      Document doc = pipeline.reader().read(f);
      PlanText text = pipeline.normalize(doc);
      PlanStructure s = pipeline.structure(text);
      String stem = null;
      String region = s.region().name();
      if (region != null && region.length() >= 2) {
        int level = s.region().level() != null && region.endsWith(s.region().level())
            ? s.region().level().length() : 1;
        stem = region.substring(0, region.length() - level);
        if (stem.isEmpty()) {
          stem = null;
        }
      }
      List<Span> domains = new ArrayList<>();
      for (Domain d : s.domains()) {
        if (d.span() != null && !d.span().isEmpty()) {
          domains.add(text.toSource(d.span()));
        }
      }
      domains.sort(null);
      String name = f.getFileName().toString();
      int dot = name.lastIndexOf('.');
      bases.add(new Base(dot > 0 ? name.substring(0, dot) : name, doc.text(), stem, domains));
      if (stem != null) {
        stems.add(stem);
      }
    }
    if (bases.isEmpty()) {
      throw new IllegalArgumentException("no base plans to vary");
    }
  }

  /**
   * Writes {@code n} variants as UTF-8 .txt files into {@code dir} and returns their paths in
   * order.
   */
  public List<Path> generate(int n, Path dir, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    Set<String> hashes = new HashSet<>();
    List<Path> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Base base = bases.get(i % bases.size());
      String text = variant(base, random);
      while (!hashes.add(sha256(text))) {
        text = text + "\n"; // identical by chance: a trailing line break keeps the content
      }
      Path file = dir.resolve(String.format(Locale.ROOT, "gen_%05d_%s.txt", i, base.name()));
      Files.writeString(file, text, StandardCharsets.UTF_8);
      out.add(file);
    }
    return out;
  }

  /** One variant of a base plan. */
  String variant(Base base, Random random) {
    String text = reorderDomains(base.text(), base.domains(), random);
    text = dropAndRepeat(text, random);
    text = changeRates(text, random);
    return renameRegion(text, base.stem(), random);
  }

  /** Shuffles each run of adjacent domains (separated by blank space only). */
  private static String reorderDomains(String text, List<Span> domains, Random random) {
    if (domains.size() < 2) {
      return text;
    }
    List<List<Span>> runs = new ArrayList<>();
    List<Span> run = new ArrayList<>();
    for (Span d : domains) {
      if (d.end() > text.length() || !run.isEmpty() && (d.start() < run.get(run.size() - 1).end()
          || !text.substring(run.get(run.size() - 1).end(), d.start()).isBlank())) {
        if (run.size() >= 2) {
          runs.add(run);
        }
        run = new ArrayList<>();
      }
      if (d.end() <= text.length()) {
        run.add(d);
      }
    }
    if (run.size() >= 2) {
      runs.add(run);
    }
    StringBuilder b = new StringBuilder(text);
    for (int r = runs.size() - 1; r >= 0; r--) { // from the end, so earlier offsets hold
      List<Span> spans = runs.get(r);
      List<String> chunks = new ArrayList<>();
      for (Span s : spans) {
        chunks.add(text.substring(s.start(), s.end()));
      }
      Collections.shuffle(chunks, random);
      StringBuilder joined = new StringBuilder();
      for (int k = 0; k < spans.size(); k++) {
        joined.append(chunks.get(k));
        if (k + 1 < spans.size()) {
          joined.append(text, spans.get(k).end(), spans.get(k + 1).start());
        }
      }
      b.replace(spans.get(0).start(), spans.get(spans.size() - 1).end(), joined.toString());
    }
    return b.toString();
  }

  /** Drops about 3% of the longer paragraphs and repeats about 3%. */
  private static String dropAndRepeat(String text, Random random) {
    StringBuilder b = new StringBuilder(text.length() + 1024);
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() + 1 : end + 1;
      String line = text.substring(start, end < 0 ? text.length() : end + 1);
      double p = random.nextDouble();
      // measured without [bookmark: …] artefacts, so a heading that carries one is kept
      int length = ARTEFACT.matcher(line).replaceAll("").strip().length();
      if (length >= MIN_PARAGRAPH && p < 0.03) {
        // dropped
      } else if (length >= MIN_PARAGRAPH && p < 0.06 && line.endsWith("\n")) {
        b.append(line).append(line);
      } else {
        b.append(line);
      }
      start = next;
    }
    return b.toString();
  }

  /** Changes the last digit of about half the rates (70% → 73%), keeping their length. */
  private static String changeRates(String text, Random random) {
    Matcher m = RATE.matcher(text);
    StringBuilder b = new StringBuilder(text.length());
    while (m.find()) {
      String number = m.group();
      if (random.nextBoolean()) {
        char last = (char) ('0' + random.nextInt(10));
        number = number.substring(0, number.length() - 1) + last;
      }
      m.appendReplacement(b, number);
    }
    m.appendTail(b);
    return b.toString();
  }

  /** Replaces the region's name stem with one made of characters of the corpus's stems. */
  private String renameRegion(String text, String stem, Random random) {
    if (stem == null || stems.isEmpty()) {
      return text;
    }
    for (int attempt = 0; attempt < 10; attempt++) {
      StringBuilder name = new StringBuilder(stem.length());
      for (int k = 0; k < stem.length(); k++) {
        String from = stems.get(random.nextInt(stems.size()));
        name.append(from.charAt(random.nextInt(from.length())));
      }
      if (!name.toString().equals(stem)) {
        return text.replace(stem, name.toString());
      }
    }
    return text;
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
