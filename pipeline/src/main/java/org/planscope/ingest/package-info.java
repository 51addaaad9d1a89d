/**
 * Ingestion: a file in, a {@link org.planscope.model.Document} out (text plus paragraph-like
 * blocks with kind, level, automatic-numbering label and span, and metadata). Shaped like Tika's
 * parsers: each format is one {@code DocumentReader} that says which types it supports — plain
 * text decoded here without Tika ({@code PlainTextReader}: BOM, strict UTF-8, GB18030, UTF-16),
 * .docx read with StAX ({@code DocxReader}, which renders Word's list numbering 一、/（一）/① as
 * Word shows it), PDF, HTML, RTF and .doc through Tika's parser for the format ({@code
 * TikaReader}; a .doc's list numbers in Word's own numerals from {@code DocListLabels}), and OCR of a PDF without a text layer with Tesseract as a decorator ({@code
 * OcrReader}; the document then names the engine). {@code CompositeReader} owns what they share:
 * the limits ({@code ReadOptions}), type sniffing and dispatch. Page boundaries are written as
 * {@code \f} between blocks. A per-file time limit ({@code TimeLimit}) lives here too. The only
 * package that imports Tika (and PDFBox, and POI's HWPF for .doc). Why a file cannot be read ({@code ReadException}) is a
 * message of {@code format.Msg}, so that the command line says it in Chinese or English and the
 * web API in English.
 *
 * <p>May depend on: {@code model}, {@code format} (the messages; and Tika, PDFBox, POI's HWPF). Never on {@code index}, {@code audit}, {@code
 * json}, {@code export}, {@code web}, {@code cli} or {@code bench}.
 */
package org.planscope.ingest;
