package org.palpate.curriculum;

import java.io.Serializable;

/** One option of a single/multiple question; {@code feedback} is shown when it is picked (nullable). */
public record Choice(String text, boolean correct, String feedback) implements Serializable {
}
