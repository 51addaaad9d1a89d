package org.planscope.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Op;
import org.planscope.model.Period;
import org.planscope.model.Plan;
import org.planscope.model.Region;
import org.planscope.model.Role;
import org.planscope.model.Section;
import org.planscope.model.SectionKind;
import org.planscope.model.Source;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;
import org.planscope.model.UnitAssignment;
import org.planscope.model.Warning;

/**
 * Reads a plan written by {@link PlanJson} back into the model, for the stages that work on
 * ingested data ({@code audit}).
 *
 * <p>The JSON carries every item text, target, unit, domain, the region and the title, but not
 * the plan's full text; its spans are source offsets, as in every {@link Plan}, and are kept as
 * they are: a plan read back has the same spans as the plan extracted afresh from its file. Read
 * {@link Item#text()}, {@link Target#raw()} and the other text fields for the words; re-read the
 * source file when the full text is needed.
 *
 * <p>Fields the writer does not emit come back as defaults: {@code Source.bytes} 0, {@code
 * Item.extent} = {@code span}; a fraction target ({@code "1/2"}, unit {@code fraction}) gets its
 * decimal value back, a ratio ({@code "1:3"}) none. Unknown fields are ignored.
 */
public final class PlanJsonReader {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private PlanJsonReader() {}

  /** A malformed plan file: the message says which field. */
  public static final class FormatException extends RuntimeException {
    FormatException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The {@code source} path a plan file records, read without building the plan (the listing of a
   * generation reads many); null when the file has none.
   */
  public static String sourcePath(Path file) throws IOException {
    try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return null;
      }
      for (com.fasterxml.jackson.core.JsonToken t; (t = p.nextToken()) == com.fasterxml.jackson.core.JsonToken.FIELD_NAME; ) {
        String name = p.getCurrentName();
        t = p.nextToken();
        if (name.equals("source") && t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
      return null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  public static Plan read(Path file) throws IOException {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (FormatException e) {
      throw new FormatException(file + ": " + e.getMessage(), e.getCause());
    }
  }

  public static Plan read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FormatException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new FormatException("not a plan object", null);
    }
    try {
      return new Reader().plan(root);
    } catch (RuntimeException e) {
      throw new FormatException("not a plan: " + e.getMessage(), e);
    }
  }

  /** One read. */
  private static final class Reader {
    Plan plan(JsonNode o) {
      String id = text(o, "id");
      if (id == null) {
        throw new IllegalArgumentException("no 'id'");
      }
      Source source = new Source(text(o, "source"), text(o, "doc"), text(o, "sha256"),
          text(o, "mediaType"), 0);
      JsonNode r = o.path("region");
      Region region = new Region(text(r, "name"), text(r, "level"), text(r, "province"),
          text(r, "city"), text(r, "code"));
      JsonNode p = o.path("period");
      Period period = p.isObject() ? new Period(p.path("start").asInt(), p.path("end").asInt())
          : null;
      List<Domain> domains = new ArrayList<>();
      for (JsonNode d : o.path("domains")) {
        domains.add(new Domain(text(d, "name"), text(d, "heading"), span(d),
            d.path("inferred").asBoolean(false), items(d.path("goals"), ItemKind.GOAL),
            items(d.path("measures"), ItemKind.MEASURE)));
      }
      List<Item> keyProjects = items(o.path("keyProjects"), ItemKind.KEY_PROJECT);
      List<Item> indicators = items(o.path("indicators"), ItemKind.INDICATOR);
      List<Section> sections = new ArrayList<>();
      for (JsonNode s : o.path("sections")) {
        sections.add(new Section(SectionKind.valueOf(text(s, "kind")), text(s, "heading"),
            span(s)));
      }
      List<UnitAssignment> implementation = units(o.path("implementationUnits"));
      List<Warning> warnings = new ArrayList<>();
      for (JsonNode w : o.path("warnings")) {
        List<String> args = new ArrayList<>();
        w.path("args").forEach(a -> args.add(a.asText()));
        warnings.add(new Warning(text(w, "code"), text(w, "message"), span(w), args));
      }
      return new Plan(id, source, text(o, "title"), o.path("titleInferred").asBoolean(false),
          region, period, text(o, "planType"), domains, keyProjects, sections, implementation,
          warnings, indicators);
    }

