package org.planscope.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.planscope.format.Message;
import org.planscope.format.Msg;

/**
 * The plan JSON files of a data folder, published a batch at a time so that readers and a killed
 * ingest never see half a batch.
 *
 * <p>Layout: {@code data/plans} is a symbolic link to {@code plans.d/gen-NNNNNN}, a complete
 * generation. A batch is written into {@code plans.d/.staging-NNNNNN}; {@link Batch#publish}
 * adds hard links to the current generation's files the batch did not rewrite, renames the
 * staging folder to {@code gen-NNNNNN} and then swaps the link with one {@code rename(2)}. A
 * reader of {@code data/plans/*.json} sees the previous generation or the new one, never a mix,
 * and the path stays the same for every reader (web, audit, shell globs).
 *
 * <p>Recovery, in {@link #open} (call it while holding the ingest lock): staging folders and a
 * temporary link of a killed run are deleted; a generation newer than the link (killed between
 * the rename and the swap) is dropped, so the previous batch stays in force; a missing or dangling
 * link points to the newest complete generation again; temporary {@code .*.tmp} files older than
 * ten minutes are removed. A {@code data/plans} that is still a plain directory (written by an
 * older version) becomes the first generation by a rename. The previous generation is kept until
 * the next publish, for readers that listed it a moment before the swap; older ones are deleted.
 * Files that another writer (the web server's upload) put into the previous generation during the
 * batch are carried over after the swap.
 *
 * <p>Where symbolic links cannot be made (some Windows set-ups), {@code data/plans} stays a plain
 * directory and a batch is moved into it file by file: each file atomically, the batch not.
 * Killed processes are covered, not power cuts: files are not forced to disk.
 */
public final class PlanFolder {
  static final String GENERATIONS = "plans.d";
  static final String LINK = "plans";
  private static final String TMP_LINK = ".plans.link.tmp";
  private static final Pattern GEN = Pattern.compile("gen-(\\d{6,})");
  private static final Pattern STAGING = Pattern.compile("\\.staging-\\d+");
  private static final Duration STALE = Duration.ofMinutes(10);
  private static final AtomicLong TMP = new AtomicLong();

  private final Path data;
  private final Path link;
  private final Path gens;
  private final boolean atomic;
  private final List<Message> recovered = new ArrayList<>();

  private PlanFolder(Path data, boolean atomic) {
    this.data = data;
    this.link = data.resolve(LINK);
    this.gens = data.resolve(GENERATIONS);
    this.atomic = atomic;
  }

