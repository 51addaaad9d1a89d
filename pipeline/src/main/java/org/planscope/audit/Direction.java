package org.planscope.audit;

/** Which way an indicator improves: 孕产妇死亡率 is lower-is-better, 参保率 higher-is-better. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
