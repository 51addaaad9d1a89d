package org.planscope.model;

/** The comparator of a numeric target, written in the plan JSON as its symbol. */
public enum Op {
  GE(">="),
  LE("<="),
  EQ("="),
  APPROX("~"),
  GT(">"),
  LT("<");

  private final String symbol;

  Op(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public static Op fromSymbol(String s) {
    for (Op op : values()) {
      if (op.symbol.equals(s)) {
        return op;
      }
    }
    throw new IllegalArgumentException("unknown comparator: " + s);
  }
}
