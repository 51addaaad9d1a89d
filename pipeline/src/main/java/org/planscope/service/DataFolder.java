package org.planscope.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.planscope.Pipeline;
import org.planscope.format.Message;
import org.planscope.format.Msg;
import org.planscope.index.IndexLockedException;
import org.planscope.index.IndexUpdater;
import org.planscope.index.Indexer;
import org.planscope.store.PlanFolder;
import org.planscope.ingest.TimeLimit;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * A data folder ({@code data/plans/}, {@code data/index/}, {@code data/uploads/}) and what is done
 * to it: ingest a batch of files, list the published plans, find one by id, delete one. The
 * command line and the web server both come here, so that a plan is published, indexed and
 * removed the same way whoever asks.
 */
public final class DataFolder {
  private final Path dir;

  private DataFolder(Path dir) {
    this.dir = dir;
  }

  public static DataFolder at(Path data) {
    return new DataFolder(data);
  }

  public Path dir() {
    return dir;
  }

  /** The published plans, {@code data/plans} (a link to the current generation after an ingest). */
  public Path plansDir() {
    return dir.resolve("plans");
  }

  public Path indexDir() {
    return dir.resolve("index");
  }

  public Path uploadsDir() {
    return dir.resolve("uploads");
  }

  /** The plan JSON files of {@code data/plans}, sorted, hidden files left out; empty when there is no folder. */
  public List<Path> planFiles() throws IOException {
    if (!Files.isDirectory(plansDir())) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(plansDir())) {
      return s.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
  }

  // ---- ingest -------------------------------------------------------------------------------

  /**
   * What to ingest.
   *
   * @param files the supported files found under the roots
   * @param roots the folders and files named: a published plan whose source lies under one of
   *     them and was not found is dropped
   * @param unlisted true when a folder could not be listed: then nothing is taken as removed
   * @param solr a Solr collection to index into instead of {@code data/index}, or null
   * @param threads worker threads
   */
  public record Batch(List<Path> files, List<Path> roots, boolean unlisted, String solr, int threads) {}

  /** One file's outcome: the summary row, not the plan, so memory stays flat however many files. */
  public record Outcome(Path file, Summary plan, Message error, long millis, boolean unchanged) {}

  /** What a summary table and the catalogue candidates need of one plan. */
  public record Summary(String id, String region, int domains, long goals, long measures,
      long targets, long units, int warnings, long linked, List<String> unlinked) {
    public static Summary of(Plan p) {
      long goals = p.domains().stream().mapToLong(d -> d.goals().size()).sum();
      long measures = p.domains().stream().mapToLong(d -> d.measures().size()).sum();
      List<Target> stated =
          p.items().flatMap(i -> i.targets().stream()).filter(Target::stated).toList();
      long units = p.items().mapToLong(i -> i.units().size()).sum() + p.implementationUnits().size();
      return new Summary(p.id(), p.region().name(), p.domains().size(), goals, measures,
          stated.size(), units, p.warnings().size(), stated.stream().filter(Target::linked).count(),
          stated.stream().filter(t -> !t.linked()).map(Target::indicator).toList());
    }
  }

  /** Told how an ingest goes; called from worker threads for {@link #done}. */
  public interface Listener {
    /** One file finished ({@code done} of {@code total}). */
    void done(Outcome o, int done, int total);

    /** Every file is extracted, nothing is published yet. */
    void extracted(List<Outcome> outcomes, long millis);

    /** A line about the data folder: a repair, the publish, the index commit, a problem. */
    void note(Message line);
  }

  /**
   * Extracts every file of the batch, publishes the plans together and brings the index up to
   * date. The index lock is taken before any work, so a concurrent ingest fails fast and clearly;
   * it also guards {@code data/plans}, which is repaired (after a killed run) only while it is held.
   *
   * @return true when every file went in and the batch was published
   * @throws Problem when the index cannot be opened (another process holds it, or it is damaged)
   */
  public boolean ingest(Batch batch, Pipeline pipeline, TimeLimit limit, Listener listener)
      throws Exception {
    Indexer opened;
    try {
      opened = Indexer.open(indexDir(), batch.solr());
    } catch (IndexLockedException e) {
      throw new Problem(e.message());
    } catch (IOException e) {
      throw new Problem(e instanceof Message.Carrier c ? c.message() : Msg.AS_GIVEN.with(e.getMessage()));
    }
    try (Indexer index = opened) {
      PlanFolder plans = PlanFolder.open(dir);
      for (Message note : plans.recovered()) {
        listener.note(Msg.COMMAND.with("ingest", note));
      }
      return new Ingestion(this, batch, listener, plans, index, limit).run(pipeline);
    }
  }

