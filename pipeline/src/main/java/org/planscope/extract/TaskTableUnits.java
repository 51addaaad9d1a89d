package org.planscope.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * its own text keeps them. A goal column of words beside the number names the goal by its first
 * characters; a 序号 that runs 1…N through the whole table (妇女与教育's first row is 10) counts
 * rows, not goals, and a row then stands for the goal of its place within its domain. A table of tasks instead (重点任务分工表: 重点任务 / 策略措施 and unit
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
  /** The domain of a row named by its words alone: whichever domain has that goal. */
  private static final String ANY = "\u0000any";
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern CELL = Pattern.compile("\t|\\s*[|｜]\\s*");

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

  /** The columns a task table is read by; -1 for a column it does not have. */
  private record Columns(int number, int goal, int domain, boolean tasks) {}

  /**
   * One data row: the domain it names (or the one above, or the one the table is printed in), the
   * number it gives (-1 for none), the words of its goal or task (null for none), its units.
   */
  private record Row(String domain, int n, String words, List<UnitAssignment> units) {}

  private static List<Domain> table(List<Domain> domains, PlanText text, List<Block> rows,
      Region region, UnitExtractor units) {
    if (rows.size() < 2) {
      return domains;
    }
    String[] header = CELL.split(text.substring(rows.get(0).span()).strip(), -1);
    Columns cols = columns(header);
    Span span = new Span(rows.get(0).span().start(), rows.get(rows.size() - 1).span().end());
    // without a domain column: the only domain, or the domain the table is printed in
    String domainName = domains.size() == 1 ? domains.get(0).name() : null;
    for (Domain d : domains) {
      if (domainName == null && cols.domain() < 0 && !d.inferred() && d.span() != null
          && d.span().start() <= span.start() && span.end() <= d.span().end()) {
        domainName = d.name();
      }
    }
    Set<String> names = new HashSet<>();
    domains.forEach(d -> names.add(d.name()));
    boolean dividers = rows.stream().anyMatch(b -> divider(text.substring(b.span()), names) != null);
    // an annex's table of goals with no domain column or dividers: each row's goal by its words
    boolean byWords = cols.domain() < 0 && domainName == null && !dividers && cols.goal() >= 0;
    if (cols.number() < 0 || (cols.domain() < 0 && domainName == null && !dividers && !byWords)) {
      return domains;
    }
    List<Row> read = rows(text, rows, header, cols, dividers ? null : byWords ? ANY : domainName,
        names, units.tableUnits(text.substring(span), span));
    List<Domain> out = new ArrayList<>(domains);
    // 序号 running 1…N over the whole table counts rows, not goals: a goal is then the row's place
    // within its domain
    boolean through = !cols.tasks() && runsThrough(read, domains);
    java.util.Map<String, Integer> place = new java.util.HashMap<>();
    for (Row r : read) {
      int n = place.merge(r.domain(), 1, Integer::sum);
      if (!r.units().isEmpty()) {
        give(out, r.domain(), cols.tasks(), through ? n : r.n(), r.words(),
            UnitExtractor.placeIn(r.units(), region));
      }
    }
    return out;
  }

  /**
   * The number column (目标序号 / 序号 / 编号, else the goal column), a goal column of words beside
   * it, the domain column; a table of tasks (重点任务 / 策略措施 and no goal column) is read by its
   * task column, and a 序号 beside it only counts the rows.
   */
  private static Columns columns(String[] header) {
    int numberCol = column(header, NUMBER_HEADER);
    int goalCol = -1;
    for (int i = 0; i < header.length && goalCol < 0; i++) {
      if (GOAL_HEADER.matcher(header[i]).find() && !NUMBER_HEADER.matcher(header[i]).find()) {
        goalCol = i;
      }
    }
    int taskCol = column(header, TASK_HEADER);
    boolean tasks = taskCol >= 0 && column(header, GOAL_HEADER) < 0;
    if (tasks) {
      return new Columns(taskCol, -1, column(header, DOMAIN_HEADER), true);
    }
    return numberCol < 0 ? new Columns(goalCol, -1, column(header, DOMAIN_HEADER), false)
        : new Columns(numberCol, goalCol, column(header, DOMAIN_HEADER), false);
  }

  /** The data rows of a table, each with its domain, number, words and units. */
  /**
   * The domain a row that spans the table names (一、妇女与健康 over that domain's rows, a
   * table without a 领域 column), or null.
   */
  private static String divider(String row, Set<String> domains) {
    String[] cells = CELL.split(row.strip(), -1);
    String only = null;
    for (String c : cells) {
      if (!c.isBlank()) {
        if (only != null) {
          return null;
        }
        only = c.strip();
      }
    }
    String name = only == null ? null : DIVIDER_NUMBER.matcher(only).replaceFirst("");
    return name != null && domains.contains(name) ? name : null;
  }

  private static final Pattern DIVIDER_NUMBER = Pattern.compile(
      "^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．、])\\s*");

  private static List<Row> rows(PlanText text, List<Block> rows, String[] header, Columns cols,
      String domainName, Set<String> names, List<List<UnitAssignment>> rowUnits) {
    List<Row> out = new ArrayList<>();
    int data = 0;
    for (int r = 1; r < rows.size() && data < rowUnits.size(); r++) {
      String row = text.substring(rows.get(r).span());
      if (row.matches("[\\s|:\\-—]*")) {
        continue;
      }
      List<UnitAssignment> found = rowUnits.get(data++);
      String divider = divider(row, names);
      if (divider != null) {
        domainName = divider; // 一、妇女与健康 across the table: the rows below are its
        continue;
      }
      // a blank first cell is a merged one (the domain above): only spaces are trimmed
      String[] cells = CELL.split(row.replaceAll("^[ \\u3000]+|\\s+$", ""), -1);
      if (cols.domain() == 0 && cells.length == header.length - 1) {
        // a plain-text row whose merged first cell lost its tab: one cell short, the domain's
        String[] shifted = new String[header.length];
        shifted[0] = "";
        System.arraycopy(cells, 0, shifted, 1, cells.length);
        cells = shifted;
      }
      if (cols.domain() >= 0 && cols.domain() < cells.length && !cells[cols.domain()].isBlank()) {
        domainName = cells[cols.domain()].strip(); // merged cells: a blank domain is the one above
      }
      if (cols.number() >= cells.length || domainName == null) {
        continue;
      }
      Row read = row(cells, cols, domainName, found);
      if (read != null) {
        out.add(read);
      }
    }
    return out;
  }

  /** A row's number and words from its cells, or null when it has neither. */
  private static Row row(String[] cells, Columns cols, String domain,
      List<UnitAssignment> found) {
    String cell = cells[cols.number()].strip();
    Matcher number = NUMBER_CELL.matcher(cell);
    int prefix = cols.tasks() ? TASK_PREFIX : GOAL_PREFIX;
    String words = null;
    if (cols.goal() >= 0 && cols.goal() < cells.length) {
      String goal = cells[cols.goal()].strip();
      words = goal.length() - leadingNumber(goal) >= prefix
          ? goal.substring(leadingNumber(goal)) : null; // the goal's words beside its 序号
    }
    if (number.matches()) {
      return new Row(domain, Integer.parseInt(number.group(1)), words, found);
    }
    Matcher m = DIGITS.matcher(cell);
    if (cell.length() - leadingNumber(cell) >= prefix) {
      // the goal's words: 孕产妇死亡率控制在10/10万以下 (a number they open with is the goal's)
      int lead = leadingNumber(cell);
      Matcher n = DIGITS.matcher(cell.substring(0, lead));
      return new Row(domain, n.find() ? Integer.parseInt(n.group()) : -1, cell.substring(lead),
          found);
    }
    return m.find() ? new Row(domain, Integer.parseInt(m.group()), words, found) : null;
  }

  /**
   * Whether the rows' numbers run 1…N through the whole table across domains (a later domain
   * opens past 1) and name goals its domains do not have: the numbers count rows.
   */
  private static boolean runsThrough(List<Row> rows, List<Domain> domains) {
    boolean later = false;
    boolean missing = false;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.n() != i + 1) {
        return false;
      }
      if (i > 0 && !r.domain().equals(rows.get(i - 1).domain()) && r.n() > 1) {
        later = true;
      }
      Domain d = named(domains, r.domain());
      missing |= d != null && d.goals().stream().noneMatch(g -> g.n() == r.n());
    }
    return later && missing;
  }

  private static Domain named(List<Domain> domains, String cell) {
    for (Domain d : domains) {
      if (names(d, cell)) {
        return d;
      }
    }
    return null;
  }

  /**
   * Gives {@code units} to the goals (or, for a table of tasks, the measures) of the named domain
   * whose text begins with {@code words}, when they are given and some item's do; else to those
   * numbered {@code n}. Items with units of their own keep them.
   */
  private static void give(List<Domain> out, String domainName, boolean tasks, int n,
      String words, List<UnitAssignment> units) {
    for (int d = 0; d < out.size(); d++) {
      Domain dom = out.get(d);
      if (!names(dom, domainName) && !ANY.equals(domainName)) {
        continue;
      }
      List<Item> items = new ArrayList<>(tasks ? dom.measures() : dom.goals());
      List<Integer> named = words == null ? List.of()
          : begunBy(items, words, tasks ? TASK_PREFIX : GOAL_PREFIX);
      if (named.isEmpty() && ANY.equals(domainName)) {
        continue; // any domain: only the goal's words say which
      }
      if (named.isEmpty()) {
        named = java.util.stream.IntStream.range(0, items.size())
            .filter(k -> items.get(k).n() == n).boxed().toList();
      }
      for (int g : named) {
        if (items.get(g).units().isEmpty()) {
          items.set(g, items.get(g).withUnits(units));
        }
      }
      out.set(d, tasks ? dom.withItems(dom.goals(), items) : dom.withItems(items, dom.measures()));
      return;
    }
  }

  /** The items whose text begins with the first characters of {@code words}. */
  private static List<Integer> begunBy(List<Item> items, String words, int prefix) {
    String w = SPACE.matcher(words).replaceAll("");
    String start = w.substring(0, Math.min(w.length(), prefix));
    return java.util.stream.IntStream.range(0, items.size())
        .filter(k -> SPACE.matcher(items.get(k).text()).replaceAll("").startsWith(start))
        .boxed().toList();
  }

  private static int leadingNumber(String cell) {
    Matcher m = LEADING_NUMBER.matcher(cell);
    return m.find() ? m.end() : 0;
  }

  private static boolean names(Domain d, String cell) {
    String c = SPACE.matcher(cell).replaceAll("");
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
