package org.planscope.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.planscope.Pipeline;
import org.planscope.format.Message;
import org.planscope.format.Msg;
import org.planscope.index.Indexer;
import org.planscope.store.PlanFolder;
import org.planscope.ingest.ReadException;
import org.planscope.ingest.CompositeReader;
import org.planscope.ingest.TimeLimit;
import org.planscope.json.PlanJson;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Plan;

/**
 * One ingest of a batch of files into a data folder, with the index lock held: every file is
 * extracted into the batch (in parallel) and indexed as it completes, then the batch is published
 * and the index committed, in that order: a run killed before the publish changes nothing, one
 * killed between the two leaves new plans with the old index, which the next ingest brings up to
 * date (it compares each file's sha256).
 */
final class Ingestion {
  /** Free space kept for the index's new segments (and its merges) besides the plans. */
  static final long FREE_FOR_INDEX = 32L << 20;

  private final DataFolder folder;
  private final DataFolder.Batch request;
  private final DataFolder.Listener listener;
  private final PlanFolder plans;
  private final Indexer index;
  private final TimeLimit limit;

  Ingestion(DataFolder folder, DataFolder.Batch request, DataFolder.Listener listener,
      PlanFolder plans, Indexer index, TimeLimit limit) {
    this.folder = folder;
    this.request = request;
    this.listener = listener;
    this.plans = plans;
    this.index = index;
    this.limit = limit;
  }

  /** A plan and its JSON, made within the file's time limit. */
  private record Extracted(Plan plan, String json) {}

  /** Runs the batch; true when every file went in and the batch was published. */
  boolean run(Pipeline pipeline) throws Exception {
    Path current = plans.current();
    List<Path> files = request.files();
    Map<Path, PlanIds.Id> ids = PlanIds.assign(files, (f, id) -> publishedForOther(current, f, id));
    try (PlanFolder.Batch batch = plans.begin()) {
      List<DataFolder.Outcome> outcomes = extractAll(files, ids, pipeline, batch);
      if (!publish(batch, files, ids)) {
        return false;
      }
      indexUploads();
      updateIndex(outcomes);
      return outcomes.stream().noneMatch(o -> o.error() != null);
    }
  }

