package org.planscope.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.planscope.lexicon.Fold;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Op;

/**
 * The indicator catalogue ({@code models/catalogue/indicators.tsv}): canonical indicators with
 * their synonyms, patterns, unit, good direction, domain and national target. {@link #match}
 * links an extracted indicator phrase to a catalogue id: 村民委员会成员中女性比例 and
 * 嘎查委员会成员中女性比例 → {@code female_share_village_committee}.
 *
 * <p>Names and synonyms are compared after width folding and removing spaces and punctuation;
 * patterns are tried on the same form. Thread-safe and immutable after construction.
 */
public final class IndicatorCatalogue {
  public static final String MODEL = "catalogue/indicators.tsv";

  /**
   * Which way an indicator improves: 孕产妇死亡率 is lower-is-better, 参保率 higher-is-better. The
   * project's one direction type: the table reader picks a bare value's op by it, the audit
   * decides by it whether a target is looser than its reference.
   */
  public enum Direction {
    HIGHER,
    LOWER;

    /** {@code HIGHER} or {@code LOWER}; the long forms {@code HIGHER_IS_BETTER} … are accepted. */
    public static Direction parse(String s) {
      return switch (s) {
        case "HIGHER", "HIGHER_IS_BETTER" -> HIGHER;
        case "LOWER", "LOWER_IS_BETTER" -> LOWER;
        default -> throw new IllegalArgumentException(
            "direction must be HIGHER or LOWER, got '" + s + "'");
      };
    }

    /** The {@code direction} column of a catalogue or reference row. */
    public static Direction read(Tsv.Row row) {
      try {
        return parse(row.get("direction"));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
  }

  /** A national target: op, value, unit and the outline that sets it. */
  public record NationalTarget(Op op, BigDecimal value, String unit, String source) {}

  /** One catalogue row. */
  public record Indicator(String id, String name, List<String> synonyms, String unit,
      Direction direction, String domain, NationalTarget national) {}

  private static final Pattern PUNCT =
      Pattern.compile("[\\s，。、；：,.;:！!？?“”\"'‘’（）()《》〈〉【】\\[\\]·…]+");

  private final List<Indicator> indicators;
  private final Map<String, Indicator> byKey = new HashMap<>();
  private final List<Map.Entry<Pattern, Indicator>> patterns = new ArrayList<>();

  public IndicatorCatalogue(Tsv tsv) {
    tsv.require("id", "name", "synonyms", "patterns", "unit", "direction", "domain", "national",
        "source");
    List<Indicator> list = new ArrayList<>();
    for (Tsv.Row r : tsv.unique("id").values()) {
      NationalTarget nt = null;
      String national = r.opt("national");
      if (national != null) {
        String[] p = national.split("\\s+");
        if (p.length != 3) {
          throw r.error("national must be 'op value unit', got '" + national + "'");
        }
        try {
          nt = new NationalTarget(Op.fromSymbol(p[0]), new BigDecimal(p[1]), p[2], r.opt("source"));
        } catch (IllegalArgumentException e) {
          throw r.error("bad national target '" + national + "': " + e.getMessage());
        }
      }
      Indicator ind = new Indicator(r.get("id"), r.get("name"), r.list("synonyms"), r.get("unit"),
          Direction.read(r), r.get("domain"), nt);
      list.add(ind);
      List<String> names = new ArrayList<>(ind.synonyms());
      names.add(0, ind.name());
      for (String n : names) {
        Indicator prev = byKey.putIfAbsent(key(n), ind);
        if (prev != null && prev != ind) {
          throw r.error("name '" + n + "' is already used by " + prev.id());
        }
      }
      for (String p : r.list("patterns")) {
        try {
          patterns.add(Map.entry(Pattern.compile(p), ind));
        } catch (PatternSyntaxException e) {
          throw r.error("bad pattern '" + p + "': " + e.getDescription());
        }
      }
    }
    this.indicators = List.copyOf(list);
  }

  private static final class DefaultHolder {
    static final IndicatorCatalogue INSTANCE = new IndicatorCatalogue(Tsv.model(MODEL));
  }

  /** The project catalogue, loaded on first use. */
  public static IndicatorCatalogue shared() {
    return DefaultHolder.INSTANCE;
  }

  /** Indicator name → its synonyms and id, for query expansion (村委会 = 嘎查委员会 …). */
  public Map<String, List<String>> synonymGroups() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (Indicator i : indicators) {
      List<String> names = new ArrayList<>(i.synonyms());
      names.add(i.id());
      out.put(i.name(), names);
    }
    return out;
  }

  public List<Indicator> indicators() {
    return indicators;
  }

  public Optional<Indicator> byId(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The comparison form: width folded, spaces and punctuation removed. */
  static String key(String s) {
    return PUNCT.matcher(Fold.width(s)).replaceAll("");
  }

  /**
   * The catalogue indicator an extracted phrase names: equal to a name or synonym, else the first
   * pattern that finds a match; empty when none fits.
   */
  public Optional<Indicator> match(String phrase) {
    if (phrase == null || phrase.isBlank()) {
      return Optional.empty();
    }
    String k = key(phrase);
    Indicator exact = byKey.get(k);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (Map.Entry<Pattern, Indicator> e : patterns) {
      if (e.getKey().matcher(k).find()) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
