package org.planscope.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.planscope.Pipeline;
import org.planscope.ingest.CompositeReader;
import org.planscope.ingest.ReadException;
import org.planscope.json.ApiJson;
import org.planscope.json.PlanJson;
import org.planscope.model.Plan;

/**
 * {@code POST /api/upload}: a file as the {@code file} field of a multipart/form-data body, or as
 * the raw body with {@code ?filename=NAME}. The file is checked (size, then type by extension),
 * stored under {@code data/uploads/} with a generated name (the client's name only lends its
 * letters and digits), extracted, written to {@code data/plans/}, and announced to the
 * {@link PlanListener}.
 */
final class Uploads implements AutoCloseable {
  /** Room for the multipart framing around a file of the maximum size. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;
  private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}_\\-]+");
  private static final int MAX_STEM = 60;

  private final Path dir;
  private final PlanStore store;
  private final Pipeline pipeline;
  private final PlanListener listener;
  private final long max;
  /** Upload bodies received at once. */
  static final int MAX_RECEIVING = 4;
  /** Uploads extracted at once, and waiting for their turn. */
  static final int EXTRACTORS = 2;
  static final int WAITING = 4;
  /** Free space left after storing an upload (its plan JSON and index entries need room too). */
  static final long FREE_MARGIN = 16L * 1024 * 1024;
  static final int EXTRACT_SECONDS = 120;

  /** The file system as uploads use it; replaced in tests to simulate a full disk. */
  interface Disk {
    void write(Path file, byte[] bytes) throws IOException;

    long usable(Path dir) throws IOException;

    Disk REAL = new Disk() {
      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }

