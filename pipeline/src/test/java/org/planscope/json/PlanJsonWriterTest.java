package org.planscope.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanJson} writes trees with the streaming generator: byte for byte what an
 * {@code ObjectMapper} writes, indented and on one line, for every kind of value.
 */
class PlanJsonWriterTest {
  private static ObjectNode everyKind() {
    ObjectNode o = PlanJson.object();
    o.put("title", "鹿寨县妇女发展规划（2021—2030年）");
    o.put("escapes", "引号\" 反斜杠\\ 换行\n 制表\t \u0001");
    o.put("int", 12);
    o.put("long", 20_300_000_000L);
    o.put("decimal", new BigDecimal("12.50"));
    o.put("exponent", new BigDecimal("1E+1"));
    o.put("double", 0.1);
    o.put("float", 2.5f);
    o.put("big", new BigInteger("123456789012345678901234567890"));
    o.put("yes", true);
    o.putNull("none");
    o.putObject("empty");
    o.putArray("nothing");
    ArrayNode a = o.putArray("targets");
    a.addObject().put("indicator", "孕产妇死亡率").put("op", "<=").put("value", new BigDecimal("12"));
    a.add("字符串").add(3).addNull().addArray().add(false);
    return o;
  }

  @Test
  void indentedAsTheMapperIndents() throws Exception {
    ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    assertEquals(pretty.writeValueAsString(everyKind()), PlanJson.pretty(everyKind()));
  }

  @Test
  void oneLineAsTheMapperWrites() throws Exception {
    assertEquals(new ObjectMapper().writeValueAsString(everyKind()), PlanJson.line(everyKind()));
    assertEquals("{\"a\":[1,\"二\",null]}",
        PlanJson.line(PlanJson.object().set("a", PlanJson.array().add(1).add("二").addNull())));
  }

  @Test
  void aValueThatIsNotJsonIsRefused() {
    ObjectNode o = PlanJson.object();
    o.putPOJO("x", new Object());
    assertThrows(IllegalArgumentException.class, () -> PlanJson.line(o));
  }
}
