package org.planscope.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.planscope.Pipeline;
import org.planscope.model.Plan;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.Segmenter;

/**
 * Brings the index under {@code data/index/} up to date with one ingest batch, in one
 * transaction: files whose sha256 is unchanged are skipped, changed ones are replaced, files gone
 * from the ingested folders are deleted, and nothing is visible to readers until {@link #commit}.
 * Closing without committing (an exception, Ctrl-C) leaves the previous commit in place.
 *
 * <p>The writer holds Lucene's {@code write.lock} from {@link #open} to {@link #close}; a second
 * ingest gets {@link IndexLockedException}. An index written with another analysis (a changed
 * schema or HanLP dictionary) is rebuilt from the batch instead of mixing tokenisations.
 */
public final class IndexUpdater implements AutoCloseable {
  /** What one batch changed. */
  public record Stats(int added, int replaced, int unchanged, int removed, int documents) {}

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  /** file → sha256 as committed. */
  private final Map<String, String> committed;
  private final Set<String> seen = new HashSet<>();
  private final boolean rebuilt;
  private int added;
  private int replaced;
  private int unchanged;
  private int removed;

  private IndexUpdater(Path dir, Directory directory, IndexWriter writer,
      Map<String, String> committed, boolean rebuilt) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.committed = committed;
    this.rebuilt = rebuilt;
  }

  /** Opens (creating when needed) the index in {@code dir} with the shared HanLP segmenter. */
  public static IndexUpdater open(Path dir) throws IOException, IndexLockedException {
    return open(dir, HanLpSegmenter.shared());
  }

  static IndexUpdater open(Path dir, Segmenter segmenter) throws IOException, IndexLockedException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      String schema = Schema.fingerprint();
      Map<String, String> committed = new HashMap<>();
      boolean rebuild = false;
      if (DirectoryReader.indexExists(directory)) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          String had = reader.getIndexCommit().getUserData().get(Fields.SCHEMA_KEY);
          if (schema.equals(had)) {
            committed = manifest(reader);
          } else {
            rebuild = true;
          }
        }
      }
      IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndex(segmenter))
          .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          .setRAMBufferSizeMB(64);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw new IndexLockedException(dir, e);
      }
      writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, schema).entrySet());
      return new IndexUpdater(dir, directory, writer, committed, rebuild);
    } catch (IOException | IndexLockedException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static Map<String, String> manifest(DirectoryReader reader) throws IOException {
    Map<String, String> out = new HashMap<>();
    IndexSearcher searcher = new IndexSearcher(reader);
    TermQuery q = new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE));
    int n = Math.max(1, searcher.count(q));
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
      Document d = stored.document(sd.doc);
      out.put(d.get(Fields.FILE), d.get(Fields.SHA256));
    }
    return out;
  }

  /** The key a file is indexed under: its absolute, normalised path. */
  static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /**
   * True when the file is indexed with this sha256 by this build of the extractors already
   * (nothing to do: neither the file nor the extractors changed).
   */
  public boolean isCurrent(Path file, String sha256) {
    return sha256 != null && stamp(sha256).equals(committed.get(key(file)));
  }

  /** What the index records for a file: its content hash and the extractors' build. */
  static String stamp(String sha256) {
    return sha256 + "@" + Pipeline.buildId();
  }

  /**
   * Adds or replaces one file's plan (skipped when its sha256 is unchanged). Safe to call from
   * several threads: the documents are analysed and added in parallel, only the bookkeeping is
   * serialised.
   */
  public void put(Path file, Plan plan) throws IOException {
    String key = key(file);
    String sha = plan.source().sha256();
    synchronized (this) {
      seen.add(key);
      if (isCurrent(file, sha)) {
        unchanged++;
        return;
      }
      if (committed.get(key) == null) {
        added++;
      } else {
        replaced++;
      }
    }
    writer.updateDocuments(new Term(Fields.FILE, key),
        PlanDocuments.of(key, stamp(sha), plan).stream().map(LuceneDocuments::of).toList());
  }

  /** Marks a file as unchanged and current (see {@link #isCurrent}): its documents stay. */
  public synchronized void unchanged(Path file) {
    seen.add(key(file));
    unchanged++;
  }

  /**
   * Marks a file as still present although it was not {@link #put} (it failed to extract this
   * time): its previous documents stay.
   */
  public synchronized void keep(Path file) {
    seen.add(key(file));
  }

  /**
   * Deletes every indexed file that lies under one of {@code roots} (a folder, or a file named
   * directly) but was neither put nor kept in this batch, and every indexed file that no longer
   * exists.
   */
  public void removeMissing(List<Path> roots) throws IOException {
    List<Path> absRoots = new ArrayList<>();
    for (Path r : roots) {
      absRoots.add(r.toAbsolutePath().normalize());
    }
    for (String file : committed.keySet()) {
      if (seen.contains(file)) {
        continue;
      }
      Path p = Path.of(file);
      boolean underRoot = absRoots.stream().anyMatch(p::startsWith);
      if (underRoot || !Files.exists(p)) {
        writer.deleteDocuments(new Term(Fields.FILE, file));
        removed++;
      }
    }
  }

  /** Publishes the batch atomically: readers see the old index or this one, never a mix. */
  public Stats commit() throws IOException {
    writer.commit();
    return new Stats(added, replaced, unchanged, removed, writer.getDocStats().numDocs);
  }

  /** True when the index was written with another analysis and is being rebuilt. */
  public boolean rebuilt() {
    return rebuilt;
  }

  public Path dir() {
    return dir;
  }

  /** Releases the lock; whatever was not committed is discarded. */
  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
