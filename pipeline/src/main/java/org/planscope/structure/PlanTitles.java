package org.planscope.structure;

import org.planscope.model.Period;
import org.planscope.model.Region;

/**
 * What a plan's title and a typed period say, for the stages after extraction: the period a
 * phrase names (2011—2020, “十三五” → 2016–2020) and the field a plan covers (仁寿县“十四五”卫生健康事业
 * 发展规划 → 卫生健康事业发展), read as {@link MetadataReader} reads them.
 */
public final class PlanTitles {
  private PlanTitles() {}

  private static final class Holder {
    static final MetadataReader READER =
        new MetadataReader(StructureCues.shared(), Gazetteer.shared());
  }

  /** The period a phrase states (2021—2030, 2021-2030, 十四五), or null. */
  public static Period period(String phrase) {
    return phrase == null ? null : MetadataReader.period(phrase);
  }

  /** 十四五 for 2021–2025, or null when the period is not a five-year plan's. */
  public static String fiveYearName(Period p) {
    return p == null ? null : MetadataReader.fiveYearName(p);
  }

  /** The field a title names, without region, period, quotation marks and plan word; or "". */
  public static String field(String title, Region region) {
    return Holder.READER.field(title, region);
  }
}
