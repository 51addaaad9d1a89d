/**
 * The audit: extracted {@link org.planscope.model.Plan}s in, {@link org.planscope.audit.Finding}s
 * out — target values that are missing, absent, weaker than a reference, inconsistent, goals
 * without a lead unit, and what the pipeline could not read with confidence. Each rule is one
 * {@link org.planscope.audit.AuditRule} with a stable UPPER_SNAKE id; reference values (the
 * national outline, good directions) come through {@link org.planscope.audit.ReferenceData}.
 * Reports render as a text table, CSV or a self-contained HTML page; JSON is written by {@code
 * org.planscope.json.AuditJson}. No third-party imports.
 *
 * <p>May depend on: {@code model}, {@code lexicon}, {@code format}, {@code extract} (the indicator
 * catalogue and its {@code Direction}). Never on {@code json}, {@code index}, {@code web}, {@code
 * cli} or {@code bench}.
 */
package org.planscope.audit;
