package org.palpate.curriculum;

/** One correct pairing of a matching question. */
public record Pair(String left, String right) {
}
