package org.planscope.web;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.planscope.json.ApiJson;

/**
 * The public port. The JDK's {@code HttpServer} answers a request line it cannot parse with its
 * own HTML page, without our security headers, and offers no hook to change that; so this
 * listener reads every request head itself ({@link RequestHead}), answers a malformed one with
 * our JSON 400 (every security header, {@code Connection: close}), and relays good requests over
 * one loopback connection per client connection to the JDK server, which does all the rest.
 *
 * <p>The head must arrive whole within the header timeout; a body may pause up to the response
 * timeout between reads. Connections are bounded in all and per client address. The JDK server
 * learns the real client address through {@link #clientOf}, keyed by the relay's local port;
 * a connection to it that did not come through here has no client and is refused.
 */
final class FrontDoor implements AutoCloseable {
  /** Open connections one client address may hold; more are answered 429 and closed. */
  static final int MAX_PER_CLIENT_CONNECTIONS = 100;
  /** How long a refused client is given to read our answer before its connection is closed. */
  private static final int LINGER_MILLIS = 2000;

  private final ServerSocket listener;
  private final InetSocketAddress backend;
  private final int maxConnections;
  private final int headerMillis;
  private final int responseMillis;
  private final ExecutorService threads;
  private final Map<Integer, String> relayed = new ConcurrentHashMap<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ClientLimit perClient = new ClientLimit(MAX_PER_CLIENT_CONNECTIONS);
  private final AtomicInteger count = new AtomicInteger();
  private final Thread acceptor;
  private volatile boolean closed;

