package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Item;
import org.planscope.model.PlanText;
import org.planscope.model.Region;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;

/**
 * Units that one line or note gives to several items of a list: a unit line that ends the list
 * ({@link #inherit}) and a note after the list that gives units by goal number ({@link #ranged}).
 * Spans in normalised offsets, as within the extraction stage.
 */
final class ListUnits {
  private final UnitExtractor units;

  ListUnits(UnitExtractor units) {
    this.units = units;
  }

  /** The items of one list, each with its own units, after both rules. */
  List<Item> apply(List<Item> items, PlanText text, Region region) {
    return ranged(inherit(items, text), text, region);
  }

  /**
   * A note after a list that gives units by goal number (上述目标中，第4、5项由县卫生健康局牵头，
   * 县体育局配合): those goals get its units, and the last item, which the note follows, keeps
   * only the units of its own text.
   */
  List<Item> ranged(List<Item> items, PlanText text, Region region) {
    if (items.isEmpty()) {
      return items;
    }
    Item last = items.get(items.size() - 1);
    UnitExtractor.RangeNote note = units.rangeNote(text.substring(last.extent()), last.extent());
    if (note == null) {
      return items;
    }
    List<Item> out = new ArrayList<>(items.size());
    for (Item item : items) {
      List<UnitAssignment> own = item.units();
      if (item == last) {
        Span before = new Span(last.extent().start(), last.extent().start() + note.start());
        own = UnitExtractor.placeIn(units.extract(text.substring(before), before), region);
      }
      List<UnitAssignment> ranged = note.units().get(item.n());
      out.add(ranged != null && own.isEmpty()
          ? item.withUnits(UnitExtractor.placeIn(ranged, region)) : item.withUnits(own));
    }
    return out;
  }

  /**
   * A unit line of its own (牵头单位：X；配合单位：Y) that ends a list and is the only one in it
   * names the units of the whole list: the items without units of their own inherit it. Where
   * every item has its own line, each keeps its own.
   */
  List<Item> inherit(List<Item> items, PlanText text) {
    int withLine = 0;
    List<UnitAssignment> trailing = List.of();
    for (int i = 0; i < items.size(); i++) {
      Span extent = items.get(i).extent();
      String ext = text.substring(extent);
      int nl = ext.indexOf('\n');
      if (nl < 0) {
        continue;
      }
      List<UnitAssignment> line = units.sectionUnits(ext.substring(nl + 1),
          new Span(extent.start() + nl + 1, extent.end()));
      if (!line.isEmpty()) {
        withLine++;
        trailing = i == items.size() - 1 ? line : List.of();
      }
    }
    return withLine == 1 && !trailing.isEmpty() ? UnitExtractor.inherit(items, trailing) : items;
  }
}
