package org.planscope.web;

import org.planscope.export.ActualsFiles;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planscope.export.XlsxWriter;
import org.planscope.format.Lang;
import org.planscope.json.MonitorJson;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Plan;
import org.planscope.monitor.ActualRow;
import org.planscope.monitor.ActualsReader;
import org.planscope.monitor.Monitor;
import org.planscope.monitor.MonitorHtml;
import org.planscope.monitor.MonitorReport;
import org.planscope.export.MonitorTables;

/**
 * The 监测 tab's API: the plans of the data folder against a table of actual values, either the
 * one {@code serve --actuals FILE} names or one the page sends.
 *
 * <pre>
 * GET  /api/monitor[?lang=en]     the report as JSON (see {@link MonitorJson}) with "actuals": the
 *                                 file name; without a file {"actuals": null, "message"}
 * POST /api/monitor?name=FILE     the same for the table in the body (.csv or .xlsx)
 * GET  /api/monitor.xlsx          the report as an Excel workbook
 * GET  /api/monitor.html          the printable report with its charts
 * </pre>
 */
final class MonitorService {
  private final PlanStore store;
  private final Path actuals;
  private final long maxBytes;

  MonitorService(PlanStore store, Path actuals, long maxBytes) {
    this.store = store;
    this.actuals = actuals;
    this.maxBytes = maxBytes;
  }

  Response get(Map<String, String> q) throws IOException {
    Lang l = Lang.of(q.get("lang"));
    if (actuals == null) {
      return Response.ok(MonitorJson.noActuals(l.pick(
          "还没有实际值表：用 planscope serve --actuals FILE 启动，或在这里上传一个 CSV / Excel 文件",
          "no table of actual values yet: start with planscope serve --actuals FILE, or upload a"
              + " CSV / Excel file here")));
    }
    return json(report(configured()), actuals.getFileName().toString(), l);
  }

  Response post(HttpExchange ex, Map<String, String> q) throws IOException {
    byte[] body = Http.body(ex, maxBytes, maxBytes);
    String name = q.getOrDefault("name", "actuals.csv");
    List<ActualRow> rows;
    try {
      rows = ActualsFiles.read(body, name);
    } catch (IOException e) {
      throw new ApiException(422, name + ": " + e.getMessage());
    }
    return json(report(rows), name, Lang.of(q.get("lang")));
  }

  byte[] xlsx(Map<String, String> q) throws IOException {
    return XlsxWriter.bytes(MonitorTables.of(report(configured()), Lang.of(q.get("lang"))));
  }

  Response html() throws IOException {
    String page = MonitorHtml.render(report(configured()), actuals.getFileName().toString(),
        java.time.LocalDate.now());
    return new Response(200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8),
        null);
  }

  private List<ActualRow> configured() throws IOException {
    if (actuals == null) {
      throw ApiException.notFound("no table of actual values: start with serve --actuals FILE");
    }
    try {
      return ActualsFiles.read(actuals);
    } catch (IOException e) {
      throw new ApiException(422, actuals.getFileName() + ": " + e.getMessage());
    }
  }

  private MonitorReport report(List<ActualRow> rows) throws IOException {
    List<Plan> plans = new ArrayList<>();
    for (PlanStore.Listed p : store.list()) {
      try {
        plans.add(PlanJsonReader.read(p.file()));
      } catch (IOException | PlanJsonReader.FormatException e) {
        System.err.println("planscope serve: monitor: " + p.file() + ": " + e.getMessage());
      }
    }
    return new Monitor().evaluate(plans, rows);
  }

  private static Response json(MonitorReport r, String name, Lang l) {
    return Response.ok(MonitorJson.line(r, l, name));
  }
}
