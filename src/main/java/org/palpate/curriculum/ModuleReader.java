package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.LessonDraft;
import org.palpate.curriculum.Drafts.ModuleDraft;
import org.palpate.curriculum.Drafts.QuestionDraft;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads module.yaml: id (must equal the folder name), title, summary, objectives, topics (each with an optional
 * {@code mblex:} area, the default of its questions), prerequisites, cases.
 */
final class ModuleReader {

    private static final List<String> KEYS =
            List.of("id", "title", "summary", "objectives", "topics", "prerequisites", "cases");

    private final Problems problems;
    private final MblexTags mblex;

    ModuleReader(Problems problems, MblexTags mblex) {
        this.problems = problems;
        this.mblex = mblex;
    }

    /** The module part of the draft (lessons and questions empty), or empty if the file could not be parsed. */
    Optional<ModuleDraft> read(Path path, String shown, String folderName) {
        Optional<YamlMap> read = new SourceReader(problems).read(path, shown)
                .flatMap(source -> YamlReader.read(source, source.text(), 0, problems))
                .flatMap(doc -> doc.rootMap(CurriculumFiles.MODULE, "`id`, `title` and `topics`"));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        map.rejectUnknownKeys(KEYS);
        Located<String> id = Ids.read(map, "module");
        if (id != null && !id.value().equals(folderName)) {
            problems.error(id.file(), id.at(), "module id `" + id.value() + "` does not match its folder name `"
                    + folderName + "`; change `id` to `" + folderName + "` or rename the folder");
        }
        String title = map.requiredText("title");
        String summary = map.optionalText("summary");
        List<String> objectives = map.textList("objectives", false).stream().map(Located::value).toList();
        List<Located<Topic>> topics = readTopics(map);
        List<Located<String>> prerequisites = map.textList("prerequisites", false);
        List<Located<Case>> cases = readCases(map);
        return Optional.of(new ModuleDraft(folderName, shown, id, title, summary, objectives, topics, prerequisites,
                cases, new ArrayList<LessonDraft>(), new ArrayList<QuestionDraft>()));
    }

    private List<Located<Topic>> readTopics(YamlMap map) {
        List<Located<Topic>> topics = new ArrayList<>();
        List<YamlMap> items = map.mapList("topics", true, "topic", "{ id: topic-id, title: Topic title }");
        if (map.value("topics") instanceof SequenceNode s && s.getValue().isEmpty()) {
            map.document().error(s, "`topics` is empty; declare at least one topic as `{ id: ..., title: ... }`");
        }
        UniqueIds seen = new UniqueIds();
        for (YamlMap item : items) {
            item.rejectUnknownKeys(List.of("id", "title", MblexTags.KEY));
            Located<String> id = Ids.read(item, "topic");
            String title = item.requiredText("title");
            String area = mblex.readTopic(item, id == null ? null : id.value());
            if (id == null) {
                continue;
            }
            seen.add(id).ifPresent(first -> problems.error(id.file(), id.at(), "duplicate topic id `" + id.value()
                    + "` (first at line " + first.at().line() + "); give each topic its own id"));
            topics.add(new Located<>(new Topic(id.value(), title, area), id.file(), id.at()));
        }
        return topics;
    }

    private List<Located<Case>> readCases(YamlMap map) {
        List<Located<Case>> cases = new ArrayList<>();
        UniqueIds seen = new UniqueIds();
        for (YamlMap item : map.mapList("cases", false, "case", "{ id: ..., title: ..., text: ... }")) {
            item.rejectUnknownKeys(List.of("id", "title", "text"));
            Located<String> id = Ids.read(item, "case");
            String title = item.requiredText("title");
            String text = item.requiredText("text");
            if (id == null) {
                continue;
            }
            seen.add(id).ifPresent(first -> problems.error(id.file(), id.at(), "duplicate case id `" + id.value()
                    + "` (first at line " + first.at().line() + "); give each case its own id"));
            cases.add(new Located<>(new Case(id.value(), title, text), id.file(), id.at()));
        }
        return cases;
    }
}
