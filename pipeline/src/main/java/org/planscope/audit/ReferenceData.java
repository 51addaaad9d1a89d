package org.planscope.audit;

import java.util.List;
import java.util.Optional;

/**
 * What the audit needs from the indicator catalogue: entries by id or by name, and the list of all
 * entries. {@link CatalogueReferenceData#load()} is the one seam to the catalogue in {@code
 * models/}; {@link TsvReferenceData} reads a small table of the same shape (tests, {@code audit
 * --reference FILE}).
 */
public interface ReferenceData {
  /** No catalogue: the rules that need one stay silent. */
  ReferenceData NONE = new ReferenceData() {
    @Override
    public Optional<Reference> resolve(String idOrName) {
      return Optional.empty();
    }

    @Override
    public List<Reference> all() {
      return List.of();
    }
  };

  /**
   * The entry with this catalogue id, or whose name or a synonym equals this indicator phrase
   * (after {@link org.planscope.lexicon.Fold#key} normalisation). A phrase with qualifiers the catalogue
   * does not list (an age band, a place) does not resolve: comparing it would be a guess.
   */
  Optional<Reference> resolve(String idOrName);

  /** Every entry, in catalogue order. */
  List<Reference> all();
}
