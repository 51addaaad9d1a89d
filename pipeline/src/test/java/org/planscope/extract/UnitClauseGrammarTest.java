package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planscope.extract.UnitClauseGrammar.Agent;
import org.planscope.extract.UnitClauseGrammar.Subject;

/** The clause grammar of unit assignments alone: clauses, subjects and agents. */
class UnitClauseGrammarTest {
  private final UnitClauseGrammar grammar =
      new UnitClauseGrammar(DepartmentDictionary.shared(), new UnitCues());

  @Test
  void cutsClausesAndNumbersSentences() {
    String text = "一是加强领导，由县卫生健康局牵头。二是县妇联配合";
    String clauses = UnitClauseGrammar.clauses(text, 0, text.length()).stream()
        .map(c -> text.substring(c.start(), c.end()) + "@" + c.sentence())
        .collect(Collectors.joining(" | "));
    assertEquals("一是加强领导@0 | 由县卫生健康局牵头@0 | 二是县妇联配合@1", clauses);
  }

  @Test
  void skipsItemNumberingButNotChapterNumbering() {
    String item = "（三）县卫生健康局负责";
    assertEquals(3, UnitClauseGrammar.skipNumbering(item, 0, item.length()));
    String chapter = "第三章 组织实施";
    assertEquals(0, UnitClauseGrammar.skipNumbering(chapter, 0, chapter.length()));
  }

  @Test
  void readsTheSubjectList() {
    String text = "县卫生健康局、县妇联及有关部门负责宣传";
    Subject s = grammar.subject(text, 0, text.length());
    assertEquals("县卫生健康局 县妇联", s.units().stream().map(UnitName::name)
        .collect(Collectors.joining(" ")));
    assertEquals(true, s.generic());
    assertEquals(text.indexOf("负责"), s.end());
    assertEquals(false, s.dangling());
    assertNull(grammar.subject("加强宣传", 0, 4));
  }

  @Test
  void findsTheAgent() {
    String text = "加强监测，由县统计局牵头，县财政局配合";
    Agent a = grammar.agent(text, 0, text.length(), null);
    assertEquals("县统计局", a.units().get(0).name());
    assertEquals("牵头", a.cue());
    assertEquals(text.indexOf("牵头"), a.cueStart());
    assertNull(grammar.agent("由此可见", 0, 4, null));
  }
}
