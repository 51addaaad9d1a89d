package org.planscope.json;

/**
 * What a list of plans shows about one plan JSON file: identity, where it came from, and counts.
 *
 * @param id the plan's {@code id} field
 * @param doc the source file name
 * @param source the source path as recorded at extraction (may be relative to the working folder)
 * @param sha256 the digest of the source file's bytes at extraction, or null
 * @param title the plan's title
 * @param region the region's name, or null
 * @param periodStart first year, or null
 * @param periodEnd last year, or null
 * @param planType women, children, other …
 * @param domains number of development domains
 * @param goals number of goals over all domains
 * @param measures number of measures over all domains
 * @param targets stated targets over goals, measures and key projects
 * @param units unit assignments over goals, measures, key projects and implementation chapters
 * @param warnings number of warnings
 */
public record PlanSummary(
    String id,
    String doc,
    String source,
    String sha256,
    String title,
    String region,
    Integer periodStart,
    Integer periodEnd,
    String planType,
    int domains,
    int goals,
    int measures,
    int targets,
    int units,
    int warnings) {

  /** The same summary under another id (when two files carry the same plan id). */
  public PlanSummary withId(String newId) {
    return new PlanSummary(newId, doc, source, sha256, title, region, periodStart, periodEnd,
        planType, domains, goals, measures, targets, units, warnings);
  }
}
