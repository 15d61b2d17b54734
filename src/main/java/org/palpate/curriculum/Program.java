package org.palpate.curriculum;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * program.yaml: the title, the module study order, the exam blueprint (share per module, in file order), the
 * cohort's exam date ({@code exam-date}, null when none: learners may still set their own) and the desired retention
 * of safety-critical questions ({@code critical-retention}, null when they are scheduled like the others).
 */
public record Program(String title, List<String> moduleOrder, Map<String, Double> blueprint, LocalDate examDate,
        Double criticalRetention) implements Serializable {

    public Program {
        moduleOrder = List.copyOf(moduleOrder);
        // keep the author's order for display, but make it read-only
        blueprint = Collections.unmodifiableMap(new LinkedHashMap<>(blueprint));
    }

    public Program(String title, List<String> moduleOrder, Map<String, Double> blueprint) {
        this(title, moduleOrder, blueprint, null, null);
    }

    public Program(String title, List<String> moduleOrder, Map<String, Double> blueprint, LocalDate examDate) {
        this(title, moduleOrder, blueprint, examDate, null);
    }
}
