package org.planscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** A file's bytes, name, type and hash, for {@link CompositeReader}; each failure its own message. */
public final class FileBytes {
  private FileBytes() {}

  /** True when following {@code path}'s links never reaches a file (ELOOP). */
  static boolean linkLoop(Path path) {
    try {
      path.toRealPath();
      return false;
    } catch (java.nio.file.FileSystemException e) {
      return String.valueOf(e.getReason()).contains("levels of symbolic links");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * True when the name holds characters the platform could not decode from the bytes on disk (it
   * cannot be opened again by that name).
   */
  static boolean undecodableName(Path path) {
    String s = path.toString();
    return s.indexOf('\uFFFD') >= 0 || (!nameEncoding().equalsIgnoreCase("UTF-8")
        && s.indexOf('?') >= 0);
  }

  static String nameEncoding() {
    String e = System.getProperty("sun.jnu.encoding");
    return e == null ? "UTF-8" : e;
  }

  /**
   * The file's bytes, at most {@code maxBytes} (a file that grows while it is read is refused
   * too). A directory, a broken symbolic link, a device or pipe, and a file that cannot be read
   * each get their own message.
   */
  static byte[] readBytes(Path path, long maxBytes) throws ReadException {
    try {
      if (Files.isDirectory(path)) {
        throw new ReadException(path, "is a directory", "give a file, or a folder to the ingest"
            + " command", null);
      }
      if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        if (linkLoop(path)) {
          throw new ReadException(path, "symbolic link loop",
              "the link leads back to itself; point it at the real file", null);
        }
        throw new ReadException(path, "broken symbolic link",
            "it points to " + Files.readSymbolicLink(path) + ", which does not exist", null);
      }
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        throw new ReadException(path, "not a regular file (a device, pipe or socket)",
            "give a file", null);
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(path, size, maxBytes);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        throw tooLarge(path, bytes.length, maxBytes);
      }
      return bytes;
    } catch (NoSuchFileException e) {
      if (undecodableName(path)) {
        throw new ReadException(path, "the file name is not valid " + nameEncoding()
            + " (shown with \uFFFD where its bytes could not be read)",
            "rename the file (e.g. convmv -f GBK -t UTF-8), or run with a locale whose encoding"
                + " the name is in", e);
      }
      throw new ReadException(path, "no such file", "check the path", e);

    } catch (AccessDeniedException e) {
      throw new ReadException(path, "permission denied",
          "check the file's permissions (the user running planscope must be able to read it)", e);
    } catch (java.nio.file.FileSystemException e) {
      if (linkLoop(path)) {
        throw new ReadException(path, "symbolic link loop",
            "the link leads back to itself; point it at the real file", e);
      }
      throw new ReadException(path, "cannot read: " + (e.getReason() != null ? e.getReason()
          : e.getMessage()), null, e);
    } catch (IOException e) {
      throw new ReadException(path, "cannot read: " + e.getMessage(), null, e);
    }
  }

  private static ReadException tooLarge(Path path, long size, long max) {
    return new ReadException(path, String.format(Locale.ROOT,
        "the file is too large: %.1f MB (the limit is %d MB)", size / 1048576.0, max >> 20),
        "is it one plan? raise --max-size to read it anyway", null);
  }

  static String extension(Path path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String fileName(Path path) {
    Path f = path.getFileName();
    return f == null ? path.toString() : f.toString();
  }

  /** The sha256 of a file's bytes, read as a stream (whatever its size). */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
