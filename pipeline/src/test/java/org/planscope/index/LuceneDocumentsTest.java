package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class LuceneDocumentsTest {
  @Test
  void theIdIsShownAndBreaksTiesButIsNoSearchableTerm() {
    Document doc = LuceneDocuments.of(new SearchDocument().add(Fields.ID, "p#1")
        .add(Fields.FILE, "/a.txt").add(Fields.KIND, Fields.KIND_GOAL).add(Fields.TEXT, "孕产妇死亡率"));
    boolean stored = false;
    boolean sorted = false;
    for (IndexableField f : doc.getFields(Fields.ID)) {
      assertEquals(IndexOptions.NONE, f.fieldType().indexOptions(), "no term for " + f);
      stored |= f.fieldType().stored();
      sorted |= f.fieldType().docValuesType() == DocValuesType.SORTED;
    }
    assertTrue(stored && sorted, "stored and doc values");
    // the file stays a term: a plan's documents are replaced and deleted by it
    assertTrue(java.util.Arrays.stream(doc.getFields(Fields.FILE))
        .anyMatch(f -> f.fieldType().indexOptions() != IndexOptions.NONE));
  }
}
