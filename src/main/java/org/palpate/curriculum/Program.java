package org.palpate.curriculum;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** program.yaml: the title, the module study order and the exam blueprint (share per module, in file order). */
public record Program(String title, List<String> moduleOrder, Map<String, Double> blueprint) {

    public Program {
        moduleOrder = List.copyOf(moduleOrder);
        // keep the author's order for display, but make it read-only
        blueprint = Collections.unmodifiableMap(new LinkedHashMap<>(blueprint));
    }
}
