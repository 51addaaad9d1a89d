package org.planscope.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list numbers of an RTF file. Word writes each numbered paragraph's rendered number into a
 * {@code {\listtext …}} group (一、, （一）, ①); Tika's RTF parser drops the group and emits a
 * bare {@code <li>}, so the numbers are read here, in document order.
 */
final class RtfListLabels implements ListLabels {
  private static final Pattern CODEPAGE = Pattern.compile("\\\\ansicpg(\\d+)");
  private static final String GROUP = "{\\listtext";

  private static final Pattern ILVL = Pattern.compile("\\\\ilvl(\\d+)");

  /** A list paragraph's rendered number and its list level (0 = outermost). */
  record Label(String text, int level) {}

  private final List<Label> labels;

  private RtfListLabels(List<Label> labels) {
    this.labels = labels;
  }

  /** The file's list numbers, for {@link ParagraphHandler}. */
  static ListLabels of(byte[] rtf) {
    return new RtfListLabels(labels(rtf));
  }

  @Override
  public boolean numbersItems() {
    return true;
  }

  /** Gives the RTF list items their rendered numbers, when there is one number per item. */
  @Override
  public void apply(List<ParagraphHandler.Pending> pending) {
    if (labels.isEmpty()
        || pending.stream().filter(ParagraphHandler.Pending::itemStart).count() != labels.size()) {
      return;
    }
    int next = 0;
    for (int i = 0; i < pending.size(); i++) {
      ParagraphHandler.Pending p = pending.get(i);
      if (p.itemStart()) {
        Label l = labels.get(next++);
        String text = l.text().isEmpty() || p.text().startsWith(l.text()) ? p.text()
            : l.text() + p.text();
        pending.set(i, new ParagraphHandler.Pending(p.kind(), l.level(),
            l.text().isEmpty() ? null : l.text(), text, p.page(), p.strongRoot(), p.weakRoot(),
            true));
      }
    }
  }

  /** The rendered label of every {@code \listtext} group, in order (trimmed, tab dropped). */
  static List<Label> labels(byte[] rtf) {
    String s = new String(rtf, StandardCharsets.ISO_8859_1); // RTF is 7-bit; bytes stay bytes
    List<Label> out = new ArrayList<>();
    Charset cs = codepage(s);
    for (int at = s.indexOf(GROUP); at >= 0; at = s.indexOf(GROUP, at + 1)) {
      // the level is a paragraph property: \\ilvlN after the paragraph's \\pard
      int pard = Math.max(0, s.lastIndexOf("\\pard", at));
      Matcher m = ILVL.matcher(s).region(pard, at);
      int level = 0;
      while (m.find()) {
        level = Integer.parseInt(m.group(1));
      }
      out.add(new Label(decode(s, at + 1, cs).strip(), level));
    }
    return out;
  }

  private static Charset codepage(String s) {
    Matcher m = CODEPAGE.matcher(s.substring(0, Math.min(s.length(), 2000)));
    if (!m.find()) {
      return Charset.forName("windows-1252");
    }
    String cp = m.group(1);
    try {
      return switch (cp) {
        case "936" -> Charset.forName("GBK");
        case "950" -> Charset.forName("Big5");
        case "65001" -> StandardCharsets.UTF_8;
        default -> Charset.forName("windows-" + cp);
      };
    } catch (IllegalArgumentException e) {
      return Charset.forName("windows-1252");
    }
  }

  /** The text of the group that starts at {@code from} (just inside its brace). */
  private static String decode(String s, int from, Charset cs) {
    StringBuilder text = new StringBuilder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int depth = 1;
    int uc = 1; // characters that stand in for each \\u character
    int skipAfterUnicode = 0;
    int i = from;
    while (i < s.length() && depth > 0) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
        i++;
      } else if (c == '}') {
        depth--;
        i++;
      } else if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == '\'' && i + 3 < s.length()) {
          if (skipAfterUnicode > 0) {
            skipAfterUnicode--;
          } else {
            bytes.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
          }
          i += 4;
        } else if (Character.isLetter(n)) {
          int j = i + 1;
          while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
          }
          String word = s.substring(i + 1, j);
          int k = j;
          if (k < s.length() && (s.charAt(k) == '-' || Character.isDigit(s.charAt(k)))) {
            k++;
            while (k < s.length() && Character.isDigit(s.charAt(k))) {
              k++;
            }
          }
          String param = s.substring(j, k);
          if (k < s.length() && s.charAt(k) == ' ') {
            k++;
          }
          if (word.equals("uc") && !param.isEmpty()) {
            uc = Math.max(0, Integer.parseInt(param));
          } else if (word.equals("u") && !param.isEmpty()) {
            flush(bytes, text, cs);
            int cp = Integer.parseInt(param);
            text.append((char) (cp < 0 ? cp + 65536 : cp));
            skipAfterUnicode = uc;
          }
          i = k;
        } else {
          if (n == '{' || n == '}' || n == '\\') {
            flush(bytes, text, cs);
            text.append(n);
          }
          i += 2;
        }
      } else {
        if (c != '\r' && c != '\n') {
          if (skipAfterUnicode > 0) {
            skipAfterUnicode--;
          } else {
            flush(bytes, text, cs);
            text.append(c);
          }
        }
        i++;
      }
    }
    flush(bytes, text, cs);
    return text.toString();
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder text, Charset cs) {
    if (bytes.size() > 0) {
      text.append(new String(bytes.toByteArray(), cs));
      bytes.reset();
    }
  }
}
