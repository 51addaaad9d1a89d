/**
 * Ingestion: a file in, a {@link org.planscope.model.Document} out (text plus paragraph-like
 * blocks with spans, and metadata). Plain text is decoded here without Tika (BOM, strict UTF-8,
 * then GB18030), everything else goes through Tika. The only package that imports Tika.
 */
package org.planscope.ingest;
