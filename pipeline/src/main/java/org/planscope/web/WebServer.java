package org.planscope.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.planscope.Pipeline;
import org.planscope.ingest.CompositeReader;
import org.planscope.service.DataFolder;

/**
 * {@code planscope serve}: the page at {@code /} and the JSON API at {@code /api/} on the JDK's
 * {@code HttpServer}, behind a {@link FrontDoor} on the public address (127.0.0.1 unless
 * configured otherwise) that answers malformed request heads itself.
 *
 * <p>Every answer is built whole before it is sent: an {@link ApiException} becomes its status
 * with {@code {"error": message}}, any other failure a 500 {@code {"error": "internal error"}}
 * (the cause goes to stderr, never to the client). On a loopback address, requests whose
 * {@code Host} is not a loopback name are refused (DNS rebinding), and so are POSTs whose
 * {@code Origin} is another site.
 */
public final class WebServer implements AutoCloseable {
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;
  /** Open connections the server keeps at most; a connection beyond is closed at once. */
  static final int MAX_CONNECTIONS = 200;
  /** Seconds a client has to send the request line and headers. */
  static final int HEADER_SECONDS = 20;
  /** Seconds a client has to take an answer (and the server to drop an unread body). */
  static final int RESPONSE_SECONDS = 60;
  /** Requests one client address may have in progress at once; more get 429. */
  static final int MAX_PER_CLIENT = 16;
  /** Bodies of refused requests drained at once (the others are not drained: the connection closes). */
  private static final int MAX_DRAINING = 4;

  static {
    // The JDK server reads its limits once, when it is first used: set ours unless given.
    setDefault("jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS));
    setDefault("sun.net.httpserver.maxReqTime", String.valueOf(HEADER_SECONDS));
    setDefault("sun.net.httpserver.maxRspTime", String.valueOf(RESPONSE_SECONDS));
    setDefault("sun.net.httpserver.maxReqHeaders", "100");
    setDefault("sun.net.httpserver.maxReqHeaderSize", String.valueOf(64 * 1024));
    // answers go out at once: without it the body waits for the ACK of the headers (40 ms on a
    // kept-alive connection, where the client delays its ACKs)
    setDefault("sun.net.httpserver.nodelay", "true");
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private final HttpServer server;
  private final FrontDoor front;
  private final ExecutorService executor;
  private final Backends backends;
  private final Api api;
  private final StaticFiles page;
  private final Uploads uploads;
  private final boolean loopback;
  private final ClientLimit clients = new ClientLimit(MAX_PER_CLIENT);
  private final Semaphore draining = new Semaphore(MAX_DRAINING);

  private WebServer(WebConfig config) throws IOException {
    InetAddress address = InetAddress.getByName(config.host());
    this.loopback = address.isLoopbackAddress();
    this.backends = config.backends();
    this.page = new StaticFiles();
    CompositeReader reader = new CompositeReader();
    // absolute, so the plans record where their sources are whatever folder reads them later
    DataFolder folder = DataFolder.at(config.data().toAbsolutePath().normalize());
    PlanStore store = new PlanStore(folder);
    this.uploads = new Uploads(folder.uploadsDir(), store, new Pipeline(reader),
        backends.onPlanAdded(), config.maxUploadBytes());
    this.api = new Api(store, new SourceTexts(reader), uploads, backends, config.maxUploadBytes(),
        new MonitorService(store, config.actuals(), config.maxUploadBytes()));
    // the JDK server listens on loopback only; the public port is ours, to check each request head
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    this.front = new FrontDoor(new InetSocketAddress(address, config.port()), server.getAddress(),
        MAX_CONNECTIONS, HEADER_SECONDS, RESPONSE_SECONDS);
    AtomicInteger n = new AtomicInteger();
    // One thread per open connection at most: a thread reading a slow client's headers waits on
    // that client alone (until the header timeout closes it), never in front of other requests.
    // Heavy work is bounded separately (uploads: their own pool; audit: once per generation).
    ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_CONNECTIONS + 8, MAX_CONNECTIONS + 8,
        30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "planscope-web-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    this.executor = pool;
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** Binds and starts serving; the caller stops the server with {@link #close()}. */
  public static WebServer start(WebConfig config) throws IOException {
    WebServer s = new WebServer(config);
    s.server.start();
    s.front.start();
    return s;
  }

  public int port() {
    return front.address().getPort();
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    InetAddress a = front.address().getAddress();
    String host = a.isAnyLocalAddress() ? "127.0.0.1" : a.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port() + "/";
  }

  @Override
  public void close() {
    front.close();
    server.stop(0);
    executor.shutdownNow();
    uploads.close();
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
    String client = front.clientOf(ex.getRemoteAddress());
    boolean admitted = false;
    try {
      r = client == null ? Response.error(403, "请通过公开端口访问（connect through the public port）")
          : refused(ex);
      if (r == null) {
        admitted = clients.enter(client);
        if (!admitted) {
          throw new ApiException(429, "too many requests at once from one address; try again");
        }
        r = path.equals("/api") || path.startsWith("/api/") ? api.handle(ex) : page.handle(method, path);
      }
    } catch (ApiException e) {
      r = Response.error(e.status(), e.getMessage());
      if (e.status() == 413 || e.status() == 429 || e.status() == 503) {
        // let the client finish sending, so it reads the answer; a few at a time, the rest are cut
        if (e.status() == 413 && declaredAtMost(ex, DRAIN_LIMIT) && draining.tryAcquire()) {
          try {
            Http.drain(ex, DRAIN_LIMIT);
          } finally {
            draining.release();
          }
        }
        close = true;
      }
    } catch (Throwable t) {
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      System.err.println("planscope serve: internal error on " + method + " " + path + ": " + t);
      r = Response.error(500, "internal error");
    } finally {
      if (admitted) {
        clients.leave(client);
      }
    }
    try {
      Http.send(ex, r, close);
    } catch (IOException e) {
      // the client went away
    } finally {
      ex.close();
    }
  }

  private static boolean declaredAtMost(HttpExchange ex, long max) {
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    try {
      return declared != null && Long.parseLong(declared.trim()) <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * A refusal for a request from another site, or null when the request may proceed. Writes
   * (POST) and every API call (some GETs make the server work: search, compare, audit) must come
   * from our own page or from no page at all: a browser names the page's site in {@code Origin}
   * and {@code Sec-Fetch-Site}.
   */
  private Response refused(HttpExchange ex) {
    String host = ex.getRequestHeaders().getFirst("Host");
    if (loopback && host != null && !loopbackName(host)) {
      return Response.error(403, "this server answers only to localhost");
    }
    String origin = ex.getRequestHeaders().getFirst("Origin");
    boolean reading = ex.getRequestMethod().equals("GET") || ex.getRequestMethod().equals("HEAD");
    boolean api = ex.getRequestURI().getRawPath().startsWith("/api");
    if ((!reading || api) && origin != null && (host == null || !origin.equals("http://" + host))) {
      return Response.error(403, "cross-origin request refused");
    }
    String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
    if (api && site != null && !site.equals("same-origin") && !site.equals("none")) {
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
