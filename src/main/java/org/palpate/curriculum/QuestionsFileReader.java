package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.QuestionDraft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads questions.yaml: a mapping with one key, {@code questions}, holding the module's question list. */
final class QuestionsFileReader {


    private final Problems problems;

    QuestionsFileReader(Problems problems) {
        this.problems = problems;
    }

    List<QuestionDraft> read(Path path, String shown, String moduleId, MblexTags mblex) {
        List<QuestionDraft> questions = new ArrayList<>();
        Optional<YamlMap> read = new SourceReader(problems).read(path, shown)
                .flatMap(source -> YamlReader.read(source, source.text(), 0, problems))
                .flatMap(doc -> doc.rootMap(CurriculumFiles.QUESTIONS, "a `questions:` list"));
        if (read.isEmpty()) {
            return questions;
        }
        YamlMap map = read.get();
        map.rejectUnknownKeys(List.of("questions"));
        List<YamlMap> entries = map.mapList("questions", true, "question",
                "{ id: ..., topic: ..., type: single, prompt: ..., choices: [...], explanation: ... }");
        for (int i = 0; i < entries.size(); i++) {
            questions.add(QuestionReader.read(entries.get(i), i + 1, moduleId, mblex));
        }
        return questions;
    }
}
