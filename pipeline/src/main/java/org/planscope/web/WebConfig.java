package org.planscope.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the web server.
 *
 * @param host the address to bind (127.0.0.1 unless told otherwise)
 * @param port the port; 0 picks a free one
 * @param data the data folder: plans are read from {@code data/plans/}, uploads kept in
 *     {@code data/uploads/}
 * @param maxUploadBytes the largest file an upload may carry; larger ones get 413
 * @param backends search, compare, audit and the new-plan hook
 * @param actuals the table of actual values the 监测 tab monitors with (.csv or .xlsx), or null
 */
public record WebConfig(String host, int port, Path data, long maxUploadBytes, Backends backends,
    Path actuals) {
  public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

  public WebConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(backends, "backends");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("upload limit must be positive");
    }
  }

  /** Without a table of actual values. */
  public WebConfig(String host, int port, Path data, long maxUploadBytes, Backends backends) {
    this(host, port, data, maxUploadBytes, backends, null);
  }

  /** The same with a table of actual values for the 监测 tab. */
  public WebConfig withActuals(Path file) {
    return new WebConfig(host, port, data, maxUploadBytes, backends, file);
  }

  /** Loopback, the given port and data folder, a 20 MB upload limit. */
  public static WebConfig local(int port, Path data, Backends backends) {
    return new WebConfig("127.0.0.1", port, data, DEFAULT_MAX_UPLOAD, backends);
  }
}
