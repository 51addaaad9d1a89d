package org.planscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * A {@link SearchDocument} → the embedded index's Lucene document. The field types are the
 * embedded half of the schema (the Solr half is the configset's {@code schema.xml}): exact
 * keywords, analysed text, stored-only values, numeric points, and the facet dimensions.
 */
final class LuceneDocuments {
  private static final FacetsConfig FACETS = Fields.facets();

  /** Exact, stored keywords (filters and the unit of replace); the id is stored, not searched. */
  static final Set<String> KEYWORDS = Set.of(Fields.ID, Fields.FILE, Fields.PLAN, Fields.KIND,
      Fields.REGION, Fields.LEVEL, Fields.PROVINCE, Fields.CITY, Fields.DOMAIN, Fields.DEPT,
      Fields.INDICATOR_ID);
  /** Analysed text (bigrams); the item text itself is stored only, snippets are cut from it. */
  static final Set<String> TEXTS = Set.of(Fields.TEXT_BI, Fields.META_BI, Fields.UNITS_BI,
      Fields.INDICATOR_BI);
  /** Texts whose length weighs in the score; the others are only matched or score a constant. */
  static final Set<String> SCORED = Set.of(Fields.TEXT_BI, Fields.INDICATOR_BI);
  private static final FieldType UNSCORED_TEXT = unscored();
  /** Keywords that are also facet dimensions of the same name. */
  static final Set<String> FACETED = Set.of(Fields.REGION, Fields.DOMAIN, Fields.KIND);

  private LuceneDocuments() {}

  /**
   * Region, domain, unit and indicator names ({@link Fields#META_BI}, {@link Fields#UNITS_BI}) are matched as filters or score a constant, so they keep no norms:
   * a smaller index and less work when a segment is written, the same scores.
   */
  private static FieldType unscored() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  private static Field textField(String f, String v) {
    return SCORED.contains(f) ? new TextField(f, v, Field.Store.NO) : new Field(f, v, UNSCORED_TEXT);
  }

  static Document of(SearchDocument d) {
    Document doc = new Document();
    boolean file = Fields.KIND_FILE.equals(d.first(Fields.KIND));
    for (Map.Entry<String, List<String>> e : d.fields().entrySet()) {
      String f = e.getKey();
      for (String v : e.getValue()) {
        if (f.equals(Fields.ID)) {
          // shown and the tie-break of ranking, never searched: stored and doc values, no term
          doc.add(new StoredField(f, v));
          doc.add(new SortedDocValuesField(f, new BytesRef(v)));
        } else if (KEYWORDS.contains(f)) {
          doc.add(new StringField(f, v, Field.Store.YES));
          if (FACETED.contains(f) && !file) {
            doc.add(new SortedSetDocValuesFacetField(f, v));
          }
        } else if (f.equals(Fields.TEXT)) {
          doc.add(new StoredField(f, v));
        } else if (TEXTS.contains(f)) {
          doc.add(textField(f, v));
        } else if (f.equals(Fields.FACET_UNIT)) {
          doc.add(new SortedSetDocValuesFacetField(f, v));
        } else if (f.equals(Fields.VALUE)) {
          doc.add(new DoublePoint(f, Double.parseDouble(v)));
          doc.add(new StoredField(f, v));
        } else if (f.equals(Fields.YEAR)) {
          doc.add(new IntPoint(f, Integer.parseInt(v)));
          doc.add(new StoredField(f, Integer.parseInt(v)));
        } else {
          doc.add(new StoredField(f, v));
        }
      }
    }
    // Every document has a norm for each scored text (an empty value: no tokens, no match), so
    // their norms are dense: sparse norms cost a scan per term when a segment is written.
    for (String f : SCORED) {
      if (doc.getField(f) == null) {
        doc.add(new TextField(f, "", Field.Store.NO));
      }
    }
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
