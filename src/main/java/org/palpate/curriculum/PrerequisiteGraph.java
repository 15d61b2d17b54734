package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.ModuleDraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds prerequisite cycles with a depth-first search. A cycle would make every module in it unreachable in the
 * daily session (each waits for the other), so each one is reported once, at the prerequisite entry that closes
 * it, naming the whole loop: {@code a -> b -> a}.
 */
final class PrerequisiteGraph {

    private enum State { UNSEEN, ON_PATH, DONE }

    private final Map<String, ModuleDraft> modules = new LinkedHashMap<>();
    private final Map<String, State> state = new HashMap<>();
    private final List<String> path = new ArrayList<>();

    PrerequisiteGraph(List<ModuleDraft> drafts) {
        drafts.forEach(d -> modules.putIfAbsent(d.folderName(), d));
    }

    void reportCycles(Problems problems) {
        for (String module : modules.keySet()) {
            if (state.getOrDefault(module, State.UNSEEN) == State.UNSEEN) {
                visit(module, problems);
            }
        }
    }

    private void visit(String module, Problems problems) {
        state.put(module, State.ON_PATH);
        path.add(module);
        for (Located<String> prerequisite : modules.get(module).prerequisites()) {
            String next = prerequisite.value();
            if (!modules.containsKey(next)) {
                continue; // unknown module: reported elsewhere
            }
            State nextState = state.getOrDefault(next, State.UNSEEN);
            if (nextState == State.ON_PATH) {
                List<String> loop = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                loop.add(next);
                problems.error(prerequisite.file(), prerequisite.at(), "prerequisites form a cycle: "
                        + String.join(" -> ", loop) + " (each module requires the next); remove one of these "
                        + "prerequisites");
            } else if (nextState == State.UNSEEN) {
                visit(next, problems);
            }
        }
        path.remove(path.size() - 1);
        state.put(module, State.DONE);
    }
}
