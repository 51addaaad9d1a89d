package org.planscope.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planscope.Pipeline;

/**
 * The bookkeeping of one ingest batch that every {@link Indexer} shares: which files are indexed
 * with which stamp, which were seen in this batch, and what the batch changed. Thread-safe.
 */
final class BatchBook {
  /** What to do with a file that is put. */
  enum Action { SKIP, ADD, REPLACE }

  /** file → stamp as committed. */
  private final Map<String, String> committed;
  private final Set<String> seen = new HashSet<>();
  private int added;
  private int replaced;
  private int unchanged;
  private int removed;

  BatchBook(Map<String, String> committed) {
    this.committed = Map.copyOf(committed);
  }

  /** The key a file is indexed under: its absolute, normalised path. */
  static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /** What the index records for a file: its content hash, the extractors' build, the plan id. */
  static String stamp(String sha256, String id) {
    return sha256 + "@" + Pipeline.buildId() + "#" + id;
  }

  /** Indexed with this content by this build of the extractors (whatever its plan id). */
  boolean isCurrent(Path file, String sha256) {
    String had = committed.get(key(file));
    return sha256 != null && had != null && had.startsWith(stamp(sha256, ""));
  }

  synchronized Action put(Path file, String sha256, String id) {
    String key = key(file);
    seen.add(key);
    if (sha256 != null && stamp(sha256, id).equals(committed.get(key))) {
      unchanged++;
      return Action.SKIP;
    }
    if (committed.get(key) == null) {
      added++;
      return Action.ADD;
    }
    replaced++;
    return Action.REPLACE;
  }

  synchronized void unchanged(Path file) {
    seen.add(key(file));
    unchanged++;
  }

  synchronized void keep(Path file) {
    seen.add(key(file));
  }

  /**
   * The indexed files (keys) to delete: under one of {@code roots} but neither put nor kept in
   * this batch, or no longer existing. Counted as removed.
   */
  synchronized List<String> missing(List<Path> roots) {
    List<Path> absRoots = new ArrayList<>();
    for (Path r : roots) {
      absRoots.add(r.toAbsolutePath().normalize());
    }
    List<String> out = new ArrayList<>();
    for (String file : committed.keySet()) {
      if (seen.contains(file)) {
        continue;
      }
      Path p = Path.of(file);
      if (absRoots.stream().anyMatch(p::startsWith) || !Files.exists(p)) {
        out.add(file);
        removed++;
      }
    }
    return out;
  }

  /**
   * Marks a file's plan as deleted (counted as removed).
   *
   * @return false when nothing was indexed for that file
   */
  synchronized boolean remove(Path file) {
    String key = key(file);
    seen.add(key);
    if (!committed.containsKey(key)) {
      return false;
    }
    removed++;
    return true;
  }

  synchronized Indexer.Stats stats(int documents) {
    return new Indexer.Stats(added, replaced, unchanged, removed, documents);
  }
}
