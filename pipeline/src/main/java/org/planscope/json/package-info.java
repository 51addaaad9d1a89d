/**
 * JSON: the plan model to and from JSON, and any other JSON the tool writes (search hits, audit
 * findings). Deterministic output: fixed field order, sorted where order is not meaningful. The
 * only package that imports Jackson.
 *
 * <p>May depend on: {@code model}, {@code format}, {@code audit}, {@code index} (the result records
 * it writes) and Jackson. Never on {@code web}, {@code cli} or {@code bench}.
 */
package org.planscope.json;
