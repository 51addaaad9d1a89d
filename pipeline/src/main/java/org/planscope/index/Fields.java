package org.planscope.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names of the index, and its facet configuration. Each goal, measure, key project and
 * target is one document; each indexed file also has one {@link #KIND_FILE} document that records
 * its sha256 (the manifest), so a file's documents are replaced or deleted together by {@link
 * #FILE}.
 */
final class Fields {
  private Fields() {}

  /** Commit user-data key: the analysis fingerprint the index was written with. */
  static final String SCHEMA_KEY = "planscope.schema";

  static final String ID = "id";
  /** The indexed file's absolute, normalised path: the unit of replace and delete. */
  static final String FILE = "file";
  static final String SHA256 = "sha256";
  static final String PLAN = "plan";
  static final String TITLE = "title";
  static final String KIND = "kind";
  static final String REGION = "region";
  static final String LEVEL = "level";
  static final String PROVINCE = "province";
  static final String CITY = "city";
  static final String PERIOD = "period";
  static final String DOMAIN = "domain";
  static final String NUMBER = "number";

  /**
   * Item text, stored only (snippets are cut from it). Its name is also the query analyzer's
   * HanLP field: a query word is segmented by HanLP, each segment searched as bigrams.
   */
  static final String TEXT = "text";
  /** Item text: character bigrams, the field every text query reads. */
  static final String TEXT_BI = "text_bi";
  /** Region, domain, indicator and unit names: character bigrams. */
  static final String META_BI = "meta_bi";
  /** Unit names and canonical departments as bigrams, for {@code --unit}. */
  static final String UNITS_BI = "units_bi";

  static final String LEAD = "lead";
  static final String RESPONSIBLE = "responsible";
  static final String COOPERATING = "cooperating";
  /** Canonical departments (卫生健康局), exact. */
  static final String DEPT = "dept";

  static final String INDICATOR = "indicator";
  static final String INDICATOR_ID = "indicator_id";
  static final String INDICATOR_BI = "indicator_bi";
  static final String OP = "op";
  /** The numeric value: a {@code DoublePoint} for ranges plus the exact decimal stored as text. */
  static final String VALUE = "value";
  static final String VALUE_TEXT = "valueText";
  static final String VALUE_UNIT = "valueUnit";
  static final String YEAR = "year";
  static final String RAW = "raw";

  static final String KIND_GOAL = "goal";
  static final String KIND_MEASURE = "measure";
  static final String KIND_KEY_PROJECT = "key_project";
  static final String KIND_INDICATOR = "indicator";
  static final String KIND_TARGET = "target";
  static final String KIND_FILE = "_file";

  /** Facet dimensions. */
  static final String FACET_REGION = "region";
  static final String FACET_DOMAIN = "domain";
  static final String FACET_KIND = "kind";
  static final String FACET_UNIT = "unit";

  static FacetsConfig facets() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_UNIT, true);
    // Facets are counted from doc values and filters use the keyword fields: the drill-down
    // terms Lucene would also index (six a document) are never searched.
    for (String dim : List.of(FACET_REGION, FACET_DOMAIN, FACET_KIND, FACET_UNIT)) {
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }
}
