package org.planscope.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.planscope.json.ApiJson;
import org.planscope.json.PlanSummary;
import org.planscope.service.DataFolder;

/**
 * The plans under {@code data/plans/*.json}. A plan is addressed by a key: its {@code id} when
 * that is a safe, unique id, else a safe variant of it. Requests name keys, never paths: a key is
 * checked against {@link #ID} and then looked up among the listed files. Summaries are cached per
 * file and re-read when the file changes.
 */
final class PlanStore {
  /** Letters (any script), digits, {@code _ . -}; not starting with a dot; at most 200 chars. */
  static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]{0,199}");
  private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}_.\\-]+");
  static final long MAX_PLAN_FILE = 64L * 1024 * 1024;

  /** A listed plan: the key it is addressed by, its file, its summary (id = key). */
  record Listed(String key, Path file, PlanSummary summary) {}

  private record Cached(FileTime modified, long size, PlanSummary summary) {}

  private final DataFolder folder;
  private final Path dir;
  private final Map<Path, Cached> cache = new HashMap<>();

  PlanStore(DataFolder folder) {
    this.folder = folder;
    this.dir = folder.plansDir();
  }

  Path dir() {
    return dir;
  }

  /** True when {@code id} could be a key: the pattern, and no {@code ..} anywhere. */
  static boolean validId(String id) {
    return id != null && ID.matcher(id).matches() && !id.contains("..");
  }

  /** Every readable plan, in file name order; unreadable files are skipped (and logged once). */
  synchronized List<Listed> list() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> {
        String n = f.getFileName().toString();
        return n.endsWith(".json") && !n.startsWith(".") && Files.isRegularFile(f);
      }).sorted().toList();
    }
    cache.keySet().retainAll(new HashSet<>(files));
    List<Listed> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Path f : files) {
      PlanSummary s = summary(f);
      if (s == null) {
        continue;
      }
      String key = safeKey(s.id());
      for (int n = 2; !used.add(key); n++) {
        key = safeKey(s.id()) + "-" + n;
      }
      out.add(new Listed(key, f, s.withId(key)));
    }
    return out;
  }

  /** The plan with this key; 400 for a key that is not an id, 404 for an unknown one. */
  Listed find(String key) throws IOException {
    if (!validId(key)) {
      throw ApiException.badRequest("bad plan id");
    }
    Optional<Listed> hit = list().stream().filter(l -> l.key().equals(key)).findFirst();
    return hit.orElseThrow(() -> ApiException.notFound("no plan with id " + key));
  }

  /** Deletes a plan's JSON file; the caller has taken its documents out of the index. */
  synchronized void remove(Listed plan) throws IOException {
    folder.removePlanFile(plan.file(), false);
    cache.remove(plan.file());
  }

  /** Writes a plan's JSON as {@code <name>.json} (atomically) and returns its listing. */
  synchronized Listed add(String name, String json) throws IOException {
    Path target = folder.publish(name, json + "\n");
    return list().stream().filter(l -> l.file().equals(target)).findFirst()
        .orElseThrow(() -> new IOException("the plan just written cannot be read back: " + target));
  }

  private PlanSummary summary(Path f) {
    try {
      FileTime modified = Files.getLastModifiedTime(f);
      long size = Files.size(f);
      Cached c = cache.get(f);
      if (c != null && c.modified.equals(modified) && c.size == size) {
        return c.summary;
      }
      PlanSummary s = null;
      if (size <= MAX_PLAN_FILE) {
        try {
          s = ApiJson.summary(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IOException e) {
          System.err.println("planscope serve: skipping " + f.getFileName() + ": " + e.getMessage());
        }
      }
      cache.put(f, new Cached(modified, size, s));
      return s;
    } catch (IOException e) {
      return null; // vanished between listing and reading
    }
  }

  /** A key for an id: the id itself when valid, else with each run of unsafe characters made one {@code _}. */
  static String safeKey(String id) {
    if (validId(id)) {
      return id;
    }
    String s = UNSAFE.matcher(id).replaceAll("_").replace("..", "_").replaceAll("_{2,}", "_");
    s = s.replaceAll("^[._\\-]+", "");
    if (s.length() > 180) {
      s = s.substring(0, 180);
    }
    return s.isEmpty() ? "plan" : s;
  }
}
