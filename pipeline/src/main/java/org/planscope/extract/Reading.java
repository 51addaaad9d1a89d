package org.planscope.extract;

import org.planscope.extract.ComparatorChain.Chain;
import org.planscope.extract.QuantityFinder.Quantity;
import org.planscope.extract.TargetLexicon.Cue;
import org.planscope.model.Op;

/** What {@link TargetReader} knows of one value group while it reads it. */
final class Reading {
  Quantity q;
  Quantity last;
  int cs;
  int ce;
  /** Where the group's own text starts: after the last target of the clause. */
  int rs;
  /** After the last value and its post cue. */
  int after;
  Cue post;
  Chain chain;
  boolean count;
  /** 70%的妇女…: the value comes before what it counts. */
  boolean quantifierFirst;
  /** 医生1.12名、床位3.17张: a count listed after another. */
  boolean continued;
  Op op;
  boolean down;
  boolean relative;
  int subjEnd;
  int[] subj;
  String reuse;
  boolean spread;
  String subject;
  String indicator;
  String core;
  int rawStart;
  int rawEnd;
}
