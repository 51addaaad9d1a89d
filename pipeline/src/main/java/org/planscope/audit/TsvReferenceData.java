package org.planscope.audit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planscope.lexicon.Fold;
import org.planscope.extract.IndicatorCatalogue.Direction;
import org.planscope.lexicon.LexiconException;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Op;

/**
 * Reference data from a tab-separated table (the {@link org.planscope.lexicon.Tsv} format: one
 * header line, {@code #} comments), one indicator a row, in either of two shapes:
 *
 * <ul>
 *   <li>the indicator catalogue's ({@code models/catalogue/indicators.tsv}): {@code id name
 *       synonyms … direction domain national source year article milestones milestone_source},
 *       with {@code national} as {@code op value unit} ({@code <= 12 1/10万}), {@code direction}
 *       HIGHER or LOWER, and {@code milestones} as {@code |}-separated {@code year op value unit}.
 *       A province's or city's table of its own targets uses the same shape;
 *   <li>the short shape {@code id name synonyms direction op value unit domain [year source]},
 *       direction HIGHER_IS_BETTER or LOWER_IS_BETTER.
 * </ul>
 *
 * Malformed rows fail with file:line.
 */
public final class TsvReferenceData implements ReferenceData {
  private final List<Reference> all;
  private final Map<String, Reference> byId = new HashMap<>();
  private final Map<String, Reference> byName = new HashMap<>();

  private TsvReferenceData(List<Reference> entries) {
    this.all = List.copyOf(entries);
    for (Reference r : all) {
      if (byId.putIfAbsent(r.indicatorId(), r) != null) {
        throw new IllegalArgumentException("duplicate indicator id " + r.indicatorId());
      }
      for (String n : r.names()) {
        Reference prev = byName.putIfAbsent(Fold.key(n), r);
        if (prev != null && prev != r) {
          throw new IllegalArgumentException("indicator name '" + n + "' names both "
              + prev.indicatorId() + " and " + r.indicatorId());
        }
      }
    }
  }

  /** Reference data over entries built elsewhere (the catalogue adapter, tests). */
  public static TsvReferenceData of(List<Reference> entries) {
    return new TsvReferenceData(entries);
  }

  public static TsvReferenceData read(Path file) throws IOException {
    return read(file.toString(), Files.newInputStream(file));
  }

  /** Reads a table of either shape; {@code name} names it in errors. */
  public static TsvReferenceData read(String name, InputStream in) {
    return read(Tsv.read(name, in));
  }

  static TsvReferenceData read(Tsv tsv) {
    List<Reference> entries = tsv.columns().contains("national") ? catalogue(tsv) : short_(tsv);
    try {
      return new TsvReferenceData(entries);
    } catch (IllegalArgumentException e) {
      throw new LexiconException(tsv.file(), 0, e.getMessage());
    }
  }

  private static List<Reference> short_(Tsv tsv) {
    tsv.require("id", "name", "direction");
    return tsv.map(row -> {
      String value = row.opt("value");
      BigDecimal v;
      Op op;
      try {
        v = value == null ? null : new BigDecimal(value);
        op = row.opt("op") == null ? null : Op.fromSymbol(row.opt("op"));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      if ((v == null) != (op == null) || (v != null && row.opt("unit") == null)) {
        throw row.error("op, value and unit are given together or not at all");
      }
      Integer year = year(row, row.opt("year"));
      List<Reference.Milestone> targets = v == null ? List.of()
          : List.of(new Reference.Milestone(year, op, v, row.opt("unit"), row.opt("source")));
      return new Reference(row.get("id"), row.get("name"), row.list("synonyms"),
          Direction.read(row), op, v, row.opt("unit"), row.opt("domain"),
          targets, null);
    });
  }

  private static List<Reference> catalogue(Tsv tsv) {
    tsv.require("id", "name", "direction", "national");
    return tsv.map(row -> {
      Direction direction = Direction.read(row);
      String source = row.opt("source");
      String document = document(source);
      List<Reference.Milestone> targets = new ArrayList<>();
      Reference.Milestone national = null;
      if (row.opt("national") != null) {
        String[] p = row.opt("national").split("\\s+");
        if (p.length != 3) {
          throw row.error("national must be 'op value unit', got '" + row.opt("national") + "'");
        }
        String where = document == null ? null
            : row.opt("article") == null ? document : document + row.opt("article");
        national = milestone(row, year(row, row.opt("year")), p[0], p[1], p[2], where);
        targets.add(national);
      }
      List<String> sources = row.list("milestone_source");
      List<String> ms = row.list("milestones");
      for (int i = 0; i < ms.size(); i++) {
        String[] p = ms.get(i).split("\\s+");
        if (p.length != 4) {
          throw row.error("a milestone is 'year op value unit', got '" + ms.get(i) + "'");
        }
        String src = sources.isEmpty() ? null : sources.get(Math.min(i, sources.size() - 1));
        targets.add(milestone(row, year(row, p[0]), p[1], p[2], p[3], src));
      }
      return new Reference(row.get("id"), row.get("name"), row.list("synonyms"), direction,
          national == null ? null : national.op(), national == null ? null : national.value(),
          national == null ? null : national.unit(), row.opt("domain"), targets,
          "W".equals(source) ? "women" : "C".equals(source) ? "children" : null);
    });
  }

  /** W and C name the national outlines; any other source is printed as given. */
  private static String document(String source) {
    if (source == null) {
      return null;
    }
    return switch (source) {
      case "W" -> "《中国妇女发展纲要（2021—2030年）》";
      case "C" -> "《中国儿童发展纲要（2021—2030年）》";
      default -> source;
    };
  }

  private static Reference.Milestone milestone(Tsv.Row row, Integer year, String op,
      String value, String unit, String source) {
    try {
      return new Reference.Milestone(year, Op.fromSymbol(op), new BigDecimal(value), unit, source);
    } catch (IllegalArgumentException e) {
      throw row.error("bad target '" + op + " " + value + " " + unit + "': " + e.getMessage());
    }
  }

  private static Integer year(Tsv.Row row, String s) {
    if (s == null) {
      return null;
    }
    try {
      int y = Integer.parseInt(s.strip());
      if (y < 1900 || y > 2200) {
        throw row.error("year out of range: " + s);
      }
      return y;
    } catch (NumberFormatException e) {
      throw row.error("not a year: '" + s + "'");
    }
  }

  @Override
  public Optional<Reference> resolve(String idOrName) {
    if (idOrName == null) {
      return Optional.empty();
    }
    Reference r = byId.get(idOrName);
    return Optional.ofNullable(r != null ? r : byName.get(Fold.key(idOrName)));
  }

  @Override
  public List<Reference> all() {
    return all;
  }
}
