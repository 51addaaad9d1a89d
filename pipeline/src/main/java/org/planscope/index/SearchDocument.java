package org.planscope.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search document independent of the engine: field name → values, in the order they were
 * added (the order of a multi-valued field's values sets its token positions). The embedded index
 * turns it into a Lucene document ({@link LuceneDocuments}), the Solr backend into a Solr input
 * document, and {@code planscope export} into one JSON line. Field names and their types are
 * those of {@link Fields} and of the Solr configset's {@code schema.xml}.
 */
public final class SearchDocument {
  private final Map<String, List<String>> fields = new LinkedHashMap<>();

  /**
   * A plan's documents as an ingest indexes them: one per goal, measure, key project and
   * indicator row, one per stated target, and the file's manifest document.
   */
  public static List<SearchDocument> of(org.planscope.model.Plan plan) {
    String file = BatchBook.key(java.nio.file.Path.of(plan.source().path()));
    return PlanDocuments.of(file, BatchBook.stamp(plan.source().sha256(), plan.id()), plan);
  }

  SearchDocument add(String field, String value) {
    fields.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
    return this;
  }

  /** Adds the value when it is not null and not blank. */
  SearchDocument addIfPresent(String field, String value) {
    return value == null || value.isBlank() ? this : add(field, value);
  }

  /** Field → values, in insertion order; read-only. */
  public Map<String, List<String>> fields() {
    return Collections.unmodifiableMap(fields);
  }

  /** The first value of a field, or null. */
  public String first(String field) {
    List<String> v = fields.get(field);
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
