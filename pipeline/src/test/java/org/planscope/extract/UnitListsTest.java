package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.UnitAssignment;

/** Explicit unit lists alone: label lists and lists recognised by their form. */
class UnitListsTest {
  private final UnitLists lists = new UnitLists(DepartmentDictionary.shared(), new UnitCues());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text | units as ROLE:name, in text order
      （牵头单位：区卫生健康局。责任单位：区财政局、区妇联） | LEAD:区卫生健康局 RESPONSIBLE:区财政局 RESPONSIBLE:区妇联
      责任单位：区妇联等区妇儿工委有关成员单位             | RESPONSIBLE:区妇联 RESPONSIBLE:区妇儿工委有关成员单位
      牵头单位：县教育局；配合单位：县团委               | LEAD:县教育局 COOPERATING:县团委
      """)
  void readsLabelLists(String text, String expected) {
    List<UnitAssignment> out = new ArrayList<>();
    lists.labelled(text, 0, text.length(), 0, out, new boolean[text.length()]);
    assertEquals(expected, render(UnitLists.ordered(out), text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # names the dictionary may not know, taken by their form in a whole 由X牵头 / X配合 clause
      由县乡村振兴局牵头，县自然资源局、县林草局配合 | LEAD:县乡村振兴局 COOPERATING:县自然资源局 COOPERATING:县林草局
      # a clause with a name that has no organisation form is not taken
      由县乡村振兴局牵头，各乡镇配合               | LEAD:县乡村振兴局
      """)
  void readsListsByForm(String text, String expected) {
    List<UnitAssignment> out = new ArrayList<>();
    lists.byForm(text, 0, new boolean[text.length()], out);
    assertEquals(expected, render(UnitLists.ordered(out), text));
  }

  private static String render(List<UnitAssignment> units, String text) {
    units.forEach(u -> assertEquals(u.name(), u.span().in(text), "span of " + u.name()));
    return units.stream().map(u -> u.role() + ":" + u.name()).collect(Collectors.joining(" "));
  }
}
