package org.planscope.audit;

/**
 * The seam between the audit and the indicator catalogue in {@code models/} (canonical
 * indicators with id, name, synonyms, unit, good direction, domain and national target), which the
 * target stage owns.
 *
 * <p>TODO(integrator): the catalogue's file format and loader are not known to the audit yet.
 * Once they land, make {@link #load()} read the catalogue through its loader and map each entry to
 * a {@link Reference} — {@code new Reference(id, name, synonyms, direction, op, value, unit,
 * domain)}, with {@code op}/{@code value}/{@code unit} the national target (null when the outline
 * states none) and {@code direction} HIGHER_IS_BETTER / LOWER_IS_BETTER — and return it as a
 * {@link ReferenceData} (e.g. {@code TsvReferenceData.of(List<Reference>)}). Then enable {@code
 * AuditCorpusTest#plan003IsWeakerThanTheNationalOutline}. Nothing else in the audit changes.
 */
public final class CatalogueReferenceData {
  private CatalogueReferenceData() {}

  /** The catalogue as reference data; {@link ReferenceData#NONE} until the catalogue lands. */
  public static ReferenceData load() {
    return ReferenceData.NONE;
  }
}
