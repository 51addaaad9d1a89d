package org.planscope.web;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planscope.export.ResultTables;
import org.planscope.export.XlsxWriter;
import org.planscope.format.Lang;
import org.planscope.ingest.CompositeReader;
import java.nio.file.Path;
import org.planscope.json.ApiJson;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Plan;

/**
 * The JSON API under {@code /api/}:
 *
 * <pre>
 * GET  /api/info                 limits, supported types, which backends are available
 * GET  /api/plans                {"plans": [{id, title, region, period, planType, doc, counts}]}
 * GET  /api/plans/{id}           the plan JSON
 * GET  /api/plans/{id}/source    {"id", "doc", "text"}: the text the plan's spans point into
 * GET  /api/search?q=…           see {@link SearchService}
 * GET  /api/compare?indicator=…  see {@link CompareService}
 * GET  /api/audit[?plan=…]       see {@link AuditService}; plan may be a unique id prefix (003)
 * GET  /api/history?region=…     see {@link HistoryBackend}: a region's plans across periods
 * GET  /api/search.xlsx, /api/compare.xlsx, /api/audit.xlsx, /api/plans.xlsx
 *                                the same answers as Excel workbooks (same parameters; lang=en
 *                                for English headers)
 * DELETE /api/plans/{id}        the plan leaves the list and the index; {"deleted": id, "title"}
 * POST /api/upload               see {@link Uploads}; 201 {"plan": summary[, "notice"]}
 * GET  /api/monitor, POST /api/monitor, GET /api/monitor.xlsx, /api/monitor.html
 *                                see {@link MonitorService}
 * </pre>
 */
final class Api {
  private final PlanStore store;
  private final SourceTexts sources;
  private final Uploads uploads;
  private final Backends backends;
  private final HistoryBackend history;
  private final String info;
  private final MonitorService monitor;

  Api(PlanStore store, SourceTexts sources, Uploads uploads, Backends backends, long maxUpload,
      MonitorService monitor) {
    this.monitor = monitor;
    this.store = store;
    this.sources = sources;
    this.uploads = uploads;
    this.backends = backends;
    this.history = new HistoryBackend(store.dir());
    Map<String, Boolean> available = new LinkedHashMap<>();
    available.put("search", backends.searchAvailable());
    available.put("compare", backends.compareAvailable());
    available.put("audit", backends.auditAvailable());
    this.info = ApiJson.info(maxUpload, CompositeReader.SUPPORTED, available);
  }

  Response handle(HttpExchange ex) throws Exception {
    String method = ex.getRequestMethod();
    List<String> seg = Http.segments(ex.getRequestURI().getRawPath());
    Map<String, String> q = Http.query(ex.getRequestURI().getRawQuery());
    boolean get = method.equals("GET") || method.equals("HEAD");
    if (seg.size() == 2) {
      switch (seg.get(1)) {
        case "info":
          return get ? Response.ok(info) : Response.methodNotAllowed("GET");
        case "plans":
          return get
              ? Response.ok(ApiJson.plans(store.list().stream().map(PlanStore.Listed::summary).toList()))
              : Response.methodNotAllowed("GET");
        case "search":
          return get ? backend(backends.search()::search, q) : Response.methodNotAllowed("GET");
        case "compare":
          return get ? backend(backends.compare()::compare, q) : Response.methodNotAllowed("GET");
        case "audit":
          return get ? backend(backends.audit()::audit, q) : Response.methodNotAllowed("GET");
        case "history":
          return get ? backend(history::history, q) : Response.methodNotAllowed("GET");
        case "search.xlsx":
          return get ? xlsx(backends.search()::searchXlsx, q) : Response.methodNotAllowed("GET");
        case "compare.xlsx":
          return get ? xlsx(params -> {
            if (params.get("indicator") == null || params.get("indicator").isBlank()) {
              throw ApiException.badRequest("missing parameter indicator");
            }
            return backends.compare().compareXlsx(params);
          }, q) : Response.methodNotAllowed("GET");
        case "audit.xlsx":
          return get ? xlsx(backends.audit()::auditXlsx, q) : Response.methodNotAllowed("GET");
        case "plans.xlsx":
          return get ? xlsx(params -> XlsxWriter.bytes(List.of(ResultTables.plans(
              store.list().stream().map(PlanStore.Listed::summary).toList(),
              Lang.of(params.get("lang"))))), q) : Response.methodNotAllowed("GET");
        case "monitor":
          return get ? monitor.get(q) : method.equals("POST") ? monitor.post(ex, q)
              : Response.methodNotAllowed("GET, POST");
        case "monitor.xlsx":
          return get ? xlsx(monitor::xlsx, q) : Response.methodNotAllowed("GET");
        case "monitor.html":
          return get ? monitor.html() : Response.methodNotAllowed("GET");
        case "upload":
          return method.equals("POST") ? uploads.handle(ex, q) : Response.methodNotAllowed("POST");
        default:
          break;
      }
    }
    if (seg.size() >= 3 && seg.get(1).equals("plans")) {
      String id = seg.get(2);
      if (!PlanStore.validId(id)) {
        throw ApiException.badRequest("bad plan id");
      }
      if (seg.size() == 3 && method.equals("DELETE")) {
        return delete(id);
      }
      if (seg.size() == 3) {
        if (!get) {
          return Response.methodNotAllowed("GET, DELETE");
        }
        PlanStore.Listed plan = store.find(id);
        return Response.ok(Files.readString(plan.file(), StandardCharsets.UTF_8).strip());
      }
      if (seg.size() == 4 && seg.get(3).equals("source")) {
        if (!get) {
          return Response.methodNotAllowed("GET");
        }
        PlanStore.Listed plan = store.find(id);
        String text = sources.text(plan.summary().source(), plan.summary().sha256());
        return Response.ok(ApiJson.source(plan.key(), plan.summary().doc(), text));
      }
    }
    throw ApiException.notFound("no such endpoint");
  }

  /**
   * Deletes a plan: its documents leave the search index in one commit, then its JSON goes (a
   * failure before that leaves the plan listed); an uploaded file goes with it.
   */
  private Response delete(String id) throws Exception {
    PlanStore.Listed listed = store.find(id);
    Plan plan;
    try {
      plan = PlanJsonReader.read(listed.file());
    } catch (PlanJsonReader.FormatException e) {
      throw new ApiException(422, "the plan file cannot be read: " + e.getMessage());
    }
    backends.onPlanAdded().onPlanRemoved(plan);
    store.remove(listed);
    uploads.forget(Path.of(plan.source().path()));
    return Response.ok(ApiJson.deleted(listed.key(), listed.summary().title()));
  }

  /** A backend call whose answer must be one JSON object. */
  private static Response backend(Service service, Map<String, String> params) throws Exception {
    String json = service.call(params);
    if (!ApiJson.isObject(json)) {
      throw new IllegalStateException("backend answered something that is not a JSON object");
    }
    return Response.ok(json);
  }

  private static Response xlsx(Workbook service, Map<String, String> params) throws Exception {
    return new Response(200, XlsxWriter.MEDIA_TYPE, service.call(params), null);
  }

  @FunctionalInterface
  private interface Workbook {
    byte[] call(Map<String, String> params) throws Exception;
  }

  @FunctionalInterface
  private interface Service {
    String call(Map<String, String> params) throws Exception;
  }
}
