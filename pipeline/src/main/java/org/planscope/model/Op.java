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

  /** The comparator read from the other side: a bound on a fall, read on its size (<= -20 → >= 20). */
  public Op mirrored() {
    return switch (this) {
      case GE -> LE;
      case LE -> GE;
      case GT -> LT;
      case LT -> GT;
      default -> this;
    };
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
