package org.planscope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 */
final class AuditBackend implements AuditService {
  private final Path plansDir;
  private final ReferenceData reference = CatalogueReferenceData.load();

  AuditBackend(Path plansDir) {
    this.plansDir = plansDir;
  }

  @Override
  public String audit(Map<String, String> p) throws Exception {
    return AuditJson.line(report(p), lang(p));
  }

  private static Lang lang(Map<String, String> p) {
    try {
      return Lang.parse(p.getOrDefault("lang", "zh"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  @Override
  public byte[] auditXlsx(Map<String, String> p) throws Exception {
    return XlsxWriter.bytes(List.of(ResultTables.audit(report(p), lang(p))));
  }

  /** All plans, or the one whose id is {@code plan} or starts with it (003), as the CLI takes it. */
  private AuditReport report(Map<String, String> p) throws Exception {
    List<Plan> plans = plans();
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
