/**
 * Targets over time and down the administrative tree: the plans of one region across periods as a
 * series ({@link org.planscope.history.Series}), what each later plan changed
 * ({@link org.planscope.history.History}: 新增 / 提高 / 放宽 / 取消 / 不变, with a character-level
 * diff of the goal texts), and one indicator's targets from the national outline down through
 * province, city and county ({@link org.planscope.history.Hierarchy}), a level looser than the one
 * above marked. "Stricter" and "looser" follow the catalogue's good direction
 * ({@link org.planscope.history.Tightness}).
 */
package org.planscope.history;