      @Override
      public long usable(Path dir) throws IOException {
        return Files.getFileStore(dir).getUsableSpace();
      }
    };
  }

  private final Semaphore receiving = new Semaphore(MAX_RECEIVING);
  private final ExecutorService extractors;
  private final SecureRandom random = new SecureRandom();
  Disk disk = Disk.REAL;
  int extractSeconds = EXTRACT_SECONDS;

  Uploads(Path uploadsDir, PlanStore store, Pipeline pipeline, PlanListener listener, long max) {
    this.dir = uploadsDir;
    this.store = store;
    this.pipeline = pipeline;
    this.listener = listener;
    this.max = max;
    AtomicInteger n = new AtomicInteger();
    this.extractors = new ThreadPoolExecutor(EXTRACTORS, EXTRACTORS, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(WAITING), r -> {
          Thread t = new Thread(r, "planscope-upload-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  Response handle(HttpExchange ex, Map<String, String> query) throws IOException, InterruptedException {
    // a slow sender holds its connection's thread while its body arrives: a few at a time
    if (!receiving.tryAcquire()) {
      throw new ApiException(503, "the server is busy receiving other uploads; try again shortly");
    }
    String given;
    byte[] bytes;
    try {
      String boundary = Multipart.boundary(ex.getRequestHeaders().getFirst("Content-Type"));
      byte[] body = Http.body(ex, boundary == null ? max : max + MULTIPART_OVERHEAD, max);
      if (boundary != null) {
        Multipart.FilePart part = Multipart.file(body, boundary);
        given = part.fileName();
        bytes = part.bytes();
      } else {
        given = query.get("filename");
        bytes = body;
        if (given == null || given.isBlank()) {
          throw ApiException.badRequest(
              "send the file as multipart/form-data field \"file\", or name it with ?filename=");
        }
      }
    } finally {
      receiving.release();
    }
    return accept(given, bytes);
  }

  /** Checks, stores, extracts and announces one uploaded file. */
  Response accept(String given, byte[] bytes) throws IOException, InterruptedException {
    if (bytes.length > max) {
      throw Http.tooLarge(max);
    }
    String original = baseName(given);
    String ext = extension(original);
    if (!CompositeReader.SUPPORTED.contains(ext)) {
      throw new ApiException(415, "unsupported file type "
          + (ext.isEmpty() ? "(no extension)" : "." + ext) + "; supported: "
          + String.join(", ", CompositeReader.SUPPORTED.stream().sorted().toList()));
    }
    if (bytes.length == 0) {
      throw ApiException.badRequest("the file is empty");
    }
    // The same bytes as a plan already here: say so, and keep one plan.
    String sha;
    try {
      sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every JDK has SHA-256
    }
    for (PlanStore.Listed known : store.list()) {
      if (sha.equalsIgnoreCase(known.summary().sha256())) {
        return Response.json(200, ApiJson.uploaded(known.summary(), original + " 与已有规划“"
            + (known.summary().title() == null ? known.key() : known.summary().title())
            + "”内容相同（sha256 一致），未重复添加"));
      }
    }
    String stem = storedStem(original);
    Path file = dir.resolve(stem + "." + ext);
    if (!file.getParent().equals(dir)) {
      throw new IllegalStateException("generated upload name escapes the upload folder");
    }
    store(file, bytes);
    Plan plan = extract(file, original);
    PlanStore.Listed listed;
    try {
      listed = store.add(file.getFileName().toString(), PlanJson.pretty(plan));
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw diskError(e, "the plan could not be stored");
    }
    String notice = null;
    try {
      listener.onPlanAdded(plan);
    } catch (Exception e) {
      System.err.println("planscope serve: plan " + plan.id() + " stored, but the new-plan hook failed: " + e);
      notice = e instanceof ApiException a ? a.getMessage()
          : "the plan is stored, but it could not be added to the search index yet";
    }
    return Response.json(201, ApiJson.uploaded(listed.summary(), notice));
  }

  /** Deletes an uploaded file once its plan is deleted; files elsewhere are not ours to delete. */
  void forget(Path source) throws IOException {
    Path f = source.toAbsolutePath().normalize();
    if (f.getParent() != null && f.getParent().equals(dir.toAbsolutePath().normalize())) {
      Files.deleteIfExists(f);
    }
  }

  /**
   * Writes the upload through a temporary name, after checking there is room: never a partial or
   * empty file under the final name.
   */
  private void store(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(dir);
    if (disk.usable(dir) < bytes.length + FREE_MARGIN) {
      throw new ApiException(507, "the server's disk is full: the file was not stored");
    }
    Path tmp = dir.resolve("." + file.getFileName() + ".part");
    try {
      disk.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw diskError(e, "the file was not stored");
    }
  }

  /** 507 for a full disk, 500 (logged) for any other failure to write. */
  static ApiException diskError(IOException e, String what) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("No space left") || m.contains("Disk quota") || m.contains("not enough space")) {
      return new ApiException(507, "the server's disk is full: " + what);
    }
    System.err.println("planscope serve: " + what + ": " + e);
    return new ApiException(500, what + ": the server could not write its data folder");
  }

  /**
   * Extracts in the upload pool, within the time limit; the stored file is removed whatever the
   * failure (unreadable, too slow, out of memory).
   */
  private Plan extract(Path file, String original) throws IOException, InterruptedException {
    Future<Plan> f;
    try {
      f = extractors.submit(() -> pipeline.run(file));
    } catch (RejectedExecutionException e) {
      Files.deleteIfExists(file);
      throw new ApiException(503, "the server is busy extracting other uploads; try again shortly");
    }
    boolean ok = false;
    try {
      Plan plan = f.get(extractSeconds, TimeUnit.SECONDS);
      ok = true;
      return plan;
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ApiException(422, "cannot read " + original + ": it took longer than "
          + extractSeconds + " s to extract (is it damaged, or very large?)");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof ReadException r) {
        throw new ApiException(422, "cannot read " + original + ": " + r.reason()
            + (r.hint() == null ? "" : " (" + r.hint() + ")"));
      }
      if (c instanceof OutOfMemoryError) {
        throw new ApiException(422, "cannot read " + original + ": it needs more memory than the"
            + " server has");
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      f.cancel(true);
      throw e;
    } finally {
      if (!ok) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Override
  public void close() {
    extractors.shutdownNow();
  }

  /** The last path element of a client's file name, whatever separator the client used. */
  static String baseName(String name) {
    String n = name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    return n.replaceAll("\\p{Cntrl}", "").strip();
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * A fresh stem: the letters and digits of the client's name (at most 60), a dash and 8 random
   * hex digits. Always matches {@link PlanStore#ID}, never contains a separator or a dot.
   */
  String storedStem(String original) {
    int dot = original.lastIndexOf('.');
    String stem = NOT_NAME.matcher(dot < 0 ? original : original.substring(0, dot)).replaceAll("_");
    stem = stem.replaceAll("^[_\\-]+|[_\\-]+$", "");
    if (stem.codePointCount(0, stem.length()) > MAX_STEM) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM));
    }
    if (stem.isEmpty()) {
      stem = "upload";
    }
    byte[] r = new byte[4];
    random.nextBytes(r);
    return stem + "-" + HexFormat.of().formatHex(r);
  }
}
