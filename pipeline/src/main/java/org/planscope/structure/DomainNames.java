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

  /**
   * The lexicon's name of the domain a plan's domain name denotes (儿童与社会环境 → 儿童与环境),
   * or the name itself when it is none of the lexicon's names or aliases.
   */
  public static String canonical(String name) {
    if (name == null) {
      return null;
    }
    String bare = Headings.bare(name);
    for (DomainLexicon.Entry e : DomainLexicon.shared().entries()) {
      if (Headings.bare(e.name()).equals(bare)
          || e.aliases().stream().anyMatch(a -> Headings.bare(a).equals(bare))) {
        return e.name();
      }
    }
    return name;
  }
}