    private List<Item> items(JsonNode array, ItemKind kind) {
      List<Item> out = new ArrayList<>();
      for (JsonNode n : array) {
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : n.path("targets")) {
          targets.add(target(t, TargetStatus.STATED));
        }
        for (JsonNode t : n.path("missingValues")) {
          targets.add(target(t, TargetStatus.MISSING_VALUE));
        }
        // the writer splits targets into two arrays; text order is span order
        targets.sort(java.util.Comparator.comparing(Target::span,
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        List<UnitAssignment> units = n.has("units") ? units(n.path("units")) : namesOnly(n);
        Span span = span(n);
        out.add(new Item(kind, n.path("n").asInt(), text(n, "number"), text(n, "title"),
            n.path("text").asText(""), span, span, targets, units));
      }
      return out;
    }

    private Target target(JsonNode t, TargetStatus status) {
      JsonNode v = t.path("value");
      BigDecimal value = null;
      String valueText = null;
      String unit = text(t, "unit");
      if (v.isNumber()) {
        value = v.decimalValue();
      } else if (v.isTextual()) {
        valueText = v.asText();
        value = fraction(valueText, unit);
      }
      String op = text(t, "op");
      Op comparator = op == null ? null : Op.fromSymbol(op);
      if (t.path("fall").asBoolean(false)) { // written by its size: >= 20 is a fall of <= -20
        comparator = comparator == null ? null : comparator.mirrored();
        value = value == null ? null : value.negate();
        valueText = valueText == null ? null : "-" + valueText;
      }
      List<String> qualifiers = new ArrayList<>();
      t.path("qualifiers").forEach(q -> qualifiers.add(q.asText()));
      return new Target(t.path("indicator").asText(""), text(t, "indicatorId"),
          comparator, value, valueText, unit, text(t, "raw"), span(t),
          status, integer(t, "year"), qualifiers,
          t.path("baseline").isNumber() ? t.get("baseline").decimalValue() : null,
          t.path("relative").asBoolean(false), integer(t, "baseYear"));
    }

    private static Integer integer(JsonNode n, String field) {
      return n.has(field) && !n.get(field).isNull() ? n.get(field).asInt() : null;
    }

    private List<UnitAssignment> units(JsonNode array) {
      List<UnitAssignment> out = new ArrayList<>();
      for (JsonNode u : array) {
        out.add(new UnitAssignment(text(u, "unit"),
            Role.valueOf(text(u, "role").toUpperCase(Locale.ROOT)), text(u, "department"),
            text(u, "levelPrefix"), text(u, "duty"), span(u)));
      }
      return out;
    }

    /** Older or hand-written files: lead / responsible / cooperating name lists only. */
    private List<UnitAssignment> namesOnly(JsonNode n) {
      List<UnitAssignment> out = new ArrayList<>();
      for (Role role : Role.values()) {
        for (JsonNode name : n.path(role.name().toLowerCase(Locale.ROOT))) {
          out.add(new UnitAssignment(name.asText(), role, null, null, null, null));
        }
      }
      return out;
    }

    private Span span(JsonNode n) {
      JsonNode s = n.get("span");
      if (s == null || !s.isArray() || s.size() != 2) {
        return null;
      }
      return new Span(s.get(0).asInt(), s.get(1).asInt());
    }
  }

  private static BigDecimal fraction(String valueText, String unit) {
    if (!"fraction".equals(unit)) {
      return null;
    }
    int slash = valueText.indexOf('/');
    try {
      return new BigDecimal(valueText.substring(0, slash).strip())
          .divide(new BigDecimal(valueText.substring(slash + 1).strip()), MathContext.DECIMAL64);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
