package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.QuestionDraft;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of a {@code questions:} list: the common fields here, the answer key in {@link AnswerKeyReader}. */
final class QuestionReader {

    static final List<String> COMMON_KEYS = List.of("id", "topic", "type", "prompt", "explanation", "sources",
            "critical", "case", "tags", "difficulty", "rules", MblexTags.KEY);
    static final int LONG_PROMPT = 400;
    // the keys a question may have, built once per type and not for every question
    private static final List<String> ALL_FIELDS = QuestionType.allFields();
    private static final Set<String> ALLOWED_ANY_TYPE = allowedKeys(ALL_FIELDS);
    private static final Map<QuestionType, Set<String>> ALLOWED = new EnumMap<>(QuestionType.class);

    static {
        for (QuestionType t : QuestionType.values()) {
            ALLOWED.put(t, allowedKeys(t.fields()));
        }
    }

    private QuestionReader() {
    }

    /** @param number 1-based position in the list, to name the question before its id is known */
    static QuestionDraft read(YamlMap entry, int number, String moduleId, MblexTags mblex) {
        Located<String> id = Ids.read(entry.withLabel("question " + number), "question");
        YamlMap q = entry.withLabel(id == null ? "question " + number : "question `" + id.value() + "`");
        Optional<QuestionType> type = readType(q);
        checkKeys(q, type);

        String topic = q.requiredText("topic");
        String prompt = q.requiredText("prompt");
        String explanation = q.requiredText("explanation");
        List<Located<String>> sources = q.textList("sources", false);
        Boolean critical = q.bool("critical");
        String caseId = q.optionalText("case");
        List<Located<String>> tags = q.textList("tags", false);
        List<Located<String>> rules = q.textList("rules", false);
        Integer difficulty = q.integer("difficulty", 1, 5);
        String area = mblex.resolve(q, id, topic);
        AnswerKey key = type.map(t -> AnswerKeyReader.read(q, t, prompt)).orElse(null);

        // items that were written but invalid have been reported already; only an absent/empty list is new here
        Node written = q.value("sources");
        boolean sourcesWritten = written != null && !Yaml.isNull(written)
                && !(written instanceof SequenceNode s && s.getValue().isEmpty());
        if (Boolean.TRUE.equals(critical) && sources.isEmpty() && !sourcesWritten) {
            q.document().error(q.has("sources") ? q.value("sources") : q.keyNode("critical"),
                    "a critical question needs at least one entry in `sources`; add `sources: [...]` naming where "
                            + "the safety rule comes from");
        }
        if (prompt != null && prompt.startsWith(ModuleScaffold.EXAMPLE_PROMPT)) {
            q.document().warning(q.value("prompt"), "this is the example question written by 'module new'; replace it "
                    + "with a real question: until then it is a draft that students do not see");
        }
        if (explanation != null && Placeholders.is(explanation)) {
            q.document().warning(q.value("explanation"), "the explanation is a placeholder; write why the answer is right: "
                    + "until then the question is a draft that students do not see");
        }
        sources.stream().filter(source -> Placeholders.is(source.value())).forEach(source -> q.document().warning(source.at(),
                "the source is a placeholder; name the work the answer rests on: until then the question is a draft "
                        + "that students do not see"));
        if (prompt != null && Texts.length(prompt) > LONG_PROMPT) {
            q.document().warning(q.value("prompt"), "the prompt is " + Texts.length(prompt) + " characters long; "
                    + "keep it under " + LONG_PROMPT + " (move a shared scenario into a `case` of module.yaml)");
        }

        Question question = null;
        if (id != null && topic != null && type.isPresent() && prompt != null && explanation != null && key != null) {
            question = new Question(id.value(), moduleId, topic, prompt, key, explanation, values(sources),
                    Boolean.TRUE.equals(critical), caseId, values(tags), difficulty, ContentHash.of(prompt, key),
                    values(rules), area);
        }
        return new QuestionDraft(question, id,
                topic == null ? null : q.document().locate(topic, q.value("topic")),
                caseId == null ? null : q.document().locate(caseId, q.value("case")),
                rules, Boolean.TRUE.equals(critical) ? q.document().locate(true, q.keyNode("critical")) : null);
    }

    private static Optional<QuestionType> readType(YamlMap q) {
        String text = q.requiredText("type");
        if (text == null) {
            return Optional.empty();
        }
        Optional<QuestionType> type = QuestionType.of(text);
        if (type.isEmpty()) {
            q.document().error(q.value("type"), "unknown question type `" + text + "`"
                    + DidYouMean.hint(text, QuestionType.ids()) + " (use one of: "
                    + String.join(", ", QuestionType.ids()) + ")");
        }
        return type;
    }

    /**
     * With a known type only its own answer field is allowed, and another type's field gets a message naming
     * the right one; with an unknown type every answer field is let through (the type error is enough).
     */
    private static void checkKeys(YamlMap q, Optional<QuestionType> type) {
        Set<String> allowed = type.map(ALLOWED::get).orElse(ALLOWED_ANY_TYPE);
        q.rejectUnknownKeys(allowed, allowed, key -> {
            if (type.isPresent() && ALL_FIELDS.contains(key)) {
                QuestionType t = type.get();
                return "`" + key + "` is not used by type `" + t.id() + "`; remove it (a `" + t.id()
                        + "` question uses " + t.fields().stream().map(f -> "`" + f + "`").collect(java.util.stream.Collectors.joining(" and ")) + ")";
            }
            return null;
        });
    }

    /** The common keys then {@code fields}, in that order (the order "allowed keys here: ..." lists them in). */
    private static Set<String> allowedKeys(List<String> fields) {
        Set<String> allowed = new LinkedHashSet<>(COMMON_KEYS);
        allowed.addAll(fields);
        return Collections.unmodifiableSet(allowed);
    }

    private static List<String> values(List<Located<String>> located) {
        List<String> values = new ArrayList<>();
        located.forEach(l -> values.add(l.value()));
        return values;
    }
}
