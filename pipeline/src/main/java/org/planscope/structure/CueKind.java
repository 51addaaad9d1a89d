package org.planscope.structure;

/** What a cue word in {@code models/lexicon/structure-cues.tsv} tells the structure stage. */
enum CueKind {
  GOAL_LIST,
  MEASURE_LIST,
  KEY_PROJECTS,
  IMPLEMENTATION,
  MONITORING,
  PREAMBLE,
  INDICATOR_TABLE,
  FRONT,
  UNIT_ROLE,
  PLAN_TYPE,
  PLAN_WORD,
  SELF_NAME
}
