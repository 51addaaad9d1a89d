package org.planscope.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.planscope.format.Message;
import org.planscope.format.Msg;
import org.planscope.model.BlockKind;

/**
 * Optical character recognition of a PDF without a text layer (a scan): each page is rendered
 * with PDFBox at {@value #DPI} dpi in grey and read by the {@code tesseract} command with the
 * simplified-Chinese model ({@code -l chi_sim}; Debian packages {@code tesseract-ocr} and {@code
 * tesseract-ocr-chi-sim}). {@code OMP_THREAD_LIMIT=1}: Tesseract's own threads made it about 4×
 * slower on two cores, and ingest already runs one file per core. Tesseract separates Chinese
 * characters with spaces; those between two CJK characters or punctuation marks are removed.
 *
 * <p>Whether the command and the language are installed is asked once ({@code tesseract
 * --list-langs}). The command is {@code tesseract} on the PATH, or the system property {@value
 * #COMMAND_PROPERTY}. An interrupt (the per-file time limit) kills the running Tesseract.
 */
public final class Ocr {
  /** System property naming the tesseract executable. */
  public static final String COMMAND_PROPERTY = "planscope.tesseract";
  static final String LANGUAGE = "chi_sim";
  static final int DPI = 300;
  private static final long PAGE_TIMEOUT_SECONDS = 600;
  private static final long PROBE_TIMEOUT_SECONDS = 20;
  private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D\\u2026\\u2014]";
  private static final Pattern CJK_GAP = Pattern.compile("(?<=" + CJK + ")[ \\t]+(?=" + CJK + ")");

  private static final Ocr NONE = new Ocr(null);
  /**
   * Folders and Tesseract processes of pages still being read. A run that ends while a worker is
   * stuck on a page (its time limit passed; the JVM does not wait for it) would otherwise leave
   * the page image in the temporary folder and Tesseract running: a shutdown hook removes both.
   */
  private static final Set<Path> LEFT_BEHIND = ConcurrentHashMap.newKeySet();
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      RUNNING.forEach(Process::destroyForcibly);
      LEFT_BEHIND.forEach(Ocr::deleteTree);
    }, "planscope-ocr-cleanup"));
  }
  private static volatile Ocr defaultTesseract;

  private final String command;
  private volatile Optional<Message> missing; // null until probed; empty when available

  private Ocr(String command) {
    this.command = command;
  }

  /** No OCR: a PDF without a text layer is an error. */
  public static Ocr none() {
    return NONE;
  }

  /** Tesseract from the system property {@value #COMMAND_PROPERTY} or the PATH, when installed. */
  public static Ocr tesseract() {
    String cmd = System.getProperty(COMMAND_PROPERTY, "tesseract");
    Ocr o = defaultTesseract;
    if (o == null || !o.command.equals(cmd)) {
      o = new Ocr(cmd);
      defaultTesseract = o;
    }
    return o;
  }

  /** Tesseract run as {@code command}. */
  public static Ocr tesseract(String command) {
    return new Ocr(command);
  }

  /** True when Tesseract runs and has the chi_sim language. */
  public boolean available() {
    return missing().isEmpty();
  }

  /** How to get OCR working (empty when it works). */
  Optional<Message> missing() {
    Optional<Message> m = missing;
    if (m == null) {
      m = command == null ? Optional.of(Msg.OCR_SWITCHED_OFF.with()) : probe();
      missing = m;
    }
    return m;
  }

  private Optional<Message> probe() {
    Process p = null;
    try {
      p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        return Optional.of(Msg.TESSERACT_SILENT.with());
      }
      for (String line : out.split("\\R")) {
        if (line.strip().equals(LANGUAGE)) {
          return Optional.empty();
        }
      }
      return Optional.of(Msg.TESSERACT_LANGUAGE.with(LANGUAGE));
    } catch (IOException e) {
      return Optional.of(Msg.INSTALL_TESSERACT.with());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(Msg.TESSERACT_INTERRUPTED.with());
    } finally {
      if (p != null) {
        p.destroyForcibly();
      }
    }
  }

  /** A description for the plan's warning, e.g. {@code tesseract chi_sim, 300 dpi}. */
  static String engine() {
    return "tesseract " + LANGUAGE + ", " + DPI + " dpi";
  }

  /**
   * Recognises every page of {@code pdf} into {@code out}, one block per line, pages separated
   * by page breaks; returns the number of pages.
   */
  int recognise(byte[] pdf, BlockBuilder out) throws IOException, InterruptedException {
    if (command == null) {
      throw new IllegalStateException("OCR is switched off");
    }
    Path tmp = Files.createTempDirectory("planscope-ocr");
    LEFT_BEHIND.add(tmp);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      int pages = doc.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
        Path png = tmp.resolve("page.png");
        ImageIO.write(image, "png", png.toFile());
        String text = page(png, tmp);
        if (i > 0) {
          out.pageBreak();
        }
        for (String line : text.split("\\R")) {
          out.add(BlockKind.PARAGRAPH, 0, null, CJK_GAP.matcher(line.strip()).replaceAll(""));
        }
      }
      return pages;
    } finally {
      deleteTree(tmp);
      LEFT_BEHIND.remove(tmp);
    }
  }

  private String page(Path png, Path tmp) throws IOException, InterruptedException {
    Path base = tmp.resolve("page");
    Path log = tmp.resolve("tesseract.log");
    ProcessBuilder pb = new ProcessBuilder(command, png.toString(), base.toString(), "-l",
        LANGUAGE, "--psm", "3", "-c", "preserve_interword_spaces=1")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    Process p = pb.start();
    RUNNING.add(p);
    try {
      if (!p.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IOException("tesseract took longer than " + PAGE_TIMEOUT_SECONDS + " s on a page");
      }
      if (p.exitValue() != 0) {
        String why = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "";
        throw new IOException(String.format(Locale.ROOT, "tesseract failed (exit %d)%s",
            p.exitValue(), why.isEmpty() ? "" : ": " + why.lines().reduce((a, b) -> b).orElse("")));
      }
    } finally {
      p.destroyForcibly(); // nothing when it ended; kills it on an interrupt or timeout
      RUNNING.remove(p);
    }
    return Files.readString(tmp.resolve("page.txt"), StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
