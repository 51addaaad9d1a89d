package org.planscope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.planscope.audit.AuditContext;
import org.planscope.audit.AuditReport;
import org.planscope.audit.Auditor;
import org.planscope.audit.CatalogueReferenceData;
import org.planscope.audit.ReferenceData;
import org.planscope.export.ResultTables;
import org.planscope.export.XlsxWriter;
import org.planscope.format.Lang;
import org.planscope.json.AuditJson;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Plan;

/**
 * The audit over {@code data/plans}: every plan is read back from its JSON and audited against
 * its peers and the catalogue's national targets, as {@code planscope audit} does.
 *
 * <p>The work is done once per data generation (an ingest or an upload changes the generation:
 * the folder {@code data/plans} stands for, and its files' names, sizes and times) and its answers
 * are kept until the next one: many requests at once wait for one computation, later ones are
 * answered from memory.
 */
final class AuditBackend implements AuditService {
  private static final int ANSWERS = 64;

  private final Path plansDir;
  private final ReferenceData reference = CatalogueReferenceData.load();
  private String generation;
  private List<Plan> plans;
  private final Map<String, AuditReport> answers = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, AuditReport> e) {
      return size() > ANSWERS;
    }
  };
  /** How many times the plans were read (for tests: once per generation). */
  final AtomicInteger computed = new AtomicInteger();

  AuditBackend(Path plansDir) {
    this.plansDir = plansDir;
  }

  @Override
  public String audit(Map<String, String> p) throws Exception {
    Lang lang = lang(p);
    return AuditJson.line(report(p), lang);
  }

  @Override
  public byte[] auditXlsx(Map<String, String> p) throws Exception {
    Lang lang = lang(p);
    return XlsxWriter.bytes(List.of(ResultTables.audit(report(p), lang)));
  }

  private static Lang lang(Map<String, String> p) {
    try {
      return Lang.parse(p.getOrDefault("lang", "zh"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** The report for {@code plan} (or all plans), computed once per data generation. */
  private synchronized AuditReport report(Map<String, String> p) throws Exception {
    String key = String.valueOf(p.get("plan"));
    String now = generation();
    if (!now.equals(generation)) {
      generation = now;
      plans = null;
      answers.clear();
    }
    AuditReport answer = answers.get(key);
    if (answer == null) {
      if (plans == null) {
        plans = plans();
        computed.incrementAndGet();
      }
      answer = compute(plans, p);
      answers.put(key, answer);
    }
    return answer;
  }

  /** What identifies the plans as they are now: the folder's target and its files. */
  private String generation() throws IOException {
    if (!Files.isDirectory(plansDir)) {
      return "none";
    }
    StringBuilder sb = new StringBuilder(plansDir.toRealPath().toString());
    try (Stream<Path> s = Files.list(plansDir)) {
      for (Path f : s.sorted().toList()) {
        String n = f.getFileName().toString();
        if (n.endsWith(".json") && !n.startsWith(".")) {
          try {
            sb.append('\n').append(n).append(' ').append(Files.size(f)).append(' ')
                .append(Files.getLastModifiedTime(f).toMillis());
          } catch (IOException e) {
            // vanished while listing: the next request sees the new listing
          }
        }
      }
    }
    return sb.toString();
  }
  /** All plans, or the one whose id is {@code plan} or starts with it (003), as the CLI takes it. */
  private AuditReport compute(List<Plan> plans, Map<String, String> p) {
    List<Plan> audited = plans;
    String id = p.get("plan");
    if (id != null && !id.isBlank()) {
      if (!PlanStore.validId(id)) {
        throw ApiException.badRequest("bad plan id");
      }
      audited = plans.stream().filter(x -> PlanStore.safeKey(x.id()).equals(id)).toList();
      if (audited.isEmpty()) {
        audited = plans.stream().filter(x -> PlanStore.safeKey(x.id()).startsWith(id)).toList();
        if (audited.size() > 1) {
          throw ApiException.badRequest("several plans start with " + id + ": " + String.join(", ",
              audited.stream().map(x -> PlanStore.safeKey(x.id())).toList()));
        }
      }
      if (audited.isEmpty()) {
        throw ApiException.notFound("no plan with id " + id);
      }
    }
    return new Auditor().audit(audited, new AuditContext(plans, reference));
  }

  private List<Plan> plans() throws IOException {
    List<Plan> out = new ArrayList<>();
    if (!Files.isDirectory(plansDir)) {
      return out;
    }
    try (Stream<Path> s = Files.list(plansDir)) {
      for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        try {
          out.add(PlanJsonReader.read(f));
        } catch (IOException | PlanJsonReader.FormatException e) {
          // a plan file that cannot be read is left out of the audit; /api/plans reports it
        }
      }
    }
    return out;
  }
}