  FrontDoor(InetSocketAddress bind, InetSocketAddress backend, int maxConnections,
      int headerSeconds, int responseSeconds) throws IOException {
    this.listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(bind, 64);
    this.backend = backend;
    this.maxConnections = maxConnections;
    this.headerMillis = headerSeconds * 1000;
    this.responseMillis = responseSeconds * 1000;
    AtomicInteger n = new AtomicInteger();
    // two threads per open connection: the client's requests, and the answers back to it
    ThreadPoolExecutor pool = new ThreadPoolExecutor(2 * maxConnections + 4, 2 * maxConnections + 4,
        30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "planscope-front-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    this.threads = pool;
    this.acceptor = new Thread(this::acceptLoop, "planscope-accept");
    acceptor.setDaemon(true);
  }

  void start() {
    acceptor.start();
  }

  InetSocketAddress address() {
    return (InetSocketAddress) listener.getLocalSocketAddress();
  }

  /** The client behind a connection the JDK server got from here, or null when there is none. */
  String clientOf(InetSocketAddress relayEnd) {
    return relayEnd == null ? null : relayed.get(relayEnd.getPort());
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : open) {
      quietClose(s);
    }
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      if (count.incrementAndGet() > maxConnections) {
        count.decrementAndGet();
        quietClose(client);
        continue;
      }
      open.add(client);
      try {
        threads.execute(() -> serve(client));
      } catch (RejectedExecutionException e) {
        release(client, null);
      }
    }
  }

  private void release(Socket client, String address) {
    quietClose(client);
    open.remove(client);
    count.decrementAndGet();
    if (address != null) {
      perClient.leave(address);
    }
  }

  private void serve(Socket client) {
    String address = client.getInetAddress().getHostAddress();
    if (!perClient.enter(address)) {
      refuse(client, 429, "同一地址的连接过多，请稍后再试（too many connections from one address）");
      release(client, null);
      return;
    }
    Relay relay = null;
    try {
      client.setTcpNoDelay(true);
      RequestHead.Input in = new RequestHead.Input(client);
      while (true) {
        in.deadline(headerMillis);
        RequestHead head = RequestHead.read(in);
        if (head == null) {
          break;
        }
        if (relay == null) {
          relay = new Relay(client, address);
        }
        if (!relay.forward(head, in)) {
          break;
        }
      }
    } catch (RequestHead.Malformed e) {
      if (relay != null) {
        relay.finish(); // the answers to earlier requests go out before ours
      }
      refuse(client, 400, "请求格式错误：" + e.getMessage());
    } catch (IOException e) {
      // a timeout, or the client went away: close, as the JDK server does
    } finally {
      if (relay != null) {
        relay.close();
      }
      release(client, address);
    }
  }

  /** Our own answer with every security header, then a lingering close so the client reads it. */
  private void refuse(Socket client, int status, String message) {
    try {
      byte[] body = ApiJson.error(message).getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status)
          .append(status == 400 ? " Bad Request" : " Too Many Requests").append("\r\n");
      head.append("Content-Type: ").append(Response.JSON).append("\r\n");
      head.append("Content-Length: ").append(body.length).append("\r\n");
      for (Map.Entry<String, String> h : Http.SECURITY_HEADERS.entrySet()) {
        head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      OutputStream out = client.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      client.shutdownOutput();
      client.setSoTimeout(LINGER_MILLIS);
      InputStream in = client.getInputStream();
      byte[] skip = new byte[16 * 1024];
      long until = System.nanoTime() + LINGER_MILLIS * 1_000_000L;
      while (in.read(skip) >= 0 && System.nanoTime() < until) {
        // drop what the client still sends until it closes
      }
    } catch (IOException e) {
      // the client went away or did not close in time
    }
  }

  private static void quietClose(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing to do
    }
  }

  /** One client connection's loopback connection to the JDK server, and the answers pumped back. */
  private final class Relay {
    private final Socket client;
    private final Socket server;
    private final Sink sink;
    private final OutputStream toServer;
    private final CountDownLatch answered = new CountDownLatch(1);
    private volatile boolean finishing;

    Relay(Socket client, String address) throws IOException {
      this.client = client;
      this.server = new Socket();
      server.setTcpNoDelay(true);
      try {
        server.connect(backend, responseMillis);
      } catch (IOException e) {
        server.close();
        throw e;
      }
      relayed.put(server.getLocalPort(), address);
      open.add(server);
      this.sink = new Sink(server.getOutputStream());
      this.toServer = new BufferedOutputStream(sink, 16 * 1024);
      try {
        threads.execute(this::pumpAnswers);
      } catch (RejectedExecutionException e) {
        close();
        throw new SocketException("shutting down");
      }
    }

    /** Relays one request; false when the server no longer takes requests on this connection. */
    boolean forward(RequestHead head, RequestHead.Input in) throws IOException, RequestHead.Malformed {
      in.idle(responseMillis);
      in.passOnTo(toServer);
      try {
        toServer.write(head.bytes());
        if (head.chunked()) {
          in.copyChunked(toServer);
        } else {
          in.copy(head.contentLength(), toServer);
        }
        toServer.flush();
        return true;
      } catch (IOException e) {
        if (sink.failed) {
          return false; // the server closed (e.g. after refusing a large upload): its answer goes out
        }
        throw e;
      } finally {
        in.passOnTo(null);
      }
    }

    private void pumpAnswers() {
      byte[] buf = new byte[16 * 1024];
      try {
        InputStream in = server.getInputStream();
        OutputStream out = client.getOutputStream();
        for (int n; (n = in.read(buf)) >= 0; ) {
          out.write(buf, 0, n);
        }
        if (!finishing) {
          client.shutdownOutput(); // the server closed: so do we, once the client has read it all
        }
      } catch (IOException e) {
        // either side went away
      } finally {
        answered.countDown();
      }
    }

    /** No more requests: lets the server answer those it has, and waits until they are sent. */
    void finish() {
      finishing = true;
      try {
        toServer.flush();
        server.shutdownOutput();
      } catch (IOException e) {
        // the server is gone already
      }
      try {
        answered.await(responseMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void close() {
      if (!server.isClosed()) {
        finish();
      }
      relayed.remove(server.getLocalPort());
      open.remove(server);
      quietClose(server);
    }
  }

  /** The stream to the JDK server, which remembers that writing to it failed. */
  private static final class Sink extends FilterOutputStream {
    private volatile boolean failed;

    Sink(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }
  }
}
