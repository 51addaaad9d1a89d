/**
 * Monitoring: the targets of the ingested plans set against actual values over the years. A
 * table of actuals (region, indicator, year, value, unit, source; CSV or .xlsx) comes in, is
 * matched to the plans' regions (gazetteer) and the catalogue's indicators, converted into the
 * catalogue's units, and evaluated per quantified target: latest value, gap, yearly change still
 * needed, least-squares trend and a status (已达标 / 按趋势可达标 / 滞后 / 数据不足). Out come a
 * {@link org.planscope.monitor.MonitorReport}, its text table, tables for Excel and a printable
 * HTML page with inline SVG charts. No third-party library is used here.
 */
package org.planscope.monitor;
