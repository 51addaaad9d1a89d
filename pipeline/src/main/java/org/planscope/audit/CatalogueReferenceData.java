package org.planscope.audit;

import java.util.List;
import org.planscope.extract.IndicatorCatalogue;

/**
 * The seam between the audit and the indicator catalogue in {@code models/catalogue/} (canonical
 * indicators with id, name, synonyms, unit, good direction, domain and national target): each
 * catalogue entry becomes a {@link Reference}, with the national target where the outlines
 * (《中国妇女发展纲要》 / 《中国儿童发展纲要》 2021—2030) give one.
 */
public final class CatalogueReferenceData {
  private CatalogueReferenceData() {}

  /** The shared catalogue as reference data. */
  public static ReferenceData load() {
    return from(IndicatorCatalogue.shared());
  }

  static ReferenceData from(IndicatorCatalogue catalogue) {
    List<Reference> refs = catalogue.indicators().stream().map(i -> new Reference(
        i.id(), i.name(), i.synonyms(),
        i.direction() == null ? null : switch (i.direction()) {
          case HIGHER -> Direction.HIGHER_IS_BETTER;
          case LOWER -> Direction.LOWER_IS_BETTER;
        },
        i.national() == null ? null : i.national().op(),
        i.national() == null ? null : i.national().value(),
        i.national() == null ? null : i.national().unit(),
        i.domain())).toList();
    return TsvReferenceData.of(refs);
  }
}
