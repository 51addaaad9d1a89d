package org.planscope.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Op;
import org.planscope.model.Plan;
import org.planscope.model.Role;
import org.planscope.model.Section;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.UnitAssignment;
import org.planscope.model.Warning;

/**
 * Writes a {@link Plan} as JSON. Every {@code span} is a {@code [start, end)} pair of character
 * offsets into the <em>source</em> text (the decoded file, or the text the reader rendered), so
 * that a viewer can highlight it there: the plan's own spans, written as they are. Goals carry {@code lead} / {@code responsible} name lists
 * and only stated targets in {@code targets}; indicators named without a value are listed in
 * {@code missingValues}. Rows of indicator tables are items too ({@code indicators}, same shape,
 * present only when the plan has such a table).
 */
public final class PlanJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /**
   * Trees are written by the streaming generator, not an {@code ObjectMapper}: the same bytes
   * (the mapper's indented output is the generator's default pretty printer), without building
   * the mapper's serializer machinery, which took 45 ms of a 0.6 s cold extract.
   */
  private static final JsonFactory JSON = new JsonFactory();

  private PlanJson() {}

  /** Pretty-printed JSON, for files. */
  public static String pretty(Plan plan) {
    return write(true, toTree(plan));
  }

  /** One line, for JSON Lines on stdout. */
  public static String line(Plan plan) {
    return write(false, toTree(plan));
  }

  /** One line of any tree built with {@link #object()}. */
  public static String line(JsonNode node) {
    return write(false, node);
  }

  public static String pretty(JsonNode node) {
    return write(true, node);
  }

  public static ObjectNode object() {
    return F.objectNode();
  }

  /**
   * One value's object as it is, several under {@code key} as an array: {@code {key: [...]}}
   * (a compare or a hierarchy of one indicator, or of several).
   */
  static <T> String pretty(List<T> all, String key, java.util.function.Function<T, ObjectNode> f) {
    if (all.size() == 1) {
      return pretty(f.apply(all.get(0)));
    }
    ObjectNode o = object();
    ArrayNode a = o.putArray(key);
    all.forEach(x -> a.add(f.apply(x)));
    return pretty(o);
  }

  public static ArrayNode array() {
    return F.arrayNode();
  }

  private static String write(boolean pretty, JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      write(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode child : node) {
          write(g, child);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> g.writeNumber(node.intValue());
          case LONG -> g.writeNumber(node.longValue());
          case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
          case FLOAT -> g.writeNumber(node.floatValue());
          case DOUBLE -> g.writeNumber(node.doubleValue());
          case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
          default -> throw new IllegalArgumentException("number " + node);
        }
      }
      default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }
  }

  public static ObjectNode toTree(Plan plan) {
    ObjectNode o = F.objectNode();
    o.put("id", plan.id());
    o.put("doc", plan.source().fileName());
    o.put("source", plan.source().path());
    o.put("sha256", plan.source().sha256());
    o.put("mediaType", plan.source().mediaType());
    o.put("title", plan.title());
    o.put("titleInferred", plan.titleInferred());
    ObjectNode region = o.putObject("region");
    region.put("name", plan.region().name());
    region.put("level", plan.region().level());
    region.put("province", plan.region().province());
    region.put("city", plan.region().city());
    region.put("code", plan.region().code());
    if (plan.period() == null) {
      o.putNull("period");
    } else {
      ObjectNode p = o.putObject("period");
      p.put("start", plan.period().start());
      p.put("end", plan.period().end());
    }
    o.put("planType", plan.planType());
    ArrayNode domains = o.putArray("domains");
    for (Domain d : plan.domains()) {
      ObjectNode dn = domains.addObject();
      dn.put("name", d.name());
      dn.put("heading", d.heading());
      dn.put("inferred", d.inferred());
      putSpan(dn, d.span());
      items(dn.putArray("goals"), d.goals());
      items(dn.putArray("measures"), d.measures());
    }
    items(o.putArray("keyProjects"), plan.keyProjects());
    if (!plan.indicators().isEmpty()) {
      // written only when the plan has indicator tables, so plans without any read as before
      items(o.putArray("indicators"), plan.indicators());
    }
    ArrayNode sections = o.putArray("sections");
    for (Section s : plan.sections()) {
      ObjectNode sn = sections.addObject();
      sn.put("kind", s.kind().name());
      sn.put("heading", s.heading());
      putSpan(sn, s.span());
    }
    units(o.putArray("implementationUnits"), plan.implementationUnits());
    ArrayNode warnings = o.putArray("warnings");
    for (Warning w : plan.warnings()) {
      ObjectNode wn = warnings.addObject();
      wn.put("code", w.code());
      wn.put("message", w.message());
      if (!w.args().isEmpty()) {
        ArrayNode args = wn.putArray("args");
        w.args().forEach(args::add);
      }
      if (w.span() != null) {
        putSpan(wn, w.span());
      }
    }
    return o;
  }

  private static void items(ArrayNode out, List<Item> items) {
    for (Item item : items) {
      ObjectNode n = out.addObject();
      n.put("n", item.n());
      n.put("number", item.number());
      n.put("title", item.title());
      n.put("text", item.text());
      putSpan(n, item.span());
      ArrayNode targets = n.putArray("targets");
      ArrayNode missing = n.putArray("missingValues");
      for (Target t : item.targets()) {
        ObjectNode tn = (t.stated() ? targets : missing).addObject();
        tn.put("indicator", t.indicator());
        tn.put("indicatorId", t.indicatorId());
        if (t.stated()) {
          // a fall (以2020年为基数下降20%) is written as printed, by its size: >= 20, with "fall"
          boolean fall = t.relative() && t.value() != null && t.value().signum() < 0;
          Op op = fall && t.op() != null ? t.op().mirrored() : t.op();
          tn.put("op", op == null ? null : op.symbol());
          if (t.valueText() != null) {
            tn.put("value", fall && t.valueText().startsWith("-") ? t.valueText().substring(1)
                : t.valueText());
          } else {
            tn.put("value", fall ? t.value().negate() : t.value());
          }
          tn.put("unit", t.unit());
          if (t.year() != null) {
            tn.put("year", t.year());
          }
          if (t.baseline() != null) {
            tn.put("baseline", t.baseline());
          }
          if (t.relative()) {
            tn.put("relative", true);
          }
          if (fall) {
            tn.put("fall", true);
          }
          if (t.baseYear() != null) {
            tn.put("baseYear", t.baseYear());
          }
          if (!t.qualifiers().isEmpty()) {
            ArrayNode q = tn.putArray("qualifiers");
            t.qualifiers().forEach(q::add);
          }
        }
        tn.put("raw", t.raw());
        if (t.span() != null) {
          putSpan(tn, t.span());
        }
      }
      if (item.kind() == ItemKind.GOAL || !item.units().isEmpty()) {
        names(n.putArray("lead"), item, Role.LEAD);
        names(n.putArray("responsible"), item, Role.RESPONSIBLE);
        names(n.putArray("cooperating"), item, Role.COOPERATING);
        units(n.putArray("units"), item.units());
      }
    }
  }

  private static void names(ArrayNode out, Item item, Role role) {
    item.unitNames(role).forEach(out::add);
  }

  private static void units(ArrayNode out, List<UnitAssignment> units) {
    for (UnitAssignment u : units) {
      ObjectNode un = out.addObject();
      un.put("unit", u.name());
      un.put("role", u.role().name().toLowerCase(java.util.Locale.ROOT));
      un.put("department", u.department());
      un.put("levelPrefix", u.levelPrefix());
      un.put("region", u.region());
      if (u.duty() != null) {
        un.put("duty", u.duty());
      }
      if (u.span() != null) {
        putSpan(un, u.span());
      }
    }
  }

  private static void putSpan(ObjectNode n, Span span) {
    n.putArray("span").add(span.start()).add(span.end());
  }
}
