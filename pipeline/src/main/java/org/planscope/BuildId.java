package org.planscope;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which build of the extractors produced a plan: {@code version@hash}, the hash (SHA-256, 16 hex
 * digits) taken over the content of the code ({@code org/planscope/**}), the data in {@code
 * models/**} and {@code planscope-build.properties} (the version and the versions of the
 * libraries that shape extraction), as they are on the classpath. Never a time: two builds of the
 * same sources give the same id, so the plans they stored stay valid; a changed class, lexicon or
 * library version gives another, and ingest extracts again.
 *
 * <p>The same content hashes the same from the build's classes folder and from the shaded jar:
 * entries are taken by their path inside the archive, sorted, each as its path, a NUL and its
 * bytes.
 */
public final class BuildId {
  static final String PROPERTIES = "planscope-build.properties";
  private static final List<String> PREFIXES = List.of("org/planscope/", "models/");

  private BuildId() {}

  /** The id of the code this class was loaded from; {@code version@unknown} when unreadable. */
  static String ofRunningCode() {
    String version = "dev";
    try (InputStream in = BuildId.class.getResourceAsStream("/" + PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        version = p.getProperty("version", version);
      }
    } catch (IOException e) {
      // the version is only a label; the hash decides
    }
    try {
      Path where = Path.of(BuildId.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      return version + "@" + hash(where);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // no id: every ingest extracts again, which is always correct
      return version + "@unknown";
    }
  }

  /** The content hash of a classes folder or a jar (16 hex digits). */
  public static String hash(Path classesOrJar) throws IOException {
    MessageDigest sha = sha256();
    if (Files.isDirectory(classesOrJar)) {
      List<String> names = new ArrayList<>();
      try (Stream<Path> s = Files.walk(classesOrJar)) {
        s.filter(Files::isRegularFile).forEach(p -> {
          String name = classesOrJar.relativize(p).toString().replace('\\', '/');
          if (counts(name)) {
            names.add(name);
          }
        });
      }
      Collections.sort(names);
      for (String name : names) {
        add(sha, name, Files.readAllBytes(classesOrJar.resolve(name)));
      }
    } else {
      try (JarFile jar = new JarFile(classesOrJar.toFile())) {
        List<JarEntry> entries = new ArrayList<>(jar.stream()
            .filter(e -> !e.isDirectory() && counts(e.getName())).toList());
        entries.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (JarEntry e : entries) {
          try (InputStream in = jar.getInputStream(e)) {
            add(sha, e.getName(), in.readAllBytes());
          }
        }
      }
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  static boolean counts(String name) {
    return name.equals(PROPERTIES) || PREFIXES.stream().anyMatch(name::startsWith);
  }

  private static void add(MessageDigest sha, String name, byte[] bytes) {
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) 0);
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
