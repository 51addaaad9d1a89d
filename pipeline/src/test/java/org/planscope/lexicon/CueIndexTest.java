package org.planscope.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueIndexTest {
  static final CueIndex<String> CUES = CueIndex.of(List.of("保持在", "达到并保持在", "达到", "以上", "及以上"));

  @Test
  void longestCueWinsAtOnePosition() {
    assertEquals("达到并保持在", CUES.endingAt("毛入学率达到并保持在93%", 10));
    assertEquals("达到并保持在", CUES.at("达到并保持在93%", 0));
    assertEquals("及以上", CUES.at("65岁及以上", 3));
    assertEquals("以上", CUES.at("65岁及以上", 4));
  }

  @Test
  void missesOutsideTheTextAndBetweenCues() {
    assertNull(CUES.at("达到", 2));
    assertNull(CUES.endingAt("达到", 0));
    assertNull(CUES.at("筛查率", 0));
    assertNull(CUES.endingAt("到", 1));
  }
}
