package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import org.planscope.extract.UnitClauseGrammar.Agent;
import org.planscope.extract.UnitClauseGrammar.Clause;
import org.planscope.extract.UnitClauseGrammar.Subject;
import org.planscope.model.Role;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;

/**
 * Duties of an implementation or monitoring chapter: a clause that starts with named units and
 * whose predicate carries a duty verb opens a duty (县统计局 牵头组织开展年度监测), which runs over
 * the following clauses that have no subject of their own. {@code Y由X牵头} gives X the duty 牵头Y
 * and makes Y the topic; {@code X设立Y} makes the group Y the topic; a clause without a subject
 * that starts with a duty verb (，负责…) belongs to the topic. Consecutive 向…报送 / 向…提交 duties
 * of the same department in one paragraph are merged with ；.
 */
final class DutyReader {
  private final DepartmentDictionary dictionary;
  private final UnitCues cues;
  private final UnitClauseGrammar grammar;

  DutyReader(DepartmentDictionary dictionary, UnitCues cues, UnitClauseGrammar grammar) {
    this.dictionary = dictionary;
    this.cues = cues;
    this.grammar = grammar;
  }

  /**
   * Units given duties in the chapter, one per explicit duty, in text order.
   *
   * @param text the chapter's text
   * @param span where the chapter is in the plan's normalised text
   */
  List<UnitAssignment> read(String text, Span span) {
    int base = span.start();
    List<UnitAssignment> out = new ArrayList<>();
    int sentence = -1;
    UnitName topic = null;
    Open open = null;
    for (Clause c : UnitClauseGrammar.clauses(text, 0, text.length())) {
      if (c.sentence() != sentence) {
        close(open, text, base, out);
        open = null;
        topic = null;
        sentence = c.sentence();
      }
      int start = UnitClauseGrammar.skipNumbering(text, c.start(), c.end());
      if (start >= c.end()) {
        continue;
      }
      Subject subject = grammar.subject(text, start, c.end());
      if (subject != null && !subject.dangling() && subject.end() < c.end()) {
        close(open, text, base, out);
        open = null;
        int p = subject.end();
        int agentLength = cues.at("AGENT", text, p);
        if (agentLength > 0) {
          // Y由X牵头: X leads Y, and Y is what the next clauses without a subject are about.
          Agent agent = grammar.agentAt(text, p, c.end());
          if (agent != null && !subject.units().isEmpty()) {
            String rest = text.substring(agent.cueStart() + agent.cue().length(), c.end()).strip();
            String duty = agent.cue() + (rest.isEmpty() ? subject.units().get(0).name() : rest);
            for (UnitName u : agent.units()) {
              out.add(UnitLists.assignment(u, roleOf(duty), duty, base));
            }
          }
          if (!subject.units().isEmpty()) {
            topic = subject.units().get(0);
          }
          continue;
        }
        if (subject.units().isEmpty()) {
          continue;
        }
        int establish = cues.at("ESTABLISH", text, p);
        UnitName object = establish > 0 ? dictionary.match(text, p + establish, true) : null;
        topic = object != null ? object : subject.units().get(0);
        open = new Open(subject.units(), p, c.end());
        continue;
      }
      Agent agent = grammar.agent(text, start, c.end(), null);
      if (agent != null) {
        close(open, text, base, out);
        open = new Open(agent.units(), agent.cueStart(), c.end());
        continue;
      }
      if (cues.at("AGENT", text, start) > 0) {
        // 由…负责同志组成: not a duty, and what follows is not a continuation of one.
        close(open, text, base, out);
        open = null;
        continue;
      }
      boolean dutyFirst = (cues.at("DUTY", text, start) > 0 || cues.at("PROSE", text, start) > 0)
          && cues.at("NOT_DUTY", text, start) == 0;
      if (open != null) {
        open = open.extend(c.end());
      } else if (dutyFirst && topic != null) {
        open = new Open(List.of(topic), start, c.end());
      }
    }
    close(open, text, base, out);
    return merged(out, text, base);
  }

  /** A duty being read: its units, and where the duty starts and (so far) ends. */
  private record Open(List<UnitName> units, int start, int end) {
    Open extend(int newEnd) {
      return new Open(units, start, newEnd);
    }
  }

  private void close(Open open, String text, int base, List<UnitAssignment> out) {
    if (open == null) {
      return;
    }
    String duty = text.substring(open.start(), open.end()).strip();
    if (!cues.hasDuty(duty)) {
      return;
    }
    for (UnitName u : open.units()) {
      out.add(UnitLists.assignment(u, roleOf(duty), duty, base));
    }
  }

  private Role roleOf(String duty) {
    int cue = cues.at("PROSE", duty, 0);
    return cue > 0 ? cues.role("PROSE", duty.substring(0, cue)) : Role.RESPONSIBLE;
  }

  /** Merges 向…报送 / 向…提交 duties of one department within a paragraph (成员单位 report twice). */
  private static List<UnitAssignment> merged(List<UnitAssignment> units, String text, int base) {
    List<UnitAssignment> out = new ArrayList<>();
    outer:
    for (UnitAssignment b : units) {
      if (b.department() != null && b.duty() != null && b.duty().startsWith("向")) {
        for (int k = out.size() - 1; k >= 0; k--) {
          UnitAssignment a = out.get(k);
          if (text.substring(a.span().start() - base, b.span().start() - base).indexOf('\n') >= 0) {
            break;
          }
          if (b.department().equals(a.department()) && a.duty() != null
              && a.duty().startsWith("向") && !a.duty().contains("；")) {
            out.set(k, a.withDuty(a.duty() + "；" + b.duty()));
            continue outer;
          }
        }
      }
      out.add(b);
    }
    return out;
  }
}
