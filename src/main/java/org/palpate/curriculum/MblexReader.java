package org.palpate.curriculum;

import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the optional mblex.yaml at the curriculum root: the MBLEx content outline as {@code areas:} (id, title,
 * weight in percent, summing to 100) and {@code sources:}. Read before the modules, whose {@code mblex:} tags name
 * its areas.
 */
final class MblexReader {

    static final int TOTAL_WEIGHT = 100;

    /** {@code present} false without mblex.yaml; {@code readable} false when its areas cannot be trusted. */
    record Outline(String file, boolean present, boolean readable, MblexOutline outline) {
    }

    private final Problems problems;

    MblexReader(Problems problems) {
        this.problems = problems;
    }

    Outline read(Path root) {
        Path path = root.resolve(CurriculumFiles.MBLEX);
        String shown = path.toString();
        if (!Files.isRegularFile(path)) {
            return new Outline(shown, false, false, MblexOutline.NONE);
        }
        Optional<YamlMap> read = new SourceReader(problems).read(path, shown)
                .flatMap(source -> YamlReader.read(source, source.text(), 0, problems))
                .flatMap(doc -> doc.rootMap(CurriculumFiles.MBLEX, "`sources:` and an `areas:` list"));
        if (read.isEmpty()) {
            return new Outline(shown, true, false, MblexOutline.NONE);
        }
        YamlMap map = read.get();
        map.rejectUnknownKeys(List.of("sources", "areas"));
        List<String> sources = map.textList("sources", true).stream().map(Located::value).toList();
        if (map.value("sources") instanceof SequenceNode written && written.getValue().isEmpty()) {
            map.document().error(written, "`sources` is empty; name the FSMTB MBLEx content outline the areas come from");
        }
        List<MblexArea> areas = new ArrayList<>();
        boolean complete = true;
        UniqueIds seen = new UniqueIds();
        for (YamlMap item : map.mapList("areas", true, "area", "{ id: anatomy, title: Anatomy and Physiology, weight: 11 }")) {
            item.rejectUnknownKeys(List.of("id", "title", "weight"));
            Located<String> id = Ids.read(item, "MBLEx area");
            YamlMap area = id == null ? item : item.withLabel("MBLEx area `" + id.value() + "`");
            String title = area.requiredText("title");
            Integer weight = area.integer("weight", 1, TOTAL_WEIGHT);
            if (weight == null && !area.has("weight")) {
                area.reportMissing("weight", " (its share of the exam in percent)");
            }
            if (id == null || weight == null) {
                complete = false;
                continue;
            }
            seen.add(id).ifPresent(first -> problems.error(id.file(), id.at(), "duplicate MBLEx area id `" + id.value()
                    + "` (first at line " + first.at().line() + "); give each area its own id"));
            areas.add(new MblexArea(id.value(), title, weight));
        }
        if (map.value("areas") instanceof SequenceNode written && written.getValue().isEmpty()) {
            map.document().error(written, "`areas` is empty; list the outline's content areas as `{ id: ..., title: ..., weight: ... }`");
        }
        int sum = areas.stream().mapToInt(MblexArea::weight).sum();
        if (complete && !areas.isEmpty() && sum != TOTAL_WEIGHT) {
            map.document().error(map.keyNode("areas"), "the area weights add up to " + sum + ", not " + TOTAL_WEIGHT
                    + "; each weight is the area's share of the exam in percent, so adjust them to sum to " + TOTAL_WEIGHT);
        }
        return new Outline(shown, true, complete, new MblexOutline(areas, sources));
    }
}
