package org.planscope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.planscope.ingest.CompositeReader;
import org.planscope.ingest.ReadException;
import org.planscope.model.Document;

/**
 * The source text of a plan — the text its JSON spans point into — read again from the file the
 * plan names, with the same reader the pipeline uses. The path comes from our own plan JSON,
 * never from a request. A file whose digest no longer matches is refused (its spans would be
 * wrong). A few recent texts are kept.
 */
final class SourceTexts {
  private static final int CACHE = 8;
  private static final long MAX_SOURCE = 64L * 1024 * 1024;

  private final CompositeReader reader;
  private final Map<String, String> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> e) {
      return size() > CACHE;
    }
  };

  SourceTexts(CompositeReader reader) {
    this.reader = reader;
  }

  /** The source text; 404 when the file is gone or unreadable, 409 when it has changed. */
  String text(String source, String sha256) {
    if (source == null || source.isBlank()) {
      throw ApiException.notFound("the plan names no source file");
    }
    String cacheKey = sha256 == null ? null : sha256 + "\n" + source;
    if (cacheKey != null) {
      synchronized (recent) {
        String hit = recent.get(cacheKey);
        if (hit != null) {
          return hit;
        }
      }
    }
    Path path;
    try {
      path = Path.of(source);
    } catch (InvalidPathException e) {
      throw ApiException.notFound("the source file is not available");
    }
    try {
      if (!Files.isRegularFile(path) || Files.size(path) > MAX_SOURCE) {
        throw ApiException.notFound("the source file is not available");
      }
    } catch (IOException e) {
      throw ApiException.notFound("the source file is not available");
    }
    Document doc;
    try {
      doc = reader.read(path);
    } catch (ReadException e) {
      throw ApiException.notFound("the source file cannot be read: " + e.reason());
    }
    if (sha256 != null && !sha256.equals(doc.source().sha256())) {
      throw new ApiException(409, "the source file has changed since the plan was extracted");
    }
    if (cacheKey != null) {
      synchronized (recent) {
        recent.put(cacheKey, doc.text());
      }
    }
    return doc.text();
  }
}
