package org.planscope.web;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planscope.ingest.TikaDocumentReader;
import org.planscope.json.ApiJson;

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
 * GET  /api/audit[?plan=…]       see {@link AuditService}
 * POST /api/upload               see {@link Uploads}; 201 {"plan": summary[, "notice"]}
 * </pre>
 */
final class Api {
  private final PlanStore store;
  private final SourceTexts sources;
  private final Uploads uploads;
  private final Backends backends;
  private final String info;

  Api(PlanStore store, SourceTexts sources, Uploads uploads, Backends backends, long maxUpload) {
    this.store = store;
    this.sources = sources;
    this.uploads = uploads;
    this.backends = backends;
    Map<String, Boolean> available = new LinkedHashMap<>();
    available.put("search", backends.searchAvailable());
    available.put("compare", backends.compareAvailable());
    available.put("audit", backends.auditAvailable());
    this.info = ApiJson.info(maxUpload, TikaDocumentReader.SUPPORTED, available);
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
      if (seg.size() == 3) {
        if (!get) {
          return Response.methodNotAllowed("GET");
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

  /** A backend call whose answer must be one JSON object. */
  private static Response backend(Service service, Map<String, String> params) throws Exception {
    String json = service.call(params);
    if (!ApiJson.isObject(json)) {
      throw new IllegalStateException("backend answered something that is not a JSON object");
    }
    return Response.ok(json);
  }

  @FunctionalInterface
  private interface Service {
    String call(Map<String, String> params) throws Exception;
  }
}
