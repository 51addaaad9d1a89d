package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.PlanText;
import org.planscope.model.Region;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;

/**
 * A task table (目标任务分解表, usually an annex) joined back to its goals: a table whose header
 * has a goal-number column (目标序号 / 序号 / 编号), else a goal column (主要目标 / 目标: the goal's
 * number, or its words, matched by their first characters), and a unit column (牵头单位 / 责任单位 / 配合单位),
 * and often a domain column (领域). Each row gives its units to the goal of that number in the
 * domain it names (or, without a domain column, in the only domain or the domain the table is
 * printed in); a goal that names units in
 * its own text keeps them. A table of tasks instead (重点任务分工表: 重点任务 / 策略措施 and unit
 * columns, no goal column) gives them to the measures its cells begin.
 */
public final class TaskTableUnits {
  private static final Pattern NUMBER_HEADER = Pattern.compile("(?:目标)?(?:序号|编号)");
  /** A column of the goals themselves (主要目标 / 目标): their numbers, or their words. */
  private static final Pattern GOAL_HEADER = Pattern.compile("目标");
  /** A goal cell that is a number alone: 3, 第3条, 3项. */
  private static final Pattern NUMBER_CELL = Pattern.compile("第?(\\d{1,3})[条项]?");
  /** The number a goal cell's words may open with (1. / 1、 / （1）). */
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:\\d{1,3}[.．、]|[（(]\\d{1,3}[）)])");
  /** Characters of a goal's words that identify it in a table cell. */
  private static final int GOAL_PREFIX = 8;
  private static final Pattern DOMAIN_HEADER = Pattern.compile("领域|类别");
  /** A column of the measures themselves (重点任务 / 主要任务 / 策略措施), by their words. */
  private static final Pattern TASK_HEADER = Pattern.compile("任务|措施");
  /** Characters of a measure's words that identify it (its titles are short: 推进教育公平). */
  private static final int TASK_PREFIX = 6;
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
  private static final Pattern CELL = Pattern.compile("\t|\\s*\\|\\s*");

  private TaskTableUnits() {}

  /** The domains with the units of every task table in the text given to their goals. */
  public static List<Domain> apply(List<Domain> domains, PlanText text, Region region,
      UnitExtractor units) {
    List<Domain> out = domains;
    List<Block> blocks = text.blocks();
    for (int i = 0; i < blocks.size(); ) {
      if (!isRow(text, blocks.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < blocks.size() && isRow(text, blocks.get(j))) {
        j++;
      }
      out = table(out, text, blocks.subList(i, j), region, units);
      i = j;
    }
    return out;
  }

  /** A table row: marked by the reader, or a line of plain text with tab-separated cells. */
  private static boolean isRow(PlanText text, Block b) {
    return b.kind() == BlockKind.TABLE_ROW || text.substring(b.span()).indexOf('\t') > 0;
  }

  private static List<Domain> table(List<Domain> domains, PlanText text, List<Block> rows,
      Region region, UnitExtractor units) {
    if (rows.size() < 2) {
      return domains;
    }
    String[] header = CELL.split(text.substring(rows.get(0).span()).strip(), -1);
    int numberCol = column(header, NUMBER_HEADER);
    if (numberCol < 0) {
      numberCol = column(header, GOAL_HEADER);
    }
    // a column of tasks (重点任务 / 策略措施) and none of goals: the rows are the measures', found
    // by their words (a 序号 beside them only counts the rows)
    int taskCol = column(header, TASK_HEADER);
    boolean tasks = taskCol >= 0 && column(header, GOAL_HEADER) < 0;
    if (tasks) {
      numberCol = taskCol;
    }
    int domainCol = column(header, DOMAIN_HEADER);
    Span span = new Span(rows.get(0).span().start(), rows.get(rows.size() - 1).span().end());
    // without a domain column: the only domain, or the domain the table is printed in
    String domainName = domains.size() == 1 ? domains.get(0).name() : null;
    for (Domain d : domains) {
      if (domainName == null && domainCol < 0 && !d.inferred() && d.span() != null
          && d.span().start() <= span.start() && span.end() <= d.span().end()) {
        domainName = d.name();
      }
    }
    if (numberCol < 0 || (domainCol < 0 && domainName == null)) {
      return domains;
    }
    List<List<UnitAssignment>> rowUnits = units.tableUnits(text.substring(span), span);
    List<Domain> out = new ArrayList<>(domains);
    int data = 0;
    for (int r = 1; r < rows.size() && data < rowUnits.size(); r++) {
      String row = text.substring(rows.get(r).span());
      if (row.matches("[\\s|:\\-—]*")) {
        continue;
      }
      List<UnitAssignment> found = rowUnits.get(data++);
      // a blank first cell is a merged one (the domain above): only spaces are trimmed
      String[] cells = CELL.split(row.replaceAll("^[ \\u3000]+|\\s+$", ""), -1);
      if (domainCol == 0 && cells.length == header.length - 1) {
        // a plain-text row whose merged first cell lost its tab: one cell short, the domain's
        String[] shifted = new String[header.length];
        shifted[0] = "";
        System.arraycopy(cells, 0, shifted, 1, cells.length);
        cells = shifted;
      }
      if (domainCol >= 0 && domainCol < cells.length && !cells[domainCol].isBlank()) {
        domainName = cells[domainCol].strip(); // merged cells: a blank domain is the one above
      }
      if (numberCol >= cells.length || found.isEmpty() || domainName == null) {
        continue;
      }
      String cell = cells[numberCol].strip();
      Matcher number = NUMBER_CELL.matcher(cell);
      Matcher m = DIGITS.matcher(cell);
      String words = null;
      int n;
      if (number.matches()) {
        n = Integer.parseInt(number.group(1));
      } else if (cell.length() - leadingNumber(cell) >= (tasks ? TASK_PREFIX : GOAL_PREFIX)) {
        n = -1; // the goal's words: 孕产妇死亡率控制在10/10万以下
        words = cell.substring(leadingNumber(cell));
      } else if (m.find()) {
        n = Integer.parseInt(m.group());
      } else {
        continue;
      }
      give(out, domainName, tasks, n, words, UnitExtractor.placeIn(found, region));
    }
    return out;
  }

  /**
   * Gives {@code units} to the goal (or, for a table of tasks, the measure) of the named domain
   * numbered {@code n}, or whose text begins with {@code words} when they are given.
   */
  private static void give(List<Domain> out, String domainName, boolean tasks, int n,
      String words, List<UnitAssignment> units) {
    for (int d = 0; d < out.size(); d++) {
      Domain dom = out.get(d);
      if (!names(dom, domainName)) {
        continue;
      }
      List<Item> items = new ArrayList<>(tasks ? dom.measures() : dom.goals());
      int prefix = Math.min(words == null ? 0 : words.length(), tasks ? TASK_PREFIX : GOAL_PREFIX);
      for (int g = 0; g < items.size(); g++) {
        Item item = items.get(g);
        boolean same = words == null ? item.n() == n
            : item.text().startsWith(words.substring(0, prefix));
        if (same && item.units().isEmpty()) {
          items.set(g, item.withUnits(units));
        }
      }
      out.set(d, tasks ? dom.withItems(dom.goals(), items) : dom.withItems(items, dom.measures()));
      return;
    }
  }

  private static int leadingNumber(String cell) {
    Matcher m = LEADING_NUMBER.matcher(cell);
    return m.find() ? m.end() : 0;
  }

  private static boolean names(Domain d, String cell) {
    String c = cell.replaceAll("\\s", "");
    return d.name().equals(c) || c.contains(d.name()) || (c.length() >= 2 && d.name().contains(c));
  }

  private static int column(String[] header, Pattern p) {
    for (int i = 0; i < header.length; i++) {
      if (p.matcher(header[i]).find()) {
        return i;
      }
    }
    return -1;
  }
}
