package org.planscope.ingest;

import java.util.Locale;
import org.planscope.model.BlockKind;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML SAX events into blocks: one per {@code p}, {@code h1}–{@code h6}, {@code
 * li} and table row (cells joined by tabs). Text inside {@code script}, {@code style}, {@code
 * nav}, {@code header}, {@code footer} and {@code aside} is dropped as page furniture.
 */
final class ParagraphHandler extends DefaultHandler {
  private final BlockBuilder out;
  private final StringBuilder current = new StringBuilder();
  private BlockKind kind = BlockKind.PARAGRAPH;
  private int level;
  private int skipDepth;
  private int listDepth;
  private boolean inRow;
  private int cellsInRow;

  ParagraphHandler(BlockBuilder out) {
    this.out = out;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    name = name.toLowerCase(Locale.ROOT);
    switch (name) {
      case "script", "style", "nav", "header", "footer", "aside", "noscript" -> skipDepth++;
      case "p", "div", "blockquote", "pre" -> {
        if (!inRow) {
          flush();
          kind = BlockKind.PARAGRAPH;
        }
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        flush();
        kind = BlockKind.HEADING;
        level = name.charAt(1) - '0';
      }
      case "ul", "ol" -> listDepth++;
      case "li" -> {
        flush();
        kind = BlockKind.LIST_ITEM;
        level = Math.max(0, listDepth - 1);
      }
      case "tr" -> {
        flush();
        inRow = true;
        cellsInRow = 0;
        kind = BlockKind.TABLE_ROW;
      }
      case "td", "th" -> {
        if (cellsInRow++ > 0) {
          current.append('\t');
        }
      }
      case "br" -> current.append('\n');
      default -> {}
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    name = name.toLowerCase(Locale.ROOT);
    switch (name) {
      case "script", "style", "nav", "header", "footer", "aside", "noscript" -> skipDepth--;
      case "p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li" -> {
        if (!inRow) {
          flush();
        }
      }
      case "ul", "ol" -> listDepth = Math.max(0, listDepth - 1);
      case "tr" -> {
        flush();
        inRow = false;
      }
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipDepth == 0) {
      current.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    characters(ch, start, length);
  }

  @Override
  public void endDocument() {
    flush();
  }

  private void flush() {
    String s = current.toString();
    current.setLength(0);
    // a <br> inside a paragraph ends a line of its own
    for (String line : s.split("\n", -1)) {
      if (!line.isBlank()) {
        out.add(kind, level, null, line.strip());
      }
    }
    kind = BlockKind.PARAGRAPH;
    level = 0;
  }
}
