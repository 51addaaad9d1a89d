package org.planscope.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.planscope.model.Plan;

/**
 * Brings a search index up to date with one ingest batch: the embedded index ({@link
 * IndexUpdater}) or a Solr collection ({@link SolrIndexer}). Unchanged files are skipped, a
 * changed file's documents are replaced (deleted by file, then added), files gone from the
 * ingested folders are deleted, and the batch becomes visible at {@link #commit}.
 */
public interface Indexer extends AutoCloseable {
  /** What one batch changed. */
  record Stats(int added, int replaced, int unchanged, int removed, int documents) {}

  /**
   * The embedded index in {@code indexDir}, or the Solr collection at {@code solrUrl} when one is
   * given.
   */
  static Indexer open(Path indexDir, String solrUrl) throws IOException, IndexLockedException {
    return solrUrl == null || solrUrl.isBlank()
        ? IndexUpdater.open(indexDir) : SolrIndexer.open(solrUrl);
  }

  /** True when the file is indexed with this sha256 by this build of the extractors already. */
  boolean isCurrent(Path file, String sha256);

  /** Adds or replaces one file's plan (skipped when unchanged). Thread-safe. */
  void put(Path file, Plan plan) throws IOException;

  /** Marks a file as unchanged and current: its documents stay. */
  void unchanged(Path file);

  /** Marks a file as still present although it was not put (it failed this time). */
  void keep(Path file);

  /**
   * Deletes every document of the plan read from {@code file}; they leave the index at the next
   * {@link #commit}.
   *
   * @return false when nothing was indexed for that file
   */
  boolean remove(Path file) throws IOException;

  /** Deletes the indexed files under {@code roots} not seen in this batch, and vanished files. */
  void removeMissing(List<Path> roots) throws IOException;

  /** Publishes the batch. */
  Stats commit() throws IOException;

  /** True when the index was written with another analysis and is being rebuilt. */
  boolean rebuilt();

  /** Where the index is, for messages: a folder or a Solr URL. */
  String location();

  @Override
  void close() throws IOException;
}
