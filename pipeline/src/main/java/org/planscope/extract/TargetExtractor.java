package org.planscope.extract;

import java.util.List;
import org.planscope.model.Span;
import org.planscope.model.Target;

/**
 * Reads quantified targets from an item's text: 孕产妇死亡率下降到12/10万以下 → 孕产妇死亡率 ≤ 12
 * 1/10万. First cut: none.
 */
public final class TargetExtractor {
  /**
   * @param text the item text
   * @param span where the text is in the plan's normalised text; target spans are offset by it
   */
  public List<Target> extract(String text, Span span) {
    return List.of();
  }
}