  /** Opens the data folder's plans, creating and repairing them as described above. */
  public static PlanFolder open(Path data) throws IOException {
    Files.createDirectories(data);
    Path gens = data.resolve(GENERATIONS);
    Files.createDirectories(gens);
    Path link = data.resolve(LINK);
    List<Message> notes = new ArrayList<>();
    Path tmpLink = data.resolve(TMP_LINK);
    if (Files.deleteIfExists(tmpLink)) {
      notes.add(Msg.REMOVED_TEMPORARY_LINK.with());
    }
    for (Path p : list(gens)) {
      if (STAGING.matcher(p.getFileName().toString()).matches()) {
        deleteTree(p);
        notes.add(Msg.REMOVED_UNFINISHED_BATCH.with(p.getFileName()));
      }
    }
    boolean atomic = symlinksWork(data);
    boolean migrated = false;
    if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS) && atomic) {
      // a plain folder from an older version: it becomes the first generation
      Path first = gens.resolve(genName(newest(gens) + 1));
      Files.move(link, first, StandardCopyOption.ATOMIC_MOVE);
      migrated = true;
    }
    if (!atomic) {
      Files.createDirectories(link);
    } else {
      boolean hadLink = Files.isSymbolicLink(link);
      Path current = hadLink ? target(link) : null;
      if (current == null || !Files.isDirectory(current)) {
        long n = newest(gens);
        boolean fresh = n == 0;
        if (fresh) {
          n = 1;
          Files.createDirectories(gens.resolve(genName(n)));
        }
        point(data, n);
        if (!fresh && !migrated) {
          notes.add((hadLink ? Msg.POINTED_LINK_TARGET_MISSING : Msg.POINTED_LINK_MISSING)
              .with(link, genName(n)));
        }
      } else {
        long cur = number(current.getFileName().toString());
        for (Path p : list(gens)) {
          long g = number(p.getFileName().toString());
          if (g > cur) { // renamed, but the link was never swapped: that batch did not happen
            deleteTree(p);
            notes.add(Msg.DROPPED_INTERRUPTED_BATCH.with(p.getFileName()));
          }
        }
      }
    }
    PlanFolder f = new PlanFolder(data, atomic);
    f.removeStaleTemporaries(f.current());
    f.recovered.addAll(notes);
    return f;
  }

  /** What {@link #open} repaired, one line each (empty when the folder was in order). */
  public List<Message> recovered() {
    return List.copyOf(recovered);
  }

  /** {@code data/plans}: where readers find the plans. */
  public Path dir() {
    return link;
  }

  /** The directory {@code data/plans} stands for now. */
  public Path current() throws IOException {
    return atomic ? target(link) : link;
  }

  /** True when batches are published at once (symbolic links work here). */
  public boolean atomic() {
    return atomic;
  }

  /** Which plan files of the current generation a batch carries into the next one. */
  @FunctionalInterface
  public interface Carry {
    boolean carry(Path planFile);

    Carry ALL = f -> true;
  }

  /** How a batch writes one file; replaced in tests to simulate a full disk. */
  @FunctionalInterface
  interface Writer {
    void write(Path file, String content) throws IOException;
  }

  Writer writer = (file, content) -> Files.writeString(file, content, StandardCharsets.UTF_8);

  /** True when {@code carry} would leave out a file of the current generation. */
  public boolean wouldDrop(Carry carry) throws IOException {
    for (Path f : jsonFiles(current())) {
      if (!carry.carry(f)) {
        return true;
      }
    }
    return false;
  }

  /** Bytes free for this data folder's files. */
  public long usableSpace() throws IOException {
    return Files.getFileStore(gens).getUsableSpace();
  }

  /** Starts a batch; nothing is visible until {@link Batch#publish}. */
  public Batch begin() throws IOException {
    long n = Math.max(newest(gens), number(current().getFileName().toString())) + 1;
    Path staging = gens.resolve(".staging-" + String.format("%06d", n));
    deleteTree(staging);
    Files.createDirectories(staging);
    return new Batch(staging, n);
  }

  /** One batch of plan files. {@link #write} may be called from several threads. */
  public final class Batch implements AutoCloseable {
    private final Path staging;
    private final long number;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();
    private boolean done;

    private Batch(Path staging, long number) {
      this.staging = staging;
      this.number = number;
    }

    /** Stages {@code name} (a plain file name such as {@code plan.txt.json}). */
    public void write(String name, String content) throws IOException {
      if (name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
        throw new IllegalArgumentException("not a plain file name: " + name);
      }
      Path tmp = staging.resolve("." + name + "." + TMP.incrementAndGet() + ".tmp");
      try {
        writer.write(tmp, content);
        // a later file of the same name (from another folder) wins, whole
        Files.move(tmp, staging.resolve(name), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp); // a full disk leaves no temporary behind
        throw e;
      }
      written.add(name);
      bytes.addAndGet(content.length() * 3L);
    }

    /** About how many bytes the staged files take (an upper bound). */
    public long bytes() {
      return bytes.get();
    }

    /** The number of files staged. */
    public int size() {
      return written.size();
    }

    /** Makes the batch visible to readers at once (see the class comment); returns the folder. */
    public Path publish() throws IOException {
      return publish(Carry.ALL);
    }

    /**
     * As {@link #publish()}, carrying into the new generation only the files of the current one
     * that the batch did not rewrite and that {@code carry} keeps. A failure before the swap
     * leaves the current generation in force and removes what was staged.
     */
    public Path publish(Carry carry) throws IOException {
      try {
        return doPublish(carry);
      } catch (IOException | RuntimeException e) {
        deleteTree(staging);
        throw e;
      }
    }

    private Path doPublish(Carry carry) throws IOException {
      if (done) {
        throw new IllegalStateException("published or closed already");
      }
      done = true;
      Path old = current();
      if (!atomic) {
        for (String name : written) {
          Files.move(staging.resolve(name), link.resolve(name),
              StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path f : jsonFiles(link)) {
          if (!written.contains(f.getFileName().toString()) && !carry.carry(f)) {
            Files.deleteIfExists(f);
          }
        }
        deleteTree(staging);
        return link;
      }
      Instant snapshot = Instant.now();
      java.util.Map<String, String> dropped = new java.util.HashMap<>();
      for (Path f : jsonFiles(old)) {
        if (!written.contains(f.getFileName().toString())) {
          if (carry.carry(f)) {
            linkOrCopy(f, staging.resolve(f.getFileName()));
          } else {
            dropped.put(f.getFileName().toString(), identity(f));
          }
        }
      }
      Path gen = gens.resolve(genName(number));
      Files.move(staging, gen, StandardCopyOption.ATOMIC_MOVE);
      point(data, number);
      carryOver(old, gen, snapshot, dropped);
      for (Path p : list(gens)) {
        String n = p.getFileName().toString();
        if (GEN.matcher(n).matches() && !p.equals(gen) && !n.equals(old.getFileName().toString())) {
          deleteTree(p);
        }
      }
      return gen;
    }

    /** Files another writer added to, or replaced in, the old generation since the snapshot. */
    private void carryOver(Path old, Path gen, Instant snapshot,
        java.util.Map<String, String> dropped) throws IOException {
      for (Path f : jsonFiles(old)) {
        String name = f.getFileName().toString();
        // a dropped file stays dropped unless another writer replaced it meanwhile
        if (written.contains(name) || identity(f).equals(dropped.get(name))) {
          continue;
        }
        Path there = gen.resolve(name);
        FileTime modified = Files.getLastModifiedTime(f);
        if (!Files.exists(there) || modified.toInstant().isAfter(snapshot.minusSeconds(2))) {
          Path tmp = gen.resolve("." + name + "." + TMP.incrementAndGet() + ".tmp");
          Files.copy(f, tmp, StandardCopyOption.REPLACE_EXISTING);
          Files.move(tmp, there, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        }
      }
    }

    /** Drops an unpublished batch. */
    @Override
    public void close() throws IOException {
      if (!done) {
        done = true;
        deleteTree(staging);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The file as a version: its inode (where the file system has one), size and time. */
  private static String identity(Path f) throws IOException {
    var a = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
    return a.fileKey() + " " + a.size() + " " + a.lastModifiedTime().toMillis();
  }

  private void removeStaleTemporaries(Path dir) throws IOException {
    Instant before = Instant.now().minus(STALE);
    for (Path p : list(dir)) {
      String n = p.getFileName().toString();
      if (n.startsWith(".") && n.endsWith(".tmp")
          && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
        Files.deleteIfExists(p);
        recovered.add(Msg.REMOVED_TEMPORARY_FILE.with(n));
      }
    }
  }

  /** Points {@code data/plans} at generation {@code n} with one rename. */
  private static void point(Path data, long n) throws IOException {
    Path tmp = data.resolve(TMP_LINK);
    Files.deleteIfExists(tmp);
    Files.createSymbolicLink(tmp, Path.of(GENERATIONS, genName(n)));
    try {
      Files.move(tmp, data.resolve(LINK), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, data.resolve(LINK), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean symlinksWork(Path data) {
    Path probe = data.resolve(TMP_LINK);
    try {
      Files.deleteIfExists(probe);
      Files.createSymbolicLink(probe, Path.of(GENERATIONS));
      Files.delete(probe);
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static Path target(Path link) throws IOException {
    return link.resolveSibling(Files.readSymbolicLink(link)).normalize();
  }

  private static void linkOrCopy(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String genName(long n) {
    return String.format("gen-%06d", n);
  }

  private static long number(String name) {
    Matcher m = GEN.matcher(name);
    return m.matches() ? Long.parseLong(m.group(1)) : 0;
  }

  private static long newest(Path gens) throws IOException {
    long max = 0;
    for (Path p : list(gens)) {
      max = Math.max(max, number(p.getFileName().toString()));
    }
    return max;
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : list(dir)) {
      String n = p.getFileName().toString();
      if (n.endsWith(".json") && !n.startsWith(".") && Files.isRegularFile(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(out::add);
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
