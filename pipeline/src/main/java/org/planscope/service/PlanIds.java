package org.planscope.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * One identity per plan, derived once from its file and used everywhere: as the plan's {@code id}
 * (search hits, the web's addresses, the audit) and, with the file's extension, as the name of
 * its JSON file ({@code <id>.<ext>.json}).
 *
 * <p>The id is the file name without its extension ({@code 某县妇女发展规划}) when that is unique.
 * Files that share it ({@code a/same.txt} and {@code b/same.txt}, {@code plan.txt} and {@code
 * plan.docx}), or a name already published for another source, get the readable stem, a dash and
 * eight hex digits of the SHA-256 of the file's absolute path: {@code same-3f2a9c1b}. A name
 * too long for a file system (255 bytes) is shortened the same way, so {@code <id>.<ext>.json}
 * and its temporary names always fit.
 */
public final class PlanIds {
  /** The longest JSON file name, in UTF-8 bytes: room for the temporaries' prefix and suffix. */
  public static final int MAX_NAME_BYTES = 200;

  private PlanIds() {}

  /** An id and a JSON name per file. */
  public record Id(String id, String jsonName) {}

  /**
   * Ids for a batch of files. {@code takenByOther} says whether a JSON name is already used by a
   * plan of another source (the data folder's current generation); it may be {@code (f, id) -> false}.
   */
  public static Map<Path, Id> assign(List<Path> files, BiPredicate<Path, Id> takenByOther) {
    Map<String, Integer> stems = new HashMap<>();
    for (Path f : files) {
      stems.merge(stem(f), 1, Integer::sum);
    }
    Map<Path, Id> out = new LinkedHashMap<>();
    for (Path f : files) {
      Id plain = of(f, false);
      boolean shared = stems.get(stem(f)) > 1;
      out.put(f, shared || takenByOther.test(f, plain) ? of(f, true) : plain);
    }
    return out;
  }

  /** The id of one file alone (as {@code extract} names it). */
  static Id of(Path file, boolean qualified) {
    String stem = stem(file);
    String ext = extension(file);
    String suffix = (ext.isEmpty() ? "" : "." + ext) + ".json";
    String hash = "-" + pathHash(file);
    if (!qualified && bytes(stem + suffix) <= MAX_NAME_BYTES) {
      return new Id(stem, stem + suffix);
    }
    String id = fit(stem, MAX_NAME_BYTES - bytes(hash + suffix)) + hash;
    return new Id(id, id + suffix);
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1) : "";
  }

  /** The longest prefix of {@code s} (whole code points) of at most {@code max} UTF-8 bytes. */
  static String fit(String s, int max) {
    int end = 0;
    int used = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int n = bytes(new String(Character.toChars(cp)));
      if (used + n > max) {
        break;
      }
      used += n;
      end += Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String pathHash(Path file) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(
          file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
