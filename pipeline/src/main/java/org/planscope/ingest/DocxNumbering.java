package org.planscope.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Word's paragraph styles and list numbering, for {@link DocxReader}. Word stores a list number as
 * a reference ({@code w:numPr}: list id and level) into {@code word/numbering.xml}, whose levels
 * say how to render it ({@code w:numFmt chineseCounting}, {@code w:lvlText "（%1）"}). This class
 * reads the definitions, counts per list and level, and renders the label as Word shows it (一、 /
 * （一） / 1. / （1） / ①); it also tells headings by style name ({@code heading N}, shown as 标题
 * N) or outline level. One instance per document: it holds the counters.
 */
final class DocxNumbering {
  private static final Pattern HEADING_STYLE =
      Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");
  private static final Pattern LEVEL_REF = Pattern.compile("%([1-9])");

  /** A paragraph style: its name, parent, numbering and outline level (null when unset). */
  record Style(String name, String basedOn, String numId, Integer ilvl, Integer outline) {}

  /** One level of an abstract list definition. */
  record Level(int start, String numFmt, String lvlText, boolean legal, String suffix, String pStyle) {}

  /** A list instance: its abstract definition and per-level start overrides. */
  record Num(String abstractId, Map<Integer, Integer> startOverride, Map<Integer, Level> levels) {}

  private final Map<String, Style> styles = new HashMap<>();
  private final Map<String, Map<Integer, Level>> abstracts = new HashMap<>();
  private final Map<String, Num> nums = new HashMap<>();
  private final Map<String, int[]> counters = new HashMap<>();
  private final Set<String> numsSeen = new HashSet<>();
  private String defaultStyle;
  private final Set<String> boldCharacterStyles = new HashSet<>();

  /** Whether a character style sets its text in bold (Word's Strong, 要点). */
  boolean boldCharacterStyle(String id) {
    return id != null && boldCharacterStyles.contains(id);
  }

