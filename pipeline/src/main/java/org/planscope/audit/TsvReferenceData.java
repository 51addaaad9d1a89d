package org.planscope.audit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Op;

/**
 * Reference data from a tab-separated table (the {@link org.planscope.lexicon.Tsv} format: one
 * header line, {@code #} comments), one indicator a row:
 *
 * <pre>
 * id	name	synonyms	direction	op	value	unit	domain
 * mmr	孕产妇死亡率		LOWER_IS_BETTER	&lt;=	12	1/10万	妇女与健康
 * </pre>
 *
 * {@code synonyms} is a {@code |}-separated list; {@code op}, {@code value} and {@code unit} are
 * empty when the national outline states no value; {@code direction} is HIGHER_IS_BETTER or
 * LOWER_IS_BETTER. Malformed rows fail with file:line.
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
        Reference prev = byName.putIfAbsent(Indicators.key(n), r);
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

  /** Reads a table; {@code name} names it in errors. */
  public static TsvReferenceData read(String name, InputStream in) {
    Tsv tsv = Tsv.read(name, in).require("id", "name", "direction");
    List<Reference> entries = tsv.map(row -> {
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
      return new Reference(row.get("id"), row.get("name"), row.list("synonyms"),
          row.enumValue("direction", Direction.class), op, v, row.opt("unit"), row.opt("domain"));
    });
    try {
      return new TsvReferenceData(entries);
    } catch (IllegalArgumentException e) {
      throw new org.planscope.lexicon.LexiconException(name, 0, e.getMessage());
    }
  }

  @Override
  public Optional<Reference> resolve(String idOrName) {
    if (idOrName == null) {
      return Optional.empty();
    }
    Reference r = byId.get(idOrName);
    return Optional.ofNullable(r != null ? r : byName.get(Indicators.key(idOrName)));
  }

  @Override
  public List<Reference> all() {
    return all;
  }
}
