package org.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.HangGuard;

/** {@code planscope serve} as a person starts it: prints its address, answers, stops. */
class ServeCommandTest {
  @Test
  void servesOnLoopbackUntilInterrupted(@TempDir Path data) throws Exception {
    // the address line opens a latch as it is printed: no polling, no guess at how long start-up takes
    Pattern url = Pattern.compile("^planscope：正在提供服务：(http://127\\.0\\.0\\.1:\\d+/)（数据目录："
        + Pattern.quote(data.toString()) + "）；按 Ctrl-C 停止\n", Pattern.MULTILINE);
    CountDownLatch printed = new CountDownLatch(1);
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        super.write(b, off, len);
        if (url.matcher(toString(StandardCharsets.UTF_8)).find()) {
          printed.countDown();
        }
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicInteger code = new AtomicInteger(-1);
    Thread t = new Thread(() -> code.set(Main.run(
        new String[] {"serve", "--port", "0", "--data", data.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), null)));
    t.start();
    assertTrue(printed.await(HangGuard.seconds(), TimeUnit.SECONDS), "no address printed: " + out + err);
    Matcher m = url.matcher(out.toString(StandardCharsets.UTF_8));
    assertTrue(m.find());
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(m.group(1) + "api/plans")).timeout(HangGuard.LIMIT).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals("{\"plans\":[]}", r.body());
    t.interrupt();
    t.join(HangGuard.LIMIT.toMillis());
    assertTrue(!t.isAlive(), "serve did not stop on the interrupt");
    assertEquals(0, code.get(), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aBadPortIsAUsageError() {
    for (String lang : new String[] {null, "en"}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(new String[] {"serve", "--port", "70000"},
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), lang);
      assertEquals(2, code);
      String first = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
      assertEquals(lang == null ? "--port 须在 0…65535 之间，而不是 70000"
          : "--port must be 0…65535, not 70000", first);
    }
  }
}