  private List<DataFolder.Outcome> extractAll(List<Path> files, Map<Path, PlanIds.Id> ids,
      Pipeline pipeline, PlanFolder.Batch batch) throws Exception {
    AtomicInteger done = new AtomicInteger();
    AtomicInteger workers = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, request.threads()), r -> {
      Thread t = new Thread(r, "planscope-ingest-" + workers.incrementAndGet());
      t.setDaemon(true); // a file stuck past its time limit must not keep the JVM alive
      return t;
    });
    List<Future<DataFolder.Outcome>> futures = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Path file : files) {
      futures.add(pool.submit(() -> {
        DataFolder.Outcome o = one(file, ids.get(file), pipeline, batch);
        listener.done(o, done.incrementAndGet(), files.size());
        return o;
      }));
    }
    pool.shutdown();
    List<DataFolder.Outcome> outcomes = new ArrayList<>();
    for (Future<DataFolder.Outcome> f : futures) {
      outcomes.add(f.get());
    }
    listener.extracted(outcomes, (System.nanoTime() - t0) / 1_000_000);
    return outcomes;
  }

  /** Extracts, writes and indexes one file; a failure is its outcome's error. */
  private DataFolder.Outcome one(Path file, PlanIds.Id id, Pipeline pipeline, PlanFolder.Batch batch) {
    long s = System.nanoTime();
    try {
      Plan stored = unchanged(file, id);
      if (stored != null) {
        // neither the file nor the extractors changed: the published plan is carried over
        index.unchanged(file);
        return new DataFolder.Outcome(file, DataFolder.Summary.of(stored), null, millis(s), true);
      }
      Extracted x = limit.run(file, () -> {
        // the source path is kept absolute, so that the plan's source can be found again
        // from wherever the data folder is read (serve started in another folder)
        Plan plan = pipeline.run(file).withId(id.id()).withSourcePath(DataFolder.absolute(file));
        return new Extracted(plan, PlanJson.pretty(plan) + "\n");
      });
      try {
        batch.write(id.jsonName(), x.json());
      } catch (IOException e) {
        return failed(file, Msg.FILE_REASON.with(file, DataFolder.writeError(e)), s);
      }
      // indexed as it completes (in parallel; committed after the batch is published), so
      // the batch keeps only one summary row per plan in memory
      index.put(file, x.plan());
      return new DataFolder.Outcome(file, DataFolder.Summary.of(x.plan()), null, millis(s), false);
    } catch (ReadException e) {
      return failed(file, e.message(), s);
    } catch (IOException e) {
      return failed(file, Msg.FILE_REASON.with(file, DataFolder.readError(e)), s);
    } catch (RuntimeException e) {
      return failed(file, Msg.FILE_REASON.with(file, e), s);
    } catch (OutOfMemoryError e) {
      return failed(file, Msg.OUT_OF_MEMORY.with(file), s);
    } catch (StackOverflowError e) {
      return failed(file, Msg.INTERNAL_ERROR.with(file, e), s);
    }
  }

  private static DataFolder.Outcome failed(Path file, Message error, long start) {
    return new DataFolder.Outcome(file, null, error, millis(start), false);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Publishes the batch when it changes anything; false when the disk has no room for it. */
  private boolean publish(PlanFolder.Batch batch, List<Path> files, Map<Path, PlanIds.Id> ids)
      throws IOException {
    Set<String> inBatch = new HashSet<>();
    for (Path f : files) {
      inBatch.add(DataFolder.absolute(f));
    }
    Set<String> assigned = new HashSet<>();
    ids.values().forEach(i -> assigned.add(i.jsonName()));
    PlanFolder.Carry carry = old -> carried(old, inBatch, assigned);
    if (batch.size() == 0 && !plans.wouldDrop(carry)) {
      return true;
    }
    long s = System.nanoTime();
    long need = batch.bytes() * 2 + FREE_FOR_INDEX;
    long free = plans.usableSpace();
    Path data = folder.dir();
    if (free < need) {
      listener.note(Msg.COMMAND.with("ingest", Msg.NOT_ENOUGH_SPACE.with(data, batch.size(),
          need >> 20, free >> 20)));
      return false;
    }
    Path published = batch.publish(carry);
    listener.note(plans.atomic()
        ? Msg.PLANS_PUBLISHED.with(plans.dir(), batch.size(), data.relativize(published), millis(s))
        : Msg.PLANS_ONE_BY_ONE.with(plans.dir(), batch.size(), millis(s)));
    return true;
  }

  /**
   * The published plan of a file that is indexed with its current content by this build of the
   * extractors, or null when the file must be extracted (new, changed, extracted by another build,
   * or its plan JSON is gone or unreadable).
   */
  private Plan unchanged(Path file, PlanIds.Id id) {
    try {
      Path json = plans.current().resolve(id.jsonName());
      if (!Files.isRegularFile(json)) {
        return null;
      }
      String sha = CompositeReader.sha256(file);
      if (!index.isCurrent(file, sha)) {
        return null;
      }
      Plan plan = PlanJsonReader.read(json);
      return sha.equals(plan.source().sha256()) && id.id().equals(plan.id())
          && DataFolder.absolute(file).equals(plan.source().path()) ? plan : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * One index transaction for the batch (plans were added as they completed): unchanged files
   * skipped, changed ones replaced, files gone from the ingested folders deleted; a file that
   * failed keeps its previous entries.
   */
  private void updateIndex(List<DataFolder.Outcome> outcomes) throws IOException {
    long s = System.nanoTime();
    for (DataFolder.Outcome o : outcomes) {
      if (o.plan() == null) {
        index.keep(o.file());
      }
    }
    if (!request.unlisted()) {
      // with a folder unlisted, a file not seen may still be there: nothing is removed
      index.removeMissing(request.roots());
    }
    Indexer.Stats st = index.commit();
    listener.note((index.rebuilt() ? Msg.INDEX_REBUILT : Msg.INDEX_UPDATED).with(index.location(),
        st.added(), st.replaced(), st.unchanged(), st.removed(), st.documents(), millis(s)));
  }

  /** True when {@code id}'s JSON name is published already for a source other than {@code file}. */
  private static boolean publishedForOther(Path generation, Path file, PlanIds.Id id) {
    Path json = generation.resolve(id.jsonName());
    if (!Files.isRegularFile(json)) {
      return false;
    }
    try {
      String source = PlanJsonReader.sourcePath(json);
      return source != null && !DataFolder.absolute(Path.of(source)).equals(DataFolder.absolute(file));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether a plan file of the current generation that this batch did not write is carried into
   * the next: not when its source is a file of this batch (now under another name), lies under an
   * ingested folder but was not found there (deleted), or is gone.
   */
  private boolean carried(Path old, Set<String> inBatch, Set<String> assigned) {
    String recorded;
    try {
      recorded = PlanJsonReader.sourcePath(old);
    } catch (IOException e) {
      return true;
    }
    if (recorded == null) {
      return true;
    }
    Path source = Path.of(recorded);
    String abs = DataFolder.absolute(source);
    if (inBatch.contains(abs)) {
      return assigned.contains(old.getFileName().toString());
    }
    if (request.unlisted()) {
      return true; // a folder could not be listed: a file not seen may still be there
    }
    for (Path r : request.roots()) {
      if (Path.of(abs).startsWith(r.toAbsolutePath().normalize())) {
        return false;
      }
    }
    return !source.isAbsolute() || Files.exists(source);
  }

  /**
   * Plans uploaded through the web page while the index was held (by this ingest or another)
   * are indexed from their published JSON, so that they become searchable.
   */
  private void indexUploads() {
    Path uploads = folder.uploadsDir();
    if (!Files.isDirectory(uploads)) {
      return;
    }
    int added = 0;
    try (var listing = Files.list(plans.current())) {
      for (Path json : listing.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        String source = PlanJsonReader.sourcePath(json);
        if (source == null) {
          continue;
        }
        Path file = Path.of(source);
        if (!file.toAbsolutePath().normalize().startsWith(uploads.toAbsolutePath().normalize())
            || !Files.isRegularFile(file)) {
          continue;
        }
        Plan plan = PlanJsonReader.read(json);
        if (!index.isCurrent(file, plan.source().sha256())) {
          index.put(file, plan);
          added++;
        } else {
          index.keep(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      listener.note(Msg.COMMAND.with("ingest", Msg.UPLOADS_NOT_INDEXED.with(e.getMessage())));
    }
    if (added > 0) {
      listener.note(Msg.UPLOADS_INDEXED.with(added));
    }
  }
}