  void readStyles(byte[] xml) throws XMLStreamException {
    XMLStreamReader x = Stax.reader(xml);
    String id = null;
    String name = null;
    String basedOn = null;
    String numId = null;
    Integer ilvl = null;
    Integer outline = null;
    boolean paragraphStyle = false;
    boolean characterStyle = false;
    boolean bold = false;
    try {
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "style" -> {
              paragraphStyle = "paragraph".equals(Stax.attr(x, "type"));
              characterStyle = "character".equals(Stax.attr(x, "type"));
              bold = false;
              id = Stax.attr(x, "styleId");
              name = null;
              basedOn = null;
              numId = null;
              ilvl = null;
              outline = null;
              if (paragraphStyle && Stax.isOn(Stax.attr(x, "default"), false)) {
                defaultStyle = id;
              }
            }
            case "name" -> name = id == null ? name : Stax.attr(x, "val");
            case "basedOn" -> basedOn = Stax.attr(x, "val");
            case "numId" -> numId = Stax.attr(x, "val");
            case "ilvl" -> ilvl = Stax.intAttr(x, "val", 0);
            case "outlineLvl" -> outline = Stax.intAttr(x, "val", 9);
            case "b" -> bold = characterStyle && Stax.isOn(Stax.attr(x, "val"), true);
            default -> {}
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("style")) {
          if (paragraphStyle && id != null) {
            styles.put(id, new Style(name, basedOn, numId, ilvl, outline));
          }
          if (characterStyle && bold && id != null) {
            boldCharacterStyles.add(id); // Strong / 要点: bold text through a style
          }
          id = null;
        }
      }
    } finally {
      x.close();
    }
  }

  /** Reads {@code word/numbering.xml}: the abstract list definitions and the list instances. */
  void readNumbering(byte[] xml) throws XMLStreamException {
    XMLStreamReader x = Stax.reader(xml);
    NumberingParser parser = new NumberingParser();
    try {
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          parser.start(x);
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          parser.end(x.getLocalName());
        }
      }
      parser.linkStyles();
    } finally {
      x.close();
    }
  }

  /** The state of one pass over {@code numbering.xml}. */
  private final class NumberingParser {
    private Map<Integer, Level> levels; // the abstractNum being read
    private String numId;
    private String abstractRef;
    private Map<Integer, Integer> overrides;
    private Map<Integer, Level> overrideLevels;
    private int overrideLevel = -1;
    private int lvl = -1;
    private int start = 1;
    private String fmt;
    private String text;
    private boolean legal;
    private String suffix = "tab";
    private String pStyle;
    private String abstractId;
    /** abstractNumId → the list style it takes its levels from (w:numStyleLink). */
    private final Map<String, String> usesStyle = new HashMap<>();
    /** list style → the abstractNumId that defines it (w:styleLink). */
    private final Map<String, String> definesStyle = new HashMap<>();

    /**
     * A list that takes its levels from a list style (Word's list-style gallery: an abstractNum
     * with w:numStyleLink and no levels) gets the levels of the list defining that style.
     */
    void linkStyles() {
      usesStyle.forEach((id, style) -> {
        String def = definesStyle.get(style);
        if (def != null && !def.equals(id) && abstracts.get(def) != null
            && (abstracts.get(id) == null || abstracts.get(id).isEmpty())) {
          abstracts.put(id, abstracts.get(def));
        }
      });
    }

    void start(XMLStreamReader x) {
      switch (x.getLocalName()) {
        case "numStyleLink" -> {
          if (abstractId != null) {
            usesStyle.put(abstractId, Stax.attr(x, "val"));
          }
        }
        case "styleLink" -> {
          if (abstractId != null) {
            definesStyle.put(Stax.attr(x, "val"), abstractId);
          }
        }
        case "abstractNum" -> {
          abstractId = Stax.attr(x, "abstractNumId");
          levels = new HashMap<>();
        }
        case "num" -> {
          numId = Stax.attr(x, "numId");
          abstractRef = null;
          overrides = new HashMap<>();
          overrideLevels = new HashMap<>();
        }
        case "abstractNumId" -> abstractRef = Stax.attr(x, "val");
        case "lvlOverride" -> overrideLevel = Stax.intAttr(x, "ilvl", 0);
        case "startOverride" -> {
          if (overrides != null) {
            overrides.put(overrideLevel, Stax.intAttr(x, "val", 1));
          }
        }
        case "lvl" -> {
          lvl = Stax.intAttr(x, "ilvl", 0);
          start = 1;
          fmt = "decimal";
          text = null;
          legal = false;
          suffix = "tab";
          pStyle = null;
        }
        case "start" -> start = Stax.intAttr(x, "val", 1);
        case "numFmt" -> fmt = Stax.attr(x, "val");
        case "lvlText" -> text = Stax.attr(x, "val");
        case "isLgl" -> legal = Stax.isOn(Stax.attr(x, "val"), true);
        case "suff" -> suffix = Stax.attr(x, "val");
        case "pStyle" -> pStyle = Stax.attr(x, "val");
        default -> {}
      }
    }

    void end(String name) {
      switch (name) {
        case "lvl" -> {
          Level level = new Level(start, fmt, text, legal, suffix, pStyle);
          if (numId != null && overrideLevels != null) {
            overrideLevels.put(lvl, level);
          } else if (levels != null) {
            levels.put(lvl, level);
          }
        }
        case "abstractNum" -> {
          if (abstractId != null) {
            abstracts.put(abstractId, levels);
          }
          levels = null;
          abstractId = null;
        }
        case "num" -> {
          if (numId != null && abstractRef != null) {
            nums.put(numId, new Num(abstractRef, overrides, overrideLevels));
          }
          numId = null;
          overrides = null;
          overrideLevels = null;
        }
        default -> {}
      }
    }
  }

  /** The paragraph's style or, when it names none, the default paragraph style. */
  Style style(String id) {
    Style s = id == null ? null : styles.get(id);
    return s != null ? s : defaultStyle == null ? null : styles.get(defaultStyle);
  }

  /** 1–9 for a heading (style name or outline level), 0 otherwise. */
  int headingLevel(String style, Integer outline) {
    if (outline != null) {
      return outline < 9 ? outline + 1 : 0;
    }
    String id = style != null ? style : defaultStyle;
    for (int guard = 0; id != null && guard < 20; guard++) {
      Style s = styles.get(id);
      if (s == null) {
        break;
      }
      if (s.name() != null) {
        Matcher m = HEADING_STYLE.matcher(s.name().strip());
        if (m.matches()) {
          return m.group(1).charAt(0) - '0';
        }
      }
      if (s.outline() != null) {
        return s.outline() < 9 ? s.outline() + 1 : 0;
      }
      id = s.basedOn();
    }
    return 0;
  }

  /** The list level of a numbered paragraph (its own, or its style's). */
  int ilvl(String style, Integer ilvl) {
    if (ilvl != null) {
      return ilvl;
    }
    String[] ref = styleNumbering(style);
    return ref == null ? 0 : Integer.parseInt(ref[1]);
  }

  /** {numId, ilvl} from the style chain, or null. */
  private String[] styleNumbering(String styleId) {
    String id = styleId;
    for (int guard = 0; id != null && guard < 20; guard++) {
      Style s = styles.get(id);
      if (s == null) {
        return null;
      }
      if (s.numId() != null) {
        int lvl = s.ilvl() != null ? s.ilvl() : levelOfStyle(s.numId(), styleId);
        return new String[] {s.numId(), Integer.toString(lvl)};
      }
      id = s.basedOn();
    }
    return null;
  }

  /** The level of a list whose definition is linked to a paragraph style ({@code w:pStyle}). */
  private int levelOfStyle(String numId, String styleId) {
    Num num = nums.get(numId);
    Map<Integer, Level> levels = num == null ? null : abstracts.get(num.abstractId());
    if (levels != null) {
      for (Map.Entry<Integer, Level> e : levels.entrySet()) {
        if (styleId.equals(e.getValue().pStyle())) {
          return e.getKey();
        }
      }
    }
    return 0;
  }

  /**
   * Advances the paragraph's list counter and renders its label: {label, text after the label},
   * or null when the paragraph is not numbered.
   */
  String[] label(String numId, Integer ilvl, String style) {
    int lvl = ilvl != null ? ilvl : 0;
    if (numId == null) {
      String[] ref = styleNumbering(style);
      if (ref == null) {
        return null;
      }
      numId = ref[0];
      lvl = ilvl != null ? ilvl : Integer.parseInt(ref[1]);
    }
    Num num = nums.get(numId);
    if (num == null) {
      return null; // numId 0 (numbering removed) or a dangling reference
    }
    Map<Integer, Level> levels = abstracts.getOrDefault(num.abstractId(), Map.of());
    lvl = Math.max(0, Math.min(8, lvl));
    int[] count = counters.computeIfAbsent(num.abstractId(), k -> new int[9]);
    if (numsSeen.add(numId)) {
      for (Map.Entry<Integer, Integer> e : num.startOverride().entrySet()) {
        int l = Math.max(0, Math.min(8, e.getKey()));
        count[l] = 0; // restart; the override value applies on the next use
      }
    }
    Level level = level(num, levels, lvl);
    if (count[lvl] == 0) {
      Integer override = num.startOverride().get(lvl);
      count[lvl] = override != null ? override : level.start();
    } else {
      count[lvl]++;
    }
    for (int deeper = lvl + 1; deeper < 9; deeper++) {
      count[deeper] = 0;
    }
    String template = level.lvlText() == null ? "%" + (lvl + 1) + "." : level.lvlText();
    if ("bullet".equals(level.numFmt())) {
      return new String[] {null, ""};
    }
    StringBuilder label = new StringBuilder();
    Matcher m = LEVEL_REF.matcher(template);
    int last = 0;
    while (m.find()) {
      label.append(template, last, m.start());
      int ref = m.group(1).charAt(0) - '1';
      Level refLevel = level(num, levels, ref);
      int value = count[ref] == 0 ? refLevel.start() : count[ref];
      String fmt = level.legal() && ref < lvl ? "decimal" : refLevel.numFmt();
      String rendered = NumberFormat.format(value, fmt);
      label.append(rendered == null ? "" : rendered);
      last = m.end();
    }
    label.append(template, last, template.length());
    String l = label.toString().strip();
    String suffix = "";
    if (!l.isEmpty() && !"nothing".equals(level.suffix())
        && Character.isLetterOrDigit(l.codePointBefore(l.length()))) {
      suffix = " "; // 第一章 总则; a label ending in punctuation (一、 （一） 1.) needs none
    }
    return new String[] {l, suffix};
  }

  private static final Level DEFAULT_LEVEL = new Level(1, "decimal", null, false, "tab", null);

  private static Level level(Num num, Map<Integer, Level> levels, int lvl) {
    Level l = num.levels().get(lvl);
    if (l == null) {
      l = levels.get(lvl);
    }
    return l == null ? DEFAULT_LEVEL : l;
  }
}
