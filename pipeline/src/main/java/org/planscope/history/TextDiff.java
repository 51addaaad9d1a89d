package org.planscope.history;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-level difference of two texts (longest common subsequence; numbers whole): what stayed, what the
 * older text had and the newer dropped, what the newer added. 孕产妇死亡率控制在20/10万以下 →
 * 孕产妇死亡率下降到15/10万以下 keeps 孕产妇死亡率 and /10万以下.
 */
public final class TextDiff {
  /** Above this many cells (length × length) the middle is marked replaced as a whole. */
  private static final long MAX_CELLS = 4_000_000L;

  private TextDiff() {}

  /** What happened to a run of characters. */
  public enum Kind {
    SAME, DELETED, INSERTED
  }

  /** A run of characters. */
  public record Piece(Kind kind, String text) {}

  /**
   * The runs, in text order; a deleted run comes before the run inserted in its place. A number
   * (digits with a decimal point: 20.1) is compared whole, so 80% → 70% marks 【80】 and 【70】,
   * never the 0 they share; every other character is compared on its own.
   */
  public static List<Piece> of(String before, String after) {
    List<String> a = tokens(before == null ? "" : before);
    List<String> b = tokens(after == null ? "" : after);
    int pre = 0;
    while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
      pre++;
    }
    int suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre
        && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
      suf++;
    }
    List<Piece> out = new ArrayList<>();
    add(out, Kind.SAME, String.join("", a.subList(0, pre)));
    middle(a.subList(pre, a.size() - suf), b.subList(pre, b.size() - suf), out);
    add(out, Kind.SAME, String.join("", a.subList(a.size() - suf, a.size())));
    return List.copyOf(out);
  }

  /** Numbers whole ({@code 20.1}), every other character alone. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int j = i;
      while (j < s.length() && (Character.isDigit(s.charAt(j))
          || (s.charAt(j) == '.' && j > i && j + 1 < s.length()
              && Character.isDigit(s.charAt(j + 1))))) {
        j++;
      }
      j = Math.max(j, i + 1);
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }

  private static void middle(List<String> a, List<String> b, List<Piece> out) {
    int n = a.size();
    int m = b.size();
    if ((long) n * m > MAX_CELLS || n == 0 || m == 0) {
      add(out, Kind.DELETED, String.join("", a));
      add(out, Kind.INSERTED, String.join("", b));
      return;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    StringBuilder del = new StringBuilder();
    StringBuilder ins = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        flush(out, del, ins);
        add(out, Kind.SAME, a.get(i));
        i++;
        j++;
      } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        del.append(a.get(i++));
      } else {
        ins.append(b.get(j++));
      }
    }
    flush(out, del, ins);
  }

  private static void flush(List<Piece> out, StringBuilder del, StringBuilder ins) {
    add(out, Kind.DELETED, del.toString());
    add(out, Kind.INSERTED, ins.toString());
    del.setLength(0);
    ins.setLength(0);
  }

  /** Appends a run, joined with the previous one when it is of the same kind. */
  private static void add(List<Piece> out, Kind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
      Piece last = out.remove(out.size() - 1);
      out.add(new Piece(kind, last.text() + text));
    } else {
      out.add(new Piece(kind, text));
    }
  }

  /** The older text with what the newer dropped between {@code open} and {@code close}. */
  public static String before(List<Piece> pieces, String open, String close) {
    return marked(pieces, Kind.DELETED, open, close);
  }

  /** The newer text with what it added between {@code open} and {@code close}. */
  public static String after(List<Piece> pieces, String open, String close) {
    return marked(pieces, Kind.INSERTED, open, close);
  }

  private static String marked(List<Piece> pieces, Kind shown, String open, String close) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      if (p.kind() == Kind.SAME) {
        sb.append(p.text());
      } else if (p.kind() == shown) {
        sb.append(open).append(p.text()).append(close);
      }
    }
    return sb.toString();
  }
}
