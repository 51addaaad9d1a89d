/**
 * The plan store: the plan JSON files of a data folder ({@code data/plans}), published a batch at
 * a time through generations and one atomic link swap ({@code PlanFolder}), so that readers and a
 * killed ingest never see half a batch. Imports no other planscope package.
 */
package org.planscope.store;
