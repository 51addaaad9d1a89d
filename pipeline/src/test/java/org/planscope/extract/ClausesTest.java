package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Clause and sentence bounds in folded item text. */
class ClausesTest {
  private static final String S = "到2025年，住院分娩率达到98%；床位1,200张";
  private final Clauses c = new Clauses(S);

  @Test
  void clauseEndsAtCommaButSentenceOnlyAtSemicolon() {
    int value = S.indexOf("98");
    assertEquals(S.indexOf("住"), c.clauseStart(value));
    assertEquals(S.indexOf("；"), c.clauseEnd(value));
    assertEquals(0, c.sentenceStart(value));
    assertEquals(S.indexOf("床"), c.sentenceStart(S.indexOf("张")));
  }

  @Test
  void commaBetweenDigitsIsNoBoundary() {
    assertFalse(c.boundary(S.indexOf(",")));
    assertTrue(c.boundary(S.indexOf("，")));
    assertEquals(S.length(), c.clauseEnd(S.indexOf("1,")));
  }

  @Test
  void previousClause() {
    assertArrayEquals(new int[] {0, 6}, c.previous(S.indexOf("住")));
    assertArrayEquals(new int[] {7, 17}, c.previous(S.indexOf("床")));
    assertNull(c.previous(0));
  }
}
