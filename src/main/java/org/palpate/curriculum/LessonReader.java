package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.LessonDraft;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lesson: a {@code ---} line, YAML front matter (id, title, topic, sources), a closing {@code ---} line,
 * then the Markdown body. The front matter is parsed with a line offset so positions match the whole file.
 */
final class LessonReader {

    private static final List<String> KEYS = List.of("id", "title", "topic", "sources");
    private static final String DELIMITER = "---";
    private static final String SHAPE = "start the file with a `---` line, then `id:`, `title:` and `topic:` lines, "
            + "then a closing `---` line, then the lesson text";

    private final Problems problems;

    LessonReader(Problems problems) {
        this.problems = problems;
    }

    Optional<LessonDraft> read(Path path, String shown, String moduleId) {
        Optional<SourceFile> source = new SourceReader(problems).read(path, shown);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = Arrays.asList(source.get().text().split("\n", -1));
        if (!lines.get(0).stripTrailing().equals(DELIMITER)) {
            problems.error(shown, Position.START, "the lesson has no front matter; " + SHAPE);
            return Optional.empty();
        }
        int closing = -1;
        for (int i = 1; i < lines.size() && closing < 0; i++) {
            if (lines.get(i).stripTrailing().equals(DELIMITER)) {
                closing = i;
            }
        }
        if (closing < 0) {
            problems.error(shown, Position.START, "the front matter is not closed; add a `---` line after the "
                    + "`id:`, `title:` and `topic:` lines");
            return Optional.empty();
        }
        String frontMatter = String.join("\n", lines.subList(1, closing));
        Optional<YamlMap> read = YamlReader.read(source.get(), frontMatter, 1, problems)
                .flatMap(doc -> doc.rootMap("the front matter", "`id`, `title` and `topic`"));
        String body = String.join("\n", lines.subList(closing + 1, lines.size()));
        if (body.isBlank()) {
            problems.error(shown, new Position(closing + 1, 1), "the lesson has no text after the front matter; "
                    + "write the lesson below the closing `---`");
        }
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get().withLabel("the front matter");
        map.rejectUnknownKeys(KEYS);
        Located<String> id = Ids.read(map, "lesson");
        String title = map.requiredText("title");
        String topic = map.requiredText("topic");
        List<Located<String>> located = map.textList("sources", false);
        located.stream().filter(s -> Placeholders.is(s.value())).forEach(s -> map.document().warning(s.at(),
                "the source is a placeholder; name the work the lesson rests on"));
        List<String> sources = located.stream().map(Located::value).toList();
        Located<String> topicAt = topic == null ? null : map.document().locate(topic, map.value("topic"));
        Lesson lesson = id == null || title == null || topic == null ? null
                : new Lesson(id.value(), moduleId, title, topic, sources, stripLeadingBlankLines(body));
        return Optional.of(new LessonDraft(lesson, id, topicAt));
    }

    /** The blank line authors put after the closing {@code ---} is layout, not content. */
    private static String stripLeadingBlankLines(String body) {
        return body.replaceFirst("^(\\s*\n)+", "");
    }
}
