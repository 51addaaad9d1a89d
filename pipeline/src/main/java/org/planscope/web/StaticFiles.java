package org.planscope.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page: a fixed set of class path resources under {@code /web/}, loaded once. A request path
 * is only ever a key into this map, never a file name.
 */
final class StaticFiles {
  private final Map<String, Response> files;

  StaticFiles() {
    Response html = load("index.html", "text/html; charset=utf-8");
    files = Map.of(
        "/", html,
        "/index.html", html,
        "/app.js", load("app.js", "text/javascript; charset=utf-8"),
        "/monitor.js", load("monitor.js", "text/javascript; charset=utf-8"),
        "/app.css", load("app.css", "text/css; charset=utf-8"));
  }

  Response handle(String method, String rawPath) {
    Response r = files.get(rawPath);
    if (r == null) {
      return Response.error(404, "not found");
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Response.methodNotAllowed("GET");
    }
    return r;
  }

  private static Response load(String name, String type) {
    try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /web/" + name);
      }
      return new Response(200, type, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
