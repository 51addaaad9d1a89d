package org.planscope.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.planscope.Pipeline;
import org.planscope.ingest.TikaDocumentReader;

/**
 * {@code planscope serve}: the page at {@code /} and the JSON API at {@code /api/} on the JDK's
 * {@code HttpServer}, bound to 127.0.0.1 unless configured otherwise.
 *
 * <p>Every answer is built whole before it is sent: an {@link ApiException} becomes its status
 * with {@code {"error": message}}, any other failure a 500 {@code {"error": "internal error"}}
 * (the cause goes to stderr, never to the client). On a loopback address, requests whose
 * {@code Host} is not a loopback name are refused (DNS rebinding), and so are POSTs whose
 * {@code Origin} is another site.
 */
public final class WebServer implements AutoCloseable {
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Backends backends;
  private final Api api;
  private final StaticFiles page;
  private final boolean loopback;

  private WebServer(WebConfig config) throws IOException {
    InetAddress address = InetAddress.getByName(config.host());
    this.loopback = address.isLoopbackAddress();
    this.backends = config.backends();
    this.page = new StaticFiles();
    TikaDocumentReader reader = new TikaDocumentReader();
    PlanStore store = new PlanStore(config.data().resolve("plans"));
    Uploads uploads = new Uploads(config.data().resolve("uploads"), store, new Pipeline(reader),
        backends.onPlanAdded(), config.maxUploadBytes());
    this.api = new Api(store, new SourceTexts(reader), uploads, backends, config.maxUploadBytes());
    this.server = HttpServer.create(new InetSocketAddress(address, config.port()), 64);
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "planscope-web-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** Binds and starts serving; the caller stops the server with {@link #close()}. */
  public static WebServer start(WebConfig config) throws IOException {
    WebServer s = new WebServer(config);
    s.server.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    InetAddress a = server.getAddress().getAddress();
    String host = a.isAnyLocalAddress() ? "127.0.0.1" : a.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Object service : new Object[] {backends.search(), backends.compare(), backends.audit(),
        backends.onPlanAdded()}) {
      if (service instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          System.err.println("planscope serve: closing " + service.getClass().getSimpleName() + ": " + e);
        }
      }
    }
  }

  private void handle(HttpExchange ex) {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getRawPath();
    Response r;
    boolean close = false;
    try {
      r = refused(ex);
      if (r == null) {
        r = path.equals("/api") || path.startsWith("/api/") ? api.handle(ex) : page.handle(method, path);
      }
    } catch (ApiException e) {
      r = Response.error(e.status(), e.getMessage());
      if (e.status() == 413) {
        Http.drain(ex, DRAIN_LIMIT); // let the client finish sending, so it reads the answer
        close = true;
      }
    } catch (Throwable t) {
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      System.err.println("planscope serve: internal error on " + method + " " + path + ": " + t);
      r = Response.error(500, "internal error");
    }
    try {
      Http.send(ex, r, close);
    } catch (IOException e) {
      // the client went away
    } finally {
      ex.close();
    }
  }

  /** A refusal for a request from another site, or null when the request may proceed. */
  private Response refused(HttpExchange ex) {
    String host = ex.getRequestHeaders().getFirst("Host");
    if (loopback && host != null && !loopbackName(host)) {
      return Response.error(403, "this server answers only to localhost");
    }
    String origin = ex.getRequestHeaders().getFirst("Origin");
    boolean reading = ex.getRequestMethod().equals("GET") || ex.getRequestMethod().equals("HEAD");
    if (!reading && origin != null && (host == null || !origin.equals("http://" + host))) {
      return Response.error(403, "cross-origin request refused");
    }
    return null;
  }

  static boolean loopbackName(String hostHeader) {
    String h = hostHeader.toLowerCase(Locale.ROOT).strip();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end > 0 && h.substring(1, end).equals("::1") && portOnly(h.substring(end + 1));
    }
    int colon = h.indexOf(':');
    String name = colon < 0 ? h : h.substring(0, colon);
    return (name.equals("localhost") || name.equals("127.0.0.1"))
        && portOnly(colon < 0 ? "" : h.substring(colon));
  }

  private static boolean portOnly(String rest) {
    return rest.isEmpty() || rest.matches(":\\d{1,5}");
  }
}
