package org.planscope.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.planscope.format.Msg;

/**
 * Type sniffing for {@link CompositeReader}: what the first bytes of a file say it is, and the
 * refusal, before any parser sees it, of content that cannot be what its extension says.
 */
final class Sniffer {
  /** Types decoded as text; their magic bytes are not trusted. */
  static final Set<String> PLAIN = Set.of("txt", "text", "md", "markdown");
  private static final int SNIFF_BYTES = 8192;
  private static final String ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

  private Sniffer() {}

  /**
   * The format from the first bytes (the extension only decides between HTML and anything else):
   * building one format's parser takes milliseconds, Tika's auto-detecting parser over a second.
   * Plain-text types are not sniffed ({@link Format#TEXT}).
   */
  static Format sniff(byte[] b, String ext) {
    if (PLAIN.contains(ext)) {
      return Format.TEXT;
    }
    // a PDF may have a few bytes of junk before its header; PDFBox finds it
    if (startsWith(b, "%PDF") || (ext.equals("pdf") && indexOf(b, "%PDF-", 1024) >= 0)) {
      return Format.PDF;
    }
    if (startsWith(b, "{\\rtf")) {
      return Format.RTF;
    }
    if (isOle2(b)) {
      return Format.OLE2; // .doc, or an encrypted .docx
    }
    if (isZip(b)) {
      return Format.OOXML;
    }
    if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
      return Format.HTML;
    }
    return Format.OTHER;
  }

  /** What the first bytes say the content is, for a message; null when they say nothing. */
  static Msg describe(byte[] b) {
    if (indexOf(b, "%PDF-", 1024) >= 0) {
      return Msg.KIND_PDF;
    }
    if (isZip(b)) {
      return Msg.KIND_ZIP;
    }
    if (isOle2(b)) {
      return encryptedPackage(b) ? Msg.KIND_ENCRYPTED_OFFICE
          : Msg.KIND_OLD_OFFICE;
    }
    if (startsWith(b, "{\\rtf")) {
      return Msg.KIND_RTF;
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0x89 && startsWith(Arrays.copyOfRange(b, 1, 4), "PNG")) {
      return Msg.KIND_PNG;
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return Msg.KIND_JPEG;
    }
    if (startsWith(b, "GIF8")) {
      return Msg.KIND_GIF;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
      return Msg.KIND_GZIP;
    }
    if (startsWith(b, "Rar!")) {
      return Msg.KIND_RAR;
    }
    if (b.length >= 4 && b[0] == 0x7F && startsWith(Arrays.copyOfRange(b, 1, 4), "ELF")) {
      return Msg.KIND_PROGRAM;
    }
    String text = TextDecoder.decode(head(b)).text().stripLeading().toLowerCase(Locale.ROOT);
    if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<body")) {
      return Msg.KIND_WEB_PAGE;
    }
    if (text.startsWith("<?xml")) {
      return Msg.KIND_XML;
    }
    if (!TextDecoder.binary(text)) {
      return Msg.KIND_TEXT;
    }
    return null;
  }

  /**
   * Refuses content that cannot be what the extension says before a parser sees it: a .pdf
   * without a PDF header (often a web page saved under the PDF's name), binary data under a Word,
   * RTF or web-page name, and an encrypted Office package (an OLE2 file holding {@code
   * EncryptedPackage}), which gets the same message as a password-protected PDF.
   */
  static void checkContent(Path path, String ext, Format format, byte[] bytes)
      throws ReadException {
    if (format == Format.OLE2 && encryptedPackage(bytes)) {
      throw ReadException.passwordProtected(path, null);
    }
    Msg expected = switch (ext) {
      case "pdf" -> Msg.A_PDF_FILE;
      case "doc", "docx" -> Msg.A_WORD_FILE;
      case "rtf" -> Msg.AN_RTF_FILE;
      default -> Msg.A_WEB_PAGE;
    };
    if (format == Format.PDF && indexOf(bytes, "%%EOF", bytes.length, 1024) < 0) {
      // PDFBox reads a cut PDF as far as it goes, often as pages without text: "a scan"
      throw new ReadException(path, Msg.PDF_CUT_SHORT.with(), Msg.SAVE_AGAIN.with(), null);
    }
    boolean textLike = format == Format.HTML || format == Format.OTHER;
    if (textLike && (ext.equals("pdf")
        || TextDecoder.binary(TextDecoder.decode(head(bytes)).text()))) {
      Msg kind = describe(bytes);
      throw new ReadException(path, kind == null ? Msg.NOT_OF_UNKNOWN_KIND.with(expected)
              : Msg.NOT_OF_KIND.with(expected, kind),
          (ext.equals("pdf") && kind == Msg.KIND_WEB_PAGE ? Msg.ERROR_PAGE : Msg.WRONG_EXTENSION)
              .with(), null);
    }
  }

  static byte[] head(byte[] bytes) {
    return bytes.length <= SNIFF_BYTES ? bytes : Arrays.copyOf(bytes, SNIFF_BYTES);
  }

  /** An OLE2 container holding an encrypted OOXML package (a .docx with a password). */
  static boolean encryptedPackage(byte[] b) {
    return isOle2(b) && indexOf(b, ENCRYPTED_PACKAGE, b.length) >= 0;
  }

  /** Index of an ASCII (or Latin-1 byte) string in the first {@code limit} bytes, or -1. */
  static int indexOf(byte[] b, String s, int limit) {
    return indexOf(b, s, limit, b.length);
  }

  /** Index of the string among bytes {@code [limit - window, limit)}, or -1. */
  static int indexOf(byte[] b, String s, int limit, int window) {
    int end = Math.min(b.length, limit) - s.length();
    outer:
    for (int i = Math.max(0, Math.min(b.length, limit) - window); i <= end; i++) {
      for (int j = 0; j < s.length(); j++) {
        if (b[i + j] != (byte) s.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static boolean isOle2(byte[] b) {
    return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF
        && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
  }

  static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private static boolean startsWith(byte[] b, String ascii) {
    if (b.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (b[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String utf16le(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c).append('\0');
    }
    return out.toString();
  }
}
