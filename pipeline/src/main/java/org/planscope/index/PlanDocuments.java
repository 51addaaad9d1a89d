package org.planscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Plan;
import org.planscope.model.Region;
import org.planscope.model.Role;
import org.planscope.model.Target;
import org.planscope.model.UnitAssignment;

/**
 * One plan file → its Lucene documents: one per goal, measure, key project and indicator row, one per stated
 * target (carrying its item's text, region and units), and the file's manifest document. Every
 * document carries {@link Fields#FILE}, so the block is replaced or deleted as one.
 */
final class PlanDocuments {
  private static final FacetsConfig FACETS = Fields.facets();

  private PlanDocuments() {}

  static List<Document> of(String file, String sha256, Plan plan) {
    List<Document> docs = new ArrayList<>();
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
    Document manifest = new Document();
    manifest.add(new StringField(Fields.ID, plan.id() + "#file", Field.Store.YES));
    manifest.add(new StringField(Fields.FILE, file, Field.Store.YES));
    manifest.add(new StringField(Fields.KIND, Fields.KIND_FILE, Field.Store.YES));
    manifest.add(new StringField(Fields.PLAN, plan.id(), Field.Store.YES));
    manifest.add(new StoredField(Fields.SHA256, sha256));
    docs.add(manifest);
    return docs;
  }

  private static int add(List<Document> docs, String file, Plan plan, String domain, Item item,
      int seq) {
    String itemId = plan.id() + "#" + (++seq);
    Document doc = base(file, plan, domain, item, itemId, kind(item.kind()));
    StringBuilder meta = new StringBuilder();
    for (Target t : item.targets()) {
      meta.append(t.indicator()).append('\n');
      if (t.indicatorId() != null) {
        doc.add(new StringField(Fields.INDICATOR_ID, t.indicatorId(), Field.Store.NO));
      }
    }
    doc.add(new TextField(Fields.META, meta.toString(), Field.Store.NO));
    doc.add(new TextField(Fields.META_BI, meta.toString(), Field.Store.NO));
    docs.add(build(doc));
    int t = 0;
    for (Target target : item.targets()) {
      if (!target.stated()) {
        continue;
      }
      Document td = base(file, plan, domain, item, itemId + "." + (++t), Fields.KIND_TARGET);
      td.add(new StoredField(Fields.INDICATOR, target.indicator()));
      td.add(new TextField(Fields.INDICATOR_BI, target.indicator(), Field.Store.NO));
      td.add(new TextField(Fields.META, target.indicator(), Field.Store.NO));
      td.add(new TextField(Fields.META_BI, target.indicator(), Field.Store.NO));
      if (target.indicatorId() != null) {
        td.add(new StringField(Fields.INDICATOR_ID, target.indicatorId(), Field.Store.YES));
      }
      if (target.op() != null) {
        td.add(new StoredField(Fields.OP, target.op().symbol()));
      }
      if (target.value() != null) {
        td.add(new DoublePoint(Fields.VALUE, target.value().doubleValue()));
        td.add(new StoredField(Fields.VALUE, target.value().toPlainString()));
      }
      if (target.valueText() != null) {
        td.add(new StoredField(Fields.VALUE_TEXT, target.valueText()));
      }
      if (target.unit() != null) {
        td.add(new StoredField(Fields.VALUE_UNIT, target.unit()));
      }
      if (target.year() != null) {
        td.add(new IntPoint(Fields.YEAR, target.year()));
        td.add(new StoredField(Fields.YEAR, target.year()));
      }
      if (target.raw() != null) {
        td.add(new StoredField(Fields.RAW, target.raw()));
      }
      docs.add(build(td));
    }
    return seq;
  }

  /** The fields an item and its targets share: plan, region, domain, text, units. */
  private static Document base(String file, Plan plan, String domain, Item item, String id,
      String kind) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new StringField(Fields.FILE, file, Field.Store.NO));
    doc.add(new StringField(Fields.PLAN, plan.id(), Field.Store.YES));
    doc.add(new StringField(Fields.KIND, kind, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, kind));
    stored(doc, Fields.TITLE, plan.title());
    Region r = plan.region();
    keyword(doc, Fields.REGION, r.name());
    keyword(doc, Fields.LEVEL, r.level());
    keyword(doc, Fields.PROVINCE, r.province());
    keyword(doc, Fields.CITY, r.city());
    if (r.name() != null && !r.name().isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_REGION, r.name()));
    }
    if (plan.period() != null) {
      doc.add(new StoredField(Fields.PERIOD, plan.period().start() + "-" + plan.period().end()));
    }
    keyword(doc, Fields.DOMAIN, domain);
    if (domain != null && !domain.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_DOMAIN, domain));
    }
    stored(doc, Fields.NUMBER, item.number());
    doc.add(new TextField(Fields.TEXT, item.text(), Field.Store.YES));
    doc.add(new TextField(Fields.TEXT_BI, item.text(), Field.Store.NO));
    // Region and domain names are searchable words too: 鹿寨县 宫颈癌 finds 鹿寨县's goal.
    String place = join(r.name(), r.city(), r.province(), domain);
    doc.add(new TextField(Fields.META, place, Field.Store.NO));
    doc.add(new TextField(Fields.META_BI, place, Field.Store.NO));
    Set<String> unitFacets = new LinkedHashSet<>();
    StringBuilder unitText = new StringBuilder();
    for (UnitAssignment u : item.units()) {
      doc.add(new StoredField(roleField(u.role()), u.name()));
      unitText.append(u.name()).append('\n');
      if (u.department() != null && !u.department().isBlank()) {
        doc.add(new StringField(Fields.DEPT, u.department(), Field.Store.YES));
        unitText.append(u.department()).append('\n');
        unitFacets.add(u.department());
      } else {
        unitFacets.add(u.name());
      }
    }
    for (String f : unitFacets) {
      if (!f.isBlank()) {
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_UNIT, f));
      }
    }
    doc.add(new TextField(Fields.UNITS_BI, unitText.toString(), Field.Store.NO));
    doc.add(new TextField(Fields.META, unitText.toString(), Field.Store.NO));
    doc.add(new TextField(Fields.META_BI, unitText.toString(), Field.Store.NO));
    return doc;
  }

  private static Document build(Document doc) {
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private static void keyword(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field, value, Field.Store.YES));
    }
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null && !value.isEmpty()) {
      doc.add(new StoredField(field, value));
    }
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
