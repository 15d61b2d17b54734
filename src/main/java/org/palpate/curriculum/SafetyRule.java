package org.palpate.curriculum;

import java.io.Serializable;
import java.util.List;

/**
 * One safety rule of the course, stated once in {@code safety-rules.yaml} (the text students must learn and its
 * sources); questions name the rules they test, so two modules cannot teach the rule differently unnoticed.
 */
public record SafetyRule(String id, String text, List<String> sources) implements Serializable {

    public SafetyRule {
        sources = List.copyOf(sources);
    }
}
