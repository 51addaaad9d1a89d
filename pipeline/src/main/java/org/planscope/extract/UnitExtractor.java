package org.planscope.extract;

import java.util.List;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;

/**
 * Reads lead / responsible units: （牵头单位：区卫生健康局。责任单位：区财政局、区妇联）. First cut: none.
 */
public final class UnitExtractor {
  /**
   * Units assigned to one item.
   *
   * @param text the item's whole extent (number, text and trailing note)
   * @param span where that extent is in the plan's normalised text
   */
  public List<UnitAssignment> extract(String text, Span span) {
    return List.of();
  }

  /**
   * Units given duties in an implementation or monitoring chapter (由X牵头, X负责…).
   *
   * @param text the chapter's text
   * @param span where the chapter is in the plan's normalised text
   */
  public List<UnitAssignment> extractDuties(String text, Span span) {
    return List.of();
  }
}
