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
import org.planscope.format.Msg;

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
        throw new ReadException(path, Msg.IS_DIRECTORY.with(), Msg.GIVE_FILE_OR_INGEST.with(), null);
      }
      if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        if (linkLoop(path)) {
          throw new ReadException(path, Msg.LINK_LOOP.with(), Msg.LINK_LEADS_BACK.with(), null);
        }
        throw new ReadException(path, Msg.BROKEN_LINK.with(),
            Msg.POINTS_TO_NOTHING.with(Files.readSymbolicLink(path)), null);
      }
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        throw new ReadException(path, Msg.NOT_REGULAR.with(), Msg.GIVE_FILE.with(), null);
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
        throw new ReadException(path, Msg.BAD_FILE_NAME.with(nameEncoding()),
            Msg.RENAME_FILE.with(), e);
      }
      throw new ReadException(path, Msg.NO_SUCH_FILE.with(), Msg.CHECK_PATH.with(), e);

    } catch (AccessDeniedException e) {
      throw new ReadException(path, Msg.PERMISSION_DENIED.with(), Msg.CHECK_PERMISSIONS.with(), e);
    } catch (java.nio.file.FileSystemException e) {
      if (linkLoop(path)) {
        throw new ReadException(path, Msg.LINK_LOOP.with(), Msg.LINK_LEADS_BACK.with(), e);
      }
      throw new ReadException(path, Msg.CANNOT_READ.with(e.getReason() != null ? e.getReason()
          : e.getMessage()), null, e);
    } catch (IOException e) {
      throw new ReadException(path, Msg.CANNOT_READ.with(e.getMessage()), null, e);
    }
  }

  private static ReadException tooLarge(Path path, long size, long max) {
    return new ReadException(path, Msg.TOO_LARGE.with(size / 1048576.0, max >> 20),
        Msg.RAISE_MAX_SIZE.with(), null);
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
