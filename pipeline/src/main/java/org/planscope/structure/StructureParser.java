package org.planscope.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Block;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Period;
import org.planscope.model.PlanText;
import org.planscope.model.Region;
import org.planscope.model.Section;
import org.planscope.model.SectionKind;
import org.planscope.model.Span;
import org.planscope.model.Warning;

/**
 * A {@link PlanText} in, a {@link PlanStructure} out. First cut: a line-based state machine over
 * 一、 chapters, （一） domains, 主要目标 / 策略措施 lists and numbered items.
 */
public final class StructureParser {
  private static final Pattern CHAPTER = Pattern.compile("^(?:第[一二三四五六七八九十]+[章部分]|[一二三四五六七八九十]+、)\\s*(.*)$");
  private static final Pattern DOMAIN = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]\\s*((?:妇女|儿童)(?:与|参与)[^。：:]{1,12}?)[。.]?$");
  private static final Pattern ITEM = Pattern.compile("^(?:[（(](\\d+)[）)]|(\\d+)[.．、](?!\\d))\\s*");
  private static final Pattern PERIOD = Pattern.compile("(20\\d\\d)\\s*[—–\\-－~～至]+\\s*(20\\d\\d)");
  private static final Pattern REGION = Pattern.compile("^(.{1,12}?(?:自治县|县|区|市|旗|盟|州))");

  public PlanStructure parse(PlanText text) {
    String t = text.text();
    List<Domain> domains = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    String domainName = null;
    String domainHeading = null;
    int domainStart = 0;
    ItemKind mode = null;
    List<Item> goals = new ArrayList<>();
    List<Item> measures = new ArrayList<>();
    String title = null;
    for (Block b : text.blocks()) {
      String line = b.span().in(t);
      if (title == null && (line.contains("规划") || line.contains("纲要") || line.contains("方案"))
          && line.length() < 40) {
        title = line;
      }
      Matcher dm = DOMAIN.matcher(line);
      Matcher cm = CHAPTER.matcher(line);
      if (dm.matches() || cm.matches()) {
        if (domainName != null) {
          domains.add(new Domain(domainName, domainHeading, new Span(domainStart, b.span().start()),
              false, goals, measures));
        }
        domainName = null;
        mode = null;
        goals = new ArrayList<>();
        measures = new ArrayList<>();
        if (dm.matches()) {
          domainName = dm.group(1);
          domainHeading = line;
          domainStart = b.span().start();
        } else if (line.contains("组织实施") || line.contains("监测评估")) {
          sections.add(new Section(line.contains("组织") ? SectionKind.IMPLEMENTATION
              : SectionKind.MONITORING, line, b.span()));
        }
        continue;
      }
      if (domainName == null) {
        continue;
      }
      if (line.length() < 12 && (line.contains("主要目标") || line.contains("发展目标"))) {
        mode = ItemKind.GOAL;
        continue;
      }
      if (line.length() < 12 && (line.contains("策略措施") || line.contains("主要措施"))) {
        mode = ItemKind.MEASURE;
        continue;
      }
      Matcher im = ITEM.matcher(line);
      if (mode != null && im.lookingAt()) {
        int n = Integer.parseInt(im.group(1) != null ? im.group(1) : im.group(2));
        Span span = new Span(b.span().start() + im.end(), b.span().end());
        String body = span.in(t);
        List<Item> list = mode == ItemKind.GOAL ? goals : measures;
        list.add(new Item(mode, n, line.substring(0, im.end()).strip(), firstSentence(body), body,
            span, b.span(), List.of(), List.of()));
      }
    }
    if (domainName != null) {
      domains.add(new Domain(domainName, domainHeading, new Span(domainStart, t.length()), false,
          goals, measures));
    }
    Period period = null;
    Matcher pm = PERIOD.matcher(title == null ? t.substring(0, Math.min(t.length(), 2000)) : title);
    if (pm.find()) {
      period = new Period(Integer.parseInt(pm.group(1)), Integer.parseInt(pm.group(2)));
    }
    Region region = Region.UNKNOWN;
    if (title != null) {
      Matcher rm = REGION.matcher(title);
      if (rm.find()) {
        String name = rm.group(1);
        region = new Region(name, name.substring(name.length() - 1), null, null, null);
      }
    }
    if (title == null) {
      warnings.add(new Warning("TITLE_MISSING", "no title line found", null));
    }
    return new PlanStructure(title, false, region, period, "women", domains, List.of(), sections,
        warnings);
  }

  /** The first sentence, without its final 。. */
  static String firstSentence(String body) {
    int end = body.indexOf('。');
    return end < 0 ? body : body.substring(0, end);
  }
}
