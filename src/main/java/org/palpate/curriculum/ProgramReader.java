package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.ProgramDraft;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads program.yaml: title, module study order, exam blueprint and the cohort's exam date. */
final class ProgramReader {

    private static final List<String> KEYS = List.of("title", "modules", "blueprint", "exam-date", "critical-retention");
    private static final double SUM_TOLERANCE = 0.001;
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Problems problems;

    ProgramReader(Problems problems) {
        this.problems = problems;
    }

    ProgramDraft read(Path root) {
        Path path = root.resolve(CurriculumFiles.PROGRAM);
        String shown = path.toString();
        if (!Files.isRegularFile(path)) {
            problems.error(shown, Position.START, "program.yaml is missing; create it with `title:`, `modules:` "
                    + "(module ids in study order) and `blueprint:` (exam share per module)");
            return ProgramDraft.unreadable(shown);
        }
        Optional<YamlMap> read = new SourceReader(problems).read(path, shown)
                .flatMap(source -> YamlReader.read(source, source.text(), 0, problems))
                .flatMap(doc -> doc.rootMap(CurriculumFiles.PROGRAM, "`title`, `modules` and `blueprint`"));
        if (read.isEmpty()) {
            return ProgramDraft.unreadable(shown);
        }
        YamlMap map = read.get();
        map.rejectUnknownKeys(KEYS);
        String title = map.requiredText("title");
        List<Located<String>> modules = readModules(map);
        Position modulesAt = map.keyNode("modules") == null ? map.at() : map.document().at(map.keyNode("modules"));
        Map<String, Double> blueprint = readBlueprint(map, modules);
        boolean modulesReadable = map.value("modules") instanceof SequenceNode;
        return new ProgramDraft(shown, title, modules, modulesAt, blueprint, examDate(map), criticalRetention(map), modulesReadable);
    }

    private List<Located<String>> readModules(YamlMap map) {
        List<Located<String>> modules = map.textList("modules", true);
        if (map.value("modules") instanceof SequenceNode sequence && sequence.getValue().isEmpty()) {
            map.document().error(sequence, "`modules` is empty; list the module ids in study order");
        }
        UniqueIds seen = new UniqueIds();
        for (Located<String> module : modules) {
            if (!Ids.PATTERN.matcher(module.value()).matches()) {
                problems.error(module.file(), module.at(), "module id `" + module.value() + "` may contain only "
                        + "lowercase letters, digits and single hyphens; write `" + Ids.suggestion(module.value()) + "`");
            }
            seen.add(module).ifPresent(first -> problems.error(module.file(), module.at(), "module `"
                    + module.value() + "` is listed twice in `modules` (first at line " + first.at().line()
                    + "); remove one"));
        }
        return modules;
    }

    private Map<String, Double> readBlueprint(YamlMap map, List<Located<String>> modules) {
        Map<String, Double> blueprint = new LinkedHashMap<>();
        Optional<YamlMap> shares = map.map("blueprint", false, "`blueprint: { module-id: 0.5, other-module: 0.5 }`");
        if (shares.isEmpty()) {
            return blueprint;
        }
        Set<String> known = new LinkedHashSet<>();
        modules.forEach(m -> known.add(m.value()));
        boolean allValid = true;
        for (NodeTuple entry : shares.get().entries().values()) {
            String module = ((ScalarNode) entry.getKeyNode()).getValue();
            if (map.value("modules") instanceof SequenceNode && !known.contains(module)) {
                map.document().error(entry.getKeyNode(), "blueprint names unknown module `" + module + "`"
                        + DidYouMean.suggest(module, known).map(s -> "; did you mean `" + s + "`?")
                        .orElse("; use a module id listed in `modules`"));
                allValid = false;
            }
            Double share = share(entry.getValueNode());
            if (share == null) {
                map.document().error(entry.getValueNode(), "the share of `" + module + "` must be a number greater "
                        + "than 0 (e.g. `0.25`), not " + Yaml.describe(entry.getValueNode())
                        + Yaml.quoteHint(entry.getValueNode()));
                allValid = false;
            } else {
                blueprint.put(module, share);
            }
        }
        double sum = blueprint.values().stream().mapToDouble(Double::doubleValue).sum();
        if (allValid && !blueprint.isEmpty() && Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            map.document().warning(map.keyNode("blueprint"), "blueprint shares add up to " + format(sum)
                    + ", not 1; adjust them so they sum to 1");
        }
        return blueprint;
    }

    /** The optional {@code exam-date: 2027-03-14} (ISO, a real calendar day), or null after reporting where it is wrong. */
    private static LocalDate examDate(YamlMap map) {
        Node node = map.value("exam-date");
        if (node == null || Yaml.isNull(node)) {
            return null;
        }
        String text = node instanceof ScalarNode scalar ? scalar.getValue().strip() : null;
        if (text != null && ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                map.document().error(node, "`exam-date` " + text + " is not a day of the calendar; write a real date as YYYY-MM-DD");
                return null;
            }
        }
        map.document().error(node, "`exam-date` must be a date written YYYY-MM-DD (e.g. `2027-03-14`), not "
                + (text == null ? Yaml.describe(node) : "`" + text + "`"));
        return null;
    }

    /** The optional {@code critical-retention: 0.95}: from 0.80 to 0.99, or null after reporting where it is wrong. */
    private static Double criticalRetention(YamlMap map) {
        Node node = map.value("critical-retention");
        if (node == null || Yaml.isNull(node)) {
            return null;
        }
        Double value = share(node);
        if (value == null || value < 0.8 || value > 0.99) {
            map.document().error(node, "`critical-retention` is the desired retention of safety-critical questions: "
                    + "a number from 0.80 to 0.99 (e.g. `0.95`), not " + Yaml.describe(node));
            return null;
        }
        return value;
    }

    /** A positive finite number, or null. */
    private static Double share(Node node) {
        if (!(node instanceof ScalarNode scalar)
                || !(scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            return null;
        }
        try {
            double value = Double.parseDouble(scalar.getValue());
            return Double.isFinite(value) && value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null; // .inf, .nan, 0x10 ...
        }
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
