package org.palpate.curriculum;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The MBLEx content outline of mblex.yaml: the areas in file order, their weights summing to 100, and where the
 * outline comes from. {@link #NONE} (no areas) when the curriculum has no mblex.yaml.
 */
public record MblexOutline(List<MblexArea> areas, List<String> sources) implements Serializable {

    public static final MblexOutline NONE = new MblexOutline(List.of(), List.of());

    public MblexOutline {
        areas = List.copyOf(areas);
        sources = List.copyOf(sources);
    }

    public boolean present() {
        return !areas.isEmpty();
    }

    public Optional<MblexArea> area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return areas.stream().map(MblexArea::id).toList();
    }
}
