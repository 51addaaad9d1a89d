package org.planscope.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * The list numbers of a Word 97–2003 file (.doc) in the numerals Word shows. Tika prints each list
 * paragraph's number before its text, but counts only in decimal, roman and letters: a level Word
 * numbers 一、 or （一） or ① comes out as {@code 1、 } {@code （1） } {@code 1 }, and a plan's
 * chapters then look like its items. This class reads every list paragraph's level text and the
 * number formats of the levels it names from the file (with HWPF, the reader Tika itself uses for
 * .doc), and puts the right numerals back into the paragraphs Tika printed, in order. Tika's
 * counting stays: only the rendering of each number changes. A paragraph that does not start with
 * the number its list paragraph should have is left as it is.
 */
final class DocListLabels implements ListLabels {
  /** Word's number formats by their code in a .doc (the order of ECMA-376's ST_NumberFormat). */
  private static final String[] FORMATS = {"decimal", "upperRoman", "lowerRoman", "upperLetter",
      "lowerLetter", "ordinal", "cardinalText", "ordinalText", "hex", "chicago",
      "ideographDigital", "japaneseCounting", "aiueo", "iroha", "decimalFullWidth",
      "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand", "decimalEnclosedCircle",
      "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet", "ganada",
      "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
      "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac",
      "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
      "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting",
      "chineseLegalSimplified", "chineseCountingThousand"};
  /** A list paragraph may be missing from Tika's text (a bullet it prints its own way): look on. */
  private static final int LOOKAHEAD = 8;
  /** How much of a list paragraph's own text must follow its number in Tika's text. */
  private static final int START = 4;

  /**
   * One list paragraph: its level text (level references as chars 0–8), the levels' formats, the
   * first characters of its text (empty when it starts with a field or a picture), and the
   * pattern of its number as Tika prints it.
   */
  record Entry(String template, int[] formats, String start, Pattern printed) {
    static Entry of(String template, int[] formats, String start) {
      StringBuilder regex = new StringBuilder("^");
      for (char c : template.toCharArray()) {
        if (c < 9) {
          regex.append(rerender(formats[c]) ? "(\\d{1,4})" : "(\\S{1,8}?)");
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return new Entry(template, formats, start, Pattern.compile(regex.append("\\s*").toString()));
    }

    /**
     * The text with its printed number re-rendered; the text itself when there is nothing to
     * change; null when it is not this list paragraph's (another number or another text).
     */
    String relabel(String text) {
      Matcher m = printed.matcher(text);
      if (!m.lookingAt() || !text.startsWith(start, m.end())) {
        return null;
      }
      StringBuilder label = new StringBuilder();
      int group = 1;
      boolean changed = false;
      for (char c : template.toCharArray()) {
        if (c < 9) {
          String number = m.group(group++);
          if (rerender(formats[c])) {
            label.append(NumberFormat.format(Integer.parseInt(number), FORMATS[formats[c]]));
            changed = true;
          } else {
            label.append(number);
          }
        } else {
          label.append(c);
        }
      }
      if (!changed) {
        return text;
      }
      String rest = text.substring(m.end());
      char last = label.charAt(label.length() - 1);
      boolean gap = !rest.isEmpty() && Character.isLetterOrDigit(last);
      return label + (gap ? " " : "") + rest;
    }
  }

  private final List<Entry> entries;

  private DocListLabels(List<Entry> entries) {
    this.entries = entries;
  }

  /**
   * The list numbers of a .doc, or null when none needs another rendering than Tika's (or the
   * file cannot be read here: Tika's text then stands as it is).
   */
  static ListLabels of(byte[] doc) {
    List<Entry> entries = new ArrayList<>();
    boolean any = false;
    try (HWPFDocument d = new HWPFDocument(new ByteArrayInputStream(doc))) {
      if (d.getListTables() == null) {
        return null;
      }
      Range r = d.getRange();
      for (int i = 0; i < r.numParagraphs(); i++) {
        Paragraph p = r.getParagraph(i);
        if (!p.isInList()) {
          continue;
        }
        HWPFList list = p.getList();
        char level = (char) Math.max(0, Math.min(8, p.getIlvl()));
        String template = list.getNumberText(level);
        if (template == null || template.isEmpty()) {
          continue;
        }
        int[] formats = new int[9];
        for (char c : template.toCharArray()) {
          if (c < 9) {
            formats[c] = list.getNumberFormat(c);
            any |= rerender(formats[c]);
          }
        }
        entries.add(Entry.of(template, formats, start(p.text())));
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return any ? new DocListLabels(entries) : null;
  }

  /** Up to {@value #START} characters of a paragraph's text, up to its first control character. */
  static String start(String text) {
    String s = text.strip();
    int end = 0;
    while (end < Math.min(START, s.length()) && s.charAt(end) >= ' ') {
      end++;
    }
    return s.substring(0, end).strip();
  }

  /** Formats Tika prints as decimal, which Word shows otherwise (一 （一） ① １ 甲). */
  static boolean rerender(int format) {
    return format >= 0 && format < RERENDER.length && RERENDER[format];
  }

  /** {@link #rerender} by format code, decided once. */
  private static final boolean[] RERENDER = new boolean[FORMATS.length];

  static {
    for (int f = 6; f < FORMATS.length; f++) {
      RERENDER[f] = f != 15 && f != 22 && f != 23 && !NumberFormat.format(11, FORMATS[f]).equals("11");
    }
  }

  @Override
  public boolean numbersItems() {
    return false;
  }

  @Override
  public void apply(List<ParagraphHandler.Pending> pending) {
    int next = 0;
    for (int i = 0; i < pending.size() && next < entries.size(); i++) {
      ParagraphHandler.Pending p = pending.get(i);
      for (int k = next; k < Math.min(entries.size(), next + LOOKAHEAD); k++) {
        String text = entries.get(k).relabel(p.text());
        if (text != null) {
          pending.set(i, new ParagraphHandler.Pending(p.kind(), p.level(), p.label(), text,
              p.page(), p.strongRoot(), p.weakRoot(), p.itemStart()));
          next = k + 1;
          break;
        }
      }
    }
  }
}