  // ---- one plan at a time (the web's uploads) ------------------------------------------------

  /**
   * Writes one plan's JSON as {@code data/plans/<name>.json} through a temporary name and an
   * atomic move (a failure, e.g. a full disk, leaves no temporary behind) and returns the file.
   */
  public Path publish(String name, String json) throws IOException {
    Path dir = plansDir();
    Files.createDirectories(dir);
    Path target = dir.resolve(name + ".json");
    Path tmp = dir.resolve("." + name + ".json.tmp");
    try {
      Files.writeString(tmp, json, java.nio.charset.StandardCharsets.UTF_8);
      Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    return target;
  }

  // ---- find and delete ----------------------------------------------------------------------

  /** A published plan and its JSON file. */
  public record Published(Path file, Plan plan) {}

  /** A plan could not be found or removed, or the index cannot be opened; the message says why. */
  public static final class Problem extends Exception implements Message.Carrier {
    private final transient Message message;

    public Problem(Message message) {
      super(message.in(org.planscope.format.Lang.EN));
      this.message = message;
    }

    @Override
    public Message message() {
      return message;
    }
  }

  /**
   * The plan whose id is {@code id}, or else the one whose id starts with it. Unreadable plan
   * files are reported to {@code unreadable} and skipped.
   */
  public Published find(String id, java.util.function.Consumer<Message> unreadable)
      throws IOException, Problem {
    if (!Files.isDirectory(plansDir())) {
      throw new Problem(Msg.NO_FOLDER.with(plansDir()));
    }
    List<Published> plans = new ArrayList<>();
    for (Path f : planFiles()) {
      try {
        plans.add(new Published(f, PlanJsonReader.read(f)));
      } catch (IOException | PlanJsonReader.FormatException e) {
        unreadable.accept(Msg.FILE_REASON.with(f, e.getMessage()));
      }
    }
    List<Published> hit = plans.stream().filter(p -> p.plan().id().equals(id)).toList();
    if (hit.isEmpty()) {
      hit = plans.stream().filter(p -> p.plan().id().startsWith(id)).toList();
    }
    if (hit.size() != 1) {
      throw new Problem((hit.isEmpty() ? Msg.NO_PLAN : Msg.SEVERAL_PLANS).with(id, plansDir(),
          String.join(", ", (hit.isEmpty() ? plans : hit).stream().map(p -> p.plan().id()).toList())));
    }
    return hit.get(0);
  }

  /**
   * Deletes a published plan: its documents leave the search index in one commit, then its JSON
   * is removed. The source file is not touched.
   */
  public void delete(Published p) throws IOException, IndexLockedException {
    if (Files.isDirectory(indexDir())) {
      try (IndexUpdater updater = IndexUpdater.open(indexDir())) {
        updater.remove(Path.of(p.plan().source().path()));
        updater.commit();
      }
    }
    removePlanFile(p.file(), true);
  }

  /**
   * Removes a published plan's JSON once its documents are out of the index (the web's delete
   * takes them out through its own index handle); a file outside {@code data/plans} is refused.
   */
  public void removePlanFile(Path file, boolean mustExist) throws IOException {
    Path dir = plansDir().toAbsolutePath().normalize();
    if (!dir.equals(file.toAbsolutePath().normalize().getParent())) {
      throw new IOException("not a plan of " + plansDir() + ": " + file);
    }
    if (mustExist) {
      Files.delete(file);
    } else {
      Files.deleteIfExists(file);
    }
  }

  // ---- messages -----------------------------------------------------------------------------

  public static String absolute(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /** A clear message for a failure to write a plan file. */
  public static Message writeError(IOException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("No space left") || m.contains("Disk quota")) {
      return Msg.DISK_FULL.with();
    }
    return Msg.PLAN_NOT_WRITTEN.with(readError(e));
  }

  /** An I/O failure as a reason: the file system's words, not a Java class name. */
  public static Message readError(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason().equals("File name too long") ? Msg.NAME_TOO_LONG.with()
          : Msg.AS_GIVEN.with(f.getReason());
    }
    return Msg.AS_GIVEN.with(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
