package org.planscope.audit;

/** How much a finding matters to a reviewer of the plan, most serious first. */
public enum Severity {
  /** A commitment below a binding reference, or two values for one indicator. */
  HIGH,
  /** A quantifiable commitment without a number, or an indicator the references expect. */
  MEDIUM,
  /** Worth a look: an indicator most peers quantify, a goal without a lead unit. */
  LOW,
  /** The extraction itself is uncertain; the finding lists it so it is not hidden. */
  INFO
}
