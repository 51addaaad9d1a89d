package org.planscope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.planscope.format.Lang;
import org.planscope.history.History;
import org.planscope.history.Series;
import org.planscope.json.HistoryJson;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Plan;

/**
 * {@code GET /api/history?region=…[&indicator=…][&lang=en]}: what {@code planscope history
 * --json} prints, over {@code data/plans}. The plans are read again only when the folder's files
 * change (names, sizes, times).
 */
final class HistoryBackend {
  private final Path plansDir;
  private String generation;
  private List<Plan> plans = List.of();

  HistoryBackend(Path plansDir) {
    this.plansDir = plansDir;
  }

  String history(Map<String, String> p) throws Exception {
    String region = p.get("region");
    if (region == null || region.isBlank()) {
      throw ApiException.badRequest("missing parameter region");
    }
    Lang lang = Lang.of(p.get("lang"));
    List<Plan> all = plans();
    String name = Series.region(all, region);
    if (name == null) {
      List<String> several = Series.regionsWithSeveralPeriods(all);
      throw ApiException.notFound(lang.pick("没有“" + region.strip() + "”的规划",
          "no plan of " + region.strip()) + (several.isEmpty() ? ""
              : lang.pick("。有多个时期规划的地区：", ". Regions with plans of several periods: ")
                  + String.join(lang.pick("、", ", "), several)));
    }
    String indicator = p.get("indicator");
    List<HistoryJson.Entry> entries = new ArrayList<>();
    for (Series s : Series.of(all, name)) {
      entries.add(new HistoryJson.Entry(s, History.of(s, indicator)));
    }
    return HistoryJson.history(name, entries, lang);
  }

  private synchronized List<Plan> plans() throws IOException {
    if (!Files.isDirectory(plansDir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(plansDir)) {
      files = s.filter(f -> f.getFileName().toString().endsWith(".json")
          && !f.getFileName().toString().startsWith(".")).sorted().toList();
    }
    StringBuilder now = new StringBuilder();
    for (Path f : files) {
      try {
        now.append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
            .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
      } catch (IOException e) {
        // vanished while listing: the next request sees the new listing
      }
    }
    if (!now.toString().equals(generation)) {
      List<Plan> read = new ArrayList<>();
      for (Path f : files) {
        try {
          read.add(PlanJsonReader.read(f));
        } catch (IOException | PlanJsonReader.FormatException e) {
          // a plan file that cannot be read is left out; /api/plans reports it
        }
      }
      plans = List.copyOf(read);
      generation = now.toString();
    }
    return plans;
  }
}
