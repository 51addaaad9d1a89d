package org.planscope.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Plan;
import org.planscope.model.Region;
import org.planscope.model.Role;
import org.planscope.model.Target;
import org.planscope.model.UnitAssignment;

/**
 * One plan file → its search documents: one per goal, measure, key project and indicator row, one per stated
 * target (carrying its item's text, region and units), and the file's manifest document. Every
 * document carries {@link Fields#FILE}, so the block is replaced or deleted as one.
 */
final class PlanDocuments {
  private PlanDocuments() {}

  static List<SearchDocument> of(String file, String sha256, Plan plan) {
    List<SearchDocument> docs = new ArrayList<>();
    int seq = 0;
    for (Domain d : plan.domains()) {
      for (Item item : d.goals()) {
        seq = add(docs, file, plan, d.name(), item, seq);
      }
      for (Item item : d.measures()) {
        seq = add(docs, file, plan, d.name(), item, seq);
      }
    }
    for (Item item : plan.keyProjects()) {
      seq = add(docs, file, plan, null, item, seq);
    }
    for (Item item : plan.indicators()) {
      seq = add(docs, file, plan, null, item, seq);
    }
    docs.add(new SearchDocument()
        .add(Fields.ID, plan.id() + "#file")
        .add(Fields.FILE, file)
        .add(Fields.KIND, Fields.KIND_FILE)
        .add(Fields.PLAN, plan.id())
        .add(Fields.SHA256, sha256));
    return docs;
  }

  private static int add(List<SearchDocument> docs, String file, Plan plan, String domain, Item item,
      int seq) {
    String itemId = plan.id() + "#" + (++seq);
    SearchDocument doc = base(file, plan, domain, item, itemId, kind(item.kind()));
    StringBuilder meta = new StringBuilder();
    for (Target t : item.targets()) {
      meta.append(t.indicator()).append('\n');
      if (t.indicatorId() != null) {
        doc.add(Fields.INDICATOR_ID, t.indicatorId());
      }
    }
    doc.add(Fields.META_BI, meta.toString());
    docs.add(doc);
    int t = 0;
    for (Target target : item.targets()) {
      if (!target.stated()) {
        continue;
      }
      SearchDocument td = base(file, plan, domain, item, itemId + "." + (++t), Fields.KIND_TARGET);
      td.add(Fields.INDICATOR, target.indicator());
      td.add(Fields.INDICATOR_BI, target.indicator());
      td.add(Fields.META_BI, target.indicator());
      if (target.indicatorId() != null) {
        td.add(Fields.INDICATOR_ID, target.indicatorId());
      }
      if (target.op() != null) {
        td.add(Fields.OP, target.op().symbol());
      }
      if (target.value() != null) {
        td.add(Fields.VALUE, target.value().toPlainString());
      }
      if (target.valueText() != null) {
        td.add(Fields.VALUE_TEXT, target.valueText());
      }
      if (target.unit() != null) {
        td.add(Fields.VALUE_UNIT, target.unit());
      }
      if (target.year() != null) {
        td.add(Fields.YEAR, target.year().toString());
      }
      if (target.raw() != null) {
        td.add(Fields.RAW, target.raw());
      }
      docs.add(td);
    }
    return seq;
  }

  /** The fields an item and its targets share: plan, region, domain, text, units. */
  private static SearchDocument base(String file, Plan plan, String domain, Item item, String id,
      String kind) {
    SearchDocument doc = new SearchDocument();
    doc.add(Fields.ID, id);
    doc.add(Fields.FILE, file);
    doc.add(Fields.PLAN, plan.id());
    doc.add(Fields.KIND, kind);
    if (plan.title() != null && !plan.title().isEmpty()) {
      doc.add(Fields.TITLE, plan.title());
    }
    Region r = plan.region();
    doc.addIfPresent(Fields.REGION, r.name());
    doc.addIfPresent(Fields.LEVEL, r.level());
    doc.addIfPresent(Fields.PROVINCE, r.province());
    doc.addIfPresent(Fields.CITY, r.city());
    if (plan.period() != null) {
      doc.add(Fields.PERIOD, plan.period().start() + "-" + plan.period().end());
    }
    doc.addIfPresent(Fields.DOMAIN, domain);
    if (item.number() != null && !item.number().isEmpty()) {
      doc.add(Fields.NUMBER, item.number());
    }
    doc.add(Fields.TEXT, item.text());
    doc.add(Fields.TEXT_BI, item.text());
    // Region and domain names are searchable words too: 鹿寨县 宫颈癌 finds 鹿寨县's goal.
    String place = join(r.name(), r.city(), r.province(), domain);
    doc.add(Fields.META_BI, place);
    Set<String> unitFacets = new LinkedHashSet<>();
    StringBuilder unitText = new StringBuilder();
    for (UnitAssignment u : item.units()) {
      doc.add(roleField(u.role()), u.name());
      unitText.append(u.name()).append('\n');
      if (u.department() != null && !u.department().isBlank()) {
        doc.add(Fields.DEPT, u.department());
        unitText.append(u.department()).append('\n');
        unitFacets.add(u.department());
      } else {
        unitFacets.add(u.name());
      }
    }
    for (String f : unitFacets) {
      if (!f.isBlank()) {
        doc.add(Fields.FACET_UNIT, f);
      }
    }
    doc.add(Fields.UNITS_BI, unitText.toString());
    doc.add(Fields.META_BI, unitText.toString());
    return doc;
  }

  static String kind(ItemKind kind) {
    return switch (kind) {
      case GOAL -> Fields.KIND_GOAL;
      case MEASURE -> Fields.KIND_MEASURE;
      case KEY_PROJECT -> Fields.KIND_KEY_PROJECT;
      case INDICATOR -> Fields.KIND_INDICATOR;
    };
  }

  private static String roleField(Role role) {
    return switch (role) {
      case LEAD -> Fields.LEAD;
      case RESPONSIBLE -> Fields.RESPONSIBLE;
      case COOPERATING -> Fields.COOPERATING;
    };
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        b.append(p).append('\n');
      }
    }
    return b.toString();
  }
}
