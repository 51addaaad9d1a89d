package org.planscope.structure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The development domains' names for other stages: the lexicon itself stays in this package. */
public final class DomainNames {
  private DomainNames() {}

  /**
   * Each domain's name and the other ways headings print it (妇女与健康 → 妇女健康), from {@code
   * models/lexicon/domains.tsv}, in file order.
   */
  public static Map<String, List<String>> aliasGroups() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (DomainLexicon.Entry e : DomainLexicon.shared().entries()) {
      out.put(e.name(), e.aliases());
    }
    return out;
  }
}
