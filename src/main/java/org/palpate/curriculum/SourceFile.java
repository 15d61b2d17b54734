package org.palpate.curriculum;

/**
 * The decoded text of one curriculum file. {@code path} is what messages print; the text has no byte-order
 * mark and only \n line endings (CRLF and lone CR are accepted silently, as the contract promises).
 */
record SourceFile(String path, String text) {
}
