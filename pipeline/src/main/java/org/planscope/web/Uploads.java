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
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.planscope.Pipeline;
import org.planscope.ingest.ReadException;
import org.planscope.ingest.TikaDocumentReader;
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
final class Uploads {
  /** Room for the multipart framing around a file of the maximum size. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;
  private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}_\\-]+");
  private static final int MAX_STEM = 60;

  private final Path dir;
  private final PlanStore store;
  private final Pipeline pipeline;
  private final PlanListener listener;
  private final long max;
  private final Semaphore extracting = new Semaphore(2);
  private final SecureRandom random = new SecureRandom();

  Uploads(Path uploadsDir, PlanStore store, Pipeline pipeline, PlanListener listener, long max) {
    this.dir = uploadsDir;
    this.store = store;
    this.pipeline = pipeline;
    this.listener = listener;
    this.max = max;
  }

  Response handle(HttpExchange ex, Map<String, String> query) throws IOException,
      InterruptedException, java.security.NoSuchAlgorithmException {
    String boundary = Multipart.boundary(ex.getRequestHeaders().getFirst("Content-Type"));
    byte[] body = Http.body(ex, boundary == null ? max : max + MULTIPART_OVERHEAD, max);
    String given;
    byte[] bytes;
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
    if (bytes.length > max) {
      throw Http.tooLarge(max);
    }
    String original = baseName(given);
    String ext = extension(original);
    if (!TikaDocumentReader.SUPPORTED.contains(ext)) {
      throw new ApiException(415, "unsupported file type "
          + (ext.isEmpty() ? "(no extension)" : "." + ext) + "; supported: "
          + String.join(", ", TikaDocumentReader.SUPPORTED.stream().sorted().toList()));
    }
    if (bytes.length == 0) {
      throw ApiException.badRequest("the file is empty");
    }
    // The same bytes as a plan already here: say so, and keep one plan.
    String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(bytes));
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
    Files.createDirectories(dir);
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    Plan plan;
    extracting.acquire();
    try {
      plan = pipeline.run(file);
    } catch (ReadException e) {
      Files.deleteIfExists(file);
      throw new ApiException(422, "cannot read " + original + ": " + e.reason()
          + (e.hint() == null ? "" : " (" + e.hint() + ")"));
    } catch (RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    } finally {
      extracting.release();
    }
    PlanStore.Listed listed = store.add(file.getFileName().toString(), PlanJson.pretty(plan));
    String notice = null;
    try {
      listener.onPlanAdded(plan);
    } catch (Exception e) {
      System.err.println("planscope serve: plan " + plan.id() + " stored, but the new-plan hook failed: " + e);
      notice = "the plan is stored, but it could not be added to the search index";
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
