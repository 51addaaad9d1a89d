package org.planscope.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one width fold: what plans print against what the lexicons hold. */
class FoldTest {
  @Test
  void widthIsNfkcWithTheRatioColon() {
    assertEquals("孕产妇死亡率12/10万", Fold.width("孕产妇死亡率１２／１０万"));
    assertEquals("≥ 70%", Fold.width("≥ 70％"));
    assertEquals("3:2", Fold.width("3∶2"));
    assertEquals("m2", Fold.width("㎡"));
    assertNull(Fold.width((String) null));
  }

  @Test
  void widthOfOneCharacterKeepsOffsets() {
    assertEquals('%', Fold.width('％'));
    assertEquals('1', Fold.width('１'));
    assertEquals(':', Fold.width('∶'));
    assertEquals('㎡', Fold.width('㎡')); // folds to two characters: kept
    assertEquals('率', Fold.width('率'));
  }

  @Test
  void keyDropsEveryKindOfSpace() {
    assertEquals("宫颈癌筛查率12.5/10万", Fold.key("宫颈癌 筛查率\u3000１２.５/10\u00A0万\n"));
    assertEquals("", Fold.key(null));
  }
}
