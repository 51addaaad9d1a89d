/**
 * JSON: the plan model to and from JSON, and any other JSON the tool writes (search hits, audit
 * findings). Deterministic output: fixed field order, sorted where order is not meaningful. The
 * only package that imports Jackson.
 */
package org.planscope.json;
