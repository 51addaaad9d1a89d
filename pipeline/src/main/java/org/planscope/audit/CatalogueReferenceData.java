package org.planscope.audit;

import org.planscope.extract.IndicatorCatalogue;
import org.planscope.lexicon.Tsv;

/**
 * The seam between the audit and the indicator catalogue in {@code models/catalogue/} (canonical
 * indicators with id, name, synonyms, unit, good direction, domain, the national target of the
 * outlines 《中国妇女发展纲要》 / 《中国儿童发展纲要》 2021—2030 and the dated milestones of the
 * 十四五 plans, each with its source): read in the catalogue shape of {@link TsvReferenceData}.
 */
public final class CatalogueReferenceData {
  private CatalogueReferenceData() {}

  private static final class Holder {
    static final ReferenceData INSTANCE = TsvReferenceData.read(Tsv.model(IndicatorCatalogue.MODEL));
  }

  /** The shared catalogue as reference data. */
  public static ReferenceData load() {
    return Holder.INSTANCE;
  }
}
