package org.planscope.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the HTTP API ({@code org.planscope.web}) that is not a plan itself: errors, plan
 * lists, source texts, upload results. Reading goes through here too, so that no other package
 * touches Jackson.
 */
public final class ApiJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  /** {@code {"error": message}}. */
  public static String error(String message) {
    ObjectNode o = PlanJson.object();
    o.put("error", message);
    return PlanJson.line(o);
  }

  /**
   * Reads the summary of a plan JSON document as written by {@link PlanJson}.
   *
   * @throws IllegalArgumentException when the text is not a JSON object with an {@code id}
   */
  public static PlanSummary summary(String planJson) {
    JsonNode p;
    try {
      p = MAPPER.readTree(planJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (p == null || !p.isObject() || !p.path("id").isTextual() || p.path("id").asText().isEmpty()) {
      throw new IllegalArgumentException("not a plan: no id");
    }
    int goals = 0;
    int measures = 0;
    int targets = 0;
    int units = p.path("implementationUnits").size();
    for (JsonNode d : p.path("domains")) {
      goals += d.path("goals").size();
      measures += d.path("measures").size();
      for (String list : List.of("goals", "measures")) {
        for (JsonNode item : d.path(list)) {
          targets += item.path("targets").size();
          units += item.path("units").size();
        }
      }
    }
    for (JsonNode item : p.path("keyProjects")) {
      targets += item.path("targets").size();
      units += item.path("units").size();
    }
    JsonNode period = p.path("period");
    return new PlanSummary(
        p.path("id").asText(),
        text(p, "doc"),
        text(p, "source"),
        text(p, "sha256"),
        text(p, "title"),
        text(p.path("region"), "name"),
        period.path("start").isInt() ? period.path("start").asInt() : null,
        period.path("end").isInt() ? period.path("end").asInt() : null,
        text(p, "planType"),
        p.path("domains").size(),
        goals,
        measures,
        targets,
        units,
        p.path("warnings").size());
  }

  /** {@code {"plans": [summary…]}}. */
  public static String plans(Collection<PlanSummary> plans) {
    ObjectNode o = PlanJson.object();
    ArrayNode a = o.putArray("plans");
    plans.forEach(s -> a.add(tree(s)));
    return PlanJson.line(o);
  }

  /** {@code {"id", "doc", "text"}}: the source text a plan's spans point into. */
  public static String source(String id, String doc, String text) {
    ObjectNode o = PlanJson.object();
    o.put("id", id);
    o.put("doc", doc);
    o.put("text", text);
    return PlanJson.line(o);
  }

  /** {@code {"plan": summary, "notice": …}}: the answer to an upload. */
  /** {@code {"deleted": id, "title": title}}. */
  public static String deleted(String id, String title) {
    ObjectNode o = PlanJson.object();
    o.put("deleted", id);
    o.put("title", title);
    return PlanJson.line(o);
  }

  public static String uploaded(PlanSummary s, String notice) {
    ObjectNode o = PlanJson.object();
    o.set("plan", tree(s));
    if (notice != null) {
      o.put("notice", notice);
    }
    return PlanJson.line(o);
  }

  /**
   * {@code {"maxUploadBytes", "supported": [...], "backends": {name: available}}}: what the page
   * needs to know about this server.
   */
  public static String info(long maxUploadBytes, Collection<String> supported,
      Map<String, Boolean> backends) {
    ObjectNode o = PlanJson.object();
    o.put("maxUploadBytes", maxUploadBytes);
    ArrayNode s = o.putArray("supported");
    supported.stream().sorted().forEach(s::add);
    ObjectNode b = o.putObject("backends");
    backends.forEach(b::put);
    return PlanJson.line(o);
  }

  /** True when the text is one well-formed JSON object (checks what a backend returns). */
  public static boolean isObject(String json) {
    if (json == null) {
      return false;
    }
    try {
      JsonNode n = MAPPER.readTree(json);
      return n != null && n.isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static ObjectNode tree(PlanSummary s) {
    ObjectNode o = PlanJson.object();
    o.put("id", s.id());
    o.put("title", s.title());
    o.put("region", s.region());
    if (s.periodStart() == null || s.periodEnd() == null) {
      o.putNull("period");
    } else {
      ObjectNode p = o.putObject("period");
      p.put("start", s.periodStart());
      p.put("end", s.periodEnd());
    }
    o.put("planType", s.planType());
    o.put("doc", s.doc());
    ObjectNode c = o.putObject("counts");
    c.put("domains", s.domains());
    c.put("goals", s.goals());
    c.put("measures", s.measures());
    c.put("targets", s.targets());
    c.put("units", s.units());
    c.put("warnings", s.warnings());
    return o;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() ? v.asText() : null;
  }
}
