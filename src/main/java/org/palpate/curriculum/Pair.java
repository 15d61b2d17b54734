package org.palpate.curriculum;

import java.io.Serializable;

/** One correct pairing of a matching question. */
public record Pair(String left, String right) implements Serializable {
}
