package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.SafetyRulesDraft;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the optional safety-rules.yaml at the curriculum root: a {@code rules:} list of id, rule and sources. */
final class SafetyRulesReader {

    private static final List<String> KEYS = List.of("id", "rule", "sources");

    private final Problems problems;

    SafetyRulesReader(Problems problems) {
        this.problems = problems;
    }

    SafetyRulesDraft read(Path root) {
        Path path = root.resolve(CurriculumFiles.SAFETY_RULES);
        String shown = path.toString();
        if (!Files.isRegularFile(path)) {
            return SafetyRulesDraft.absent(shown);
        }
        List<Located<SafetyRule>> rules = new ArrayList<>();
        Optional<YamlMap> read = new SourceReader(problems).read(path, shown)
                .flatMap(source -> YamlReader.read(source, source.text(), 0, problems))
                .flatMap(doc -> doc.rootMap(CurriculumFiles.SAFETY_RULES, "a `rules:` list"));
        if (read.isEmpty()) {
            return new SafetyRulesDraft(shown, true, false, rules);
        }
        YamlMap map = read.get();
        map.rejectUnknownKeys(List.of("rules"));
        UniqueIds seen = new UniqueIds();
        for (YamlMap item : map.mapList("rules", true, "rule", "{ id: dvt-postpone, rule: ..., sources: [...] }")) {
            item.rejectUnknownKeys(KEYS);
            Located<String> id = Ids.read(item, "safety rule");
            YamlMap rule = id == null ? item : item.withLabel("safety rule `" + id.value() + "`");
            String text = rule.requiredText("rule");
            List<Located<String>> sources = rule.textList("sources", true);
            if (rule.value("sources") instanceof SequenceNode written && written.getValue().isEmpty()) {
                rule.document().error(written, "a safety rule needs at least one entry in `sources`; name the "
                        + "guideline or textbook the rule comes from");
            }
            if (id == null) {
                continue;
            }
            seen.add(id).ifPresent(first -> problems.error(id.file(), id.at(), "duplicate safety rule id `"
                    + id.value() + "` (first at line " + first.at().line() + "); state each rule once, under one id"));
            // kept even when its text or sources are in error, so references to it are not reported as unknown
            // too (with an error the curriculum is never built, so the incomplete rule goes nowhere)
            rules.add(new Located<>(new SafetyRule(id.value(), text, sources.stream().map(Located::value).toList()),
                    id.file(), id.at()));
        }
        return new SafetyRulesDraft(shown, true, true, rules);
    }
}
