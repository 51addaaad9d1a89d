/**
 * Ingestion: a file in, a {@link org.planscope.model.Document} out (text plus paragraph-like
 * blocks with kind, level, automatic-numbering label and span, and metadata). Plain text is
 * decoded here without Tika (BOM, strict UTF-8, GB18030, UTF-16); .docx is read with StAX by
 * {@code DocxReader}, which renders Word's list numbering (一、/（一）/①) as Word shows it; PDF,
 * HTML, RTF and .doc go through Tika's parser for the format. Page boundaries are written as
 * {@code \f} between blocks; a PDF without a text layer is OCRed with Tesseract when installed.
 * Limits ({@code ReadOptions}), a per-file time limit ({@code TimeLimit}) and the atomic
 * publication of a batch of plan files ({@code PlanFolder}) live here too. The only package that
 * imports Tika (and PDFBox).
 *
 * <p>May depend on: {@code model} (and Tika, PDFBox). Never on {@code index}, {@code audit}, {@code
 * json}, {@code export}, {@code web}, {@code cli} or {@code bench}.
 */
package org.planscope.ingest;
