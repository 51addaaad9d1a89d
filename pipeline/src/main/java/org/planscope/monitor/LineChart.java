package org.planscope.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@link Series} as an inline SVG line chart: the actuals as a line with dots, each target as
 * a dashed line at its threshold up to its year, the trend carried from the latest value to the
 * target year as a dotted line. Needs no script and no outside file.
 */
final class LineChart {
  static final int W = 560;
  static final int H = 220;
  private static final int LEFT = 56;
  private static final int RIGHT = 150;
  private static final int TOP = 16;
  private static final int BOTTOM = 28;

  private LineChart() {}

  static String svg(Series s) {
    int minYear = s.points().get(0).year();
    int maxYear = s.points().get(s.points().size() - 1).year();
    List<Double> ys = new ArrayList<>();
    s.points().forEach(p -> ys.add(p.value().doubleValue()));
    for (Evaluation e : s.evaluations()) {
      maxYear = Math.max(maxYear, e.targetYear());
      add(ys, e.threshold());
      add(ys, e.upper());
      add(ys, e.projected());
    }
    double lo = ys.stream().mapToDouble(d -> d).min().orElse(0);
    double hi = ys.stream().mapToDouble(d -> d).max().orElse(1);
    double pad = hi == lo ? Math.max(1, Math.abs(hi) * 0.1) : (hi - lo) * 0.12;
    double bottom = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
    Scale sc = new Scale(minYear, Math.max(maxYear, minYear + 1), bottom, hi + pad);
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"monitor-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(W).append(' ').append(H).append("\" width=\"").append(W).append("\" height=\"")
        .append(H).append("\" role=\"img\" data-region=\"").append(MonitorHtml.esc(s.region()))
        .append("\" data-indicator=\"").append(MonitorHtml.esc(s.indicatorId())).append("\">");
    b.append("<title>").append(MonitorHtml.esc(s.region() + " " + s.indicator())).append("</title>");
    axes(b, sc, s.unit());
    for (Evaluation e : s.evaluations()) {
      target(b, sc, e);
    }
    StringBuilder line = new StringBuilder();
    for (Point p : s.points()) {
      line.append(f(sc.x(p.year()))).append(',').append(f(sc.y(p.value().doubleValue()))).append(' ');
    }
    b.append("<polyline class=\"actual\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"")
        .append(line.toString().strip()).append("\"/>");
    for (Point p : s.points()) {
      b.append("<circle class=\"actual-point\" r=\"3.5\" fill=\"#1f5fa8\" cx=\"").append(f(sc.x(p.year())))
          .append("\" cy=\"").append(f(sc.y(p.value().doubleValue()))).append("\"><title>")
          .append(p.year()).append("年 ").append(MonitorHtml.esc(Cells.amount(p.value(), s.unit())))
          .append("</title></circle>");
    }
    return b.append("</svg>").toString();
  }

  private static void add(List<Double> ys, BigDecimal v) {
    if (v != null) {
      ys.add(v.doubleValue());
    }
  }

  private static void axes(StringBuilder b, Scale sc, String unit) {
    b.append("<g class=\"axes\" font-size=\"11\" fill=\"#555\">");
    b.append(line(LEFT, TOP, LEFT, H - BOTTOM, "#999", "")).append(line(LEFT, H - BOTTOM,
        W - RIGHT, H - BOTTOM, "#999", ""));
    int step = Math.max(1, (sc.y1 - sc.y0 + 7) / 8);
    for (int y = sc.y0; y <= sc.y1; y += step) {
      b.append("<text x=\"").append(f(sc.x(y))).append("\" y=\"").append(H - BOTTOM + 16)
          .append("\" text-anchor=\"middle\">").append(y).append("</text>");
    }
    for (int i = 0; i <= 4; i++) {
      double v = sc.v0 + (sc.v1 - sc.v0) * i / 4;
      b.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(sc.y(v) + 4))
          .append("\" text-anchor=\"end\">").append(tick(v)).append("</text>");
    }
    String u = unit == null || unit.equals("fraction") || unit.equals("ratio") ? "" : unit;
    b.append("<text x=\"4\" y=\"").append(TOP - 4).append("\">").append(MonitorHtml.esc(u))
        .append("</text></g>");
  }

  private static void target(StringBuilder b, Scale sc, Evaluation e) {
    if (e.threshold() == null) {
      return;
    }
    double y = sc.y(e.threshold().doubleValue());
    b.append("<g class=\"target\" data-status=\"").append(e.status().name()).append("\">");
    b.append(line(LEFT, y, sc.x(e.targetYear()), y, "#c0392b", "6 4"));
    if (e.upper() != null) {
      double y2 = sc.y(e.upper().doubleValue());
      b.append(line(LEFT, y2, sc.x(e.targetYear()), y2, "#c0392b", "6 4"));
    }
    b.append("<circle r=\"4\" fill=\"none\" stroke=\"#c0392b\" cx=\"").append(f(sc.x(e.targetYear())))
        .append("\" cy=\"").append(f(y)).append("\"/>");
    b.append("<text class=\"target-label\" font-size=\"11\" fill=\"#c0392b\" x=\"")
        .append(f(sc.x(e.targetYear()) + 8)).append("\" y=\"").append(f(y + 4)).append("\">")
        .append(MonitorHtml.esc(e.targetYear() + "年 " + Cells.threshold(e))).append("</text>");
    if (e.projected() != null) {
      Point p = e.latest();
      b.append(line(sc.x(p.year()), sc.y(p.value().doubleValue()), sc.x(e.targetYear()),
          sc.y(e.projected().doubleValue()), "#1f5fa8", "2 3"));
    }
    b.append("</g>");
  }

  private static String line(double x1, double y1, double x2, double y2, String color,
      String dash) {
    return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2)
        + "\" stroke=\"" + color + "\"" + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
        + "/>";
  }

  private static String tick(double v) {
    return Cells.num(BigDecimal.valueOf(v));
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Years and values → pixels. */
  private record Scale(int y0, int y1, double v0, double v1) {
    double x(int year) {
      return LEFT + (double) (year - y0) / (y1 - y0) * (W - LEFT - RIGHT);
    }

    double y(double v) {
      return H - BOTTOM - (v - v0) / (v1 - v0) * (H - TOP - BOTTOM);
    }
  }
}
