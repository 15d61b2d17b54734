package org.palpate.curriculum;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Remembers the first place each id was used, so a duplicate's message can point back at it. */
final class UniqueIds {

    private final Map<String, Located<String>> first = new HashMap<>();

    /** Empty if {@code id} is new; otherwise where it was used first. */
    Optional<Located<String>> add(Located<String> id) {
        return Optional.ofNullable(first.putIfAbsent(id.value(), id));
    }

    /** "line 4" within the same file, else the full "path:line:column". */
    static String where(Located<String> earlier, String currentFile) {
        return earlier.file().equals(currentFile) ? "line " + earlier.at().line() : earlier.where();
    }
}
