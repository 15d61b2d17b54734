package org.palpate.curriculum;

import org.palpate.support.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates random valid curricula and renders them as files in randomly varied YAML styles (block or flow
 * lists, plain or quoted scalars, shuffled key order), remembering where every question key was written so a
 * test can predict the exact line and column of a problem it introduces.
 */
final class RandomCurricula {

    private static final String[] WORDS = {"effleurage", "petrissage", "friction", "tapotement", "vibration",
            "muscle", "tendon", "fascia", "client", "pressure", "stroke", "gliding", "kneading", "warm", "cool",
            "session", "draping", "posture", "breath", "calf", "shoulder", "neck", "spine", "oil", "lotion", "assess",
            "refer", "swelling", "bruise", "nerve", "circulation", "lymph", "rhythm", "depth", "speed", "direction",
            "comfort", "consent", "intake", "record", "history", "medication", "fever", "skin", "rash", "pregnancy",
            "elderly", "athlete", "hamstring", "trapezius", "scapula", "sacrum"};
    /** Characters that force quoting or exercise UTF-8: accents, CJK, emoji, YAML indicators. */
    private static final String[] SPICE = {"é", "ü", "—", "\"", "'", ":", "#", "&", "*", "?", "%", "!", "[", "]",
            "{", "}", ",", "ø", "中", "💆", "\\", "- ", ": ", " #", "@", "`", "|", ">"};

    record QuestionSpec(String id, String topic, QuestionType type, String prompt, List<Choice> choices,
                        Boolean answer, List<String> answers, List<Pair> pairs, List<String> sequence,
                        String explanation, List<String> sources, boolean critical, List<String> tags,
                        Integer difficulty) {

        AnswerKey key() {
            return Keys.of(type, choices, answer, answers, pairs, sequence);
        }

        /** The question as ordered YAML fields; tests corrupt this map before rendering. */
        LinkedHashMap<String, Object> fields(Random random) {
            LinkedHashMap<String, Object> all = new LinkedHashMap<>();
            all.put("id", id);
            all.put("topic", topic);
            all.put("type", type.id());
            all.put("prompt", prompt);
            switch (type) {
                case SINGLE, MULTIPLE -> all.put("choices", choices);
                case TRUE_FALSE -> all.put("answer", answer);
                case SHORT -> all.put("answers", answers);
                case MATCHING -> all.put("pairs", pairs);
                case ORDERING -> all.put("sequence", sequence);
            }
            all.put("explanation", explanation);
            if (!sources.isEmpty() || random.nextBoolean()) {
                all.put("sources", sources);
            }
            if (critical || random.nextInt(4) == 0) {
                all.put("critical", critical);
            }
            if (!tags.isEmpty()) {
                all.put("tags", tags);
            }
            if (difficulty != null) {
                all.put("difficulty", difficulty);
            }
            List<String> keys = new ArrayList<>(all.keySet());
            java.util.Collections.shuffle(keys, random);
            LinkedHashMap<String, Object> shuffled = new LinkedHashMap<>();
            keys.forEach(k -> shuffled.put(k, all.get(k)));
            return shuffled;
        }
    }

    record ModuleSpec(String id, String title, List<Topic> topics, List<String> prerequisites,
                      List<QuestionSpec> questions, int weight) {
    }

    record Spec(String title, List<ModuleSpec> modules) {

        List<QuestionSpec> questions() {
            return modules.stream().flatMap(m -> m.questions().stream()).toList();
        }
    }

    /** Where a question was written: its file, the line/column of its mapping and of each key. */
    record Written(String file, int[] start, Map<String, int[]> keys) {
    }

    // ---- generation -------------------------------------------------------------------------------------------

    /** Each question's fields, as {@link #render} writes them (values drawn from {@code random}). */
    static Map<QuestionSpec, LinkedHashMap<String, Object>> fieldsOf(Spec spec, Random random) {
        Map<QuestionSpec, LinkedHashMap<String, Object>> fields = new HashMap<>();
        spec.questions().forEach(q -> fields.put(q, q.fields(random)));
        return fields;
    }

    static Spec generate(Random random) {
        int moduleCount = 1 + random.nextInt(4);
        List<ModuleSpec> modules = new ArrayList<>();
        int questionNumber = 0;
        for (int m = 0; m < moduleCount; m++) {
            String moduleId = "m" + m + "-" + word(random);
            List<Topic> topics = new ArrayList<>();
            int topicCount = 1 + random.nextInt(3);
            for (int t = 0; t < topicCount; t++) {
                topics.add(new Topic("t" + t + "-" + word(random), text(random, 1, 4)));
            }
            List<String> prerequisites = new ArrayList<>();
            for (ModuleSpec earlier : modules) {
                if (random.nextInt(3) == 0) {
                    prerequisites.add(earlier.id());
                }
            }
            List<QuestionSpec> questions = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int q = 0; q < count; q++) {
                questions.add(question(random, "q" + (questionNumber++) + "-" + word(random),
                        topics.get(random.nextInt(topics.size())).id()));
            }
            modules.add(new ModuleSpec(moduleId, text(random, 1, 4), topics, prerequisites, questions,
                    1 + random.nextInt(5)));
        }
        return new Spec(text(random, 2, 5), modules);
    }

    private static QuestionSpec question(Random random, String id, String topic) {
        // the six kinds the generator knows how to write; cloze and numerical have their own tests
        QuestionType type = QuestionType.values()[random.nextInt(QuestionType.ORDERING.ordinal() + 1)];
        List<Choice> choices = List.of();
        Boolean answer = null;
        List<String> answers = List.of();
        List<Pair> pairs = List.of();
        List<String> sequence = List.of();
        switch (type) {
            case SINGLE, MULTIPLE -> {
                List<String> texts = distinctTexts(random, 2 + random.nextInt(4));
                int right = random.nextInt(texts.size());
                List<Choice> list = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    boolean correct = type == QuestionType.SINGLE ? i == right : i == right || random.nextBoolean();
                    list.add(new Choice(texts.get(i), correct, random.nextInt(3) == 0 ? text(random, 2, 8) : null));
                }
                choices = list;
            }
            case TRUE_FALSE -> answer = random.nextBoolean();
            case SHORT -> answers = distinctTexts(random, 1 + random.nextInt(3));
            case MATCHING -> {
                int n = 2 + random.nextInt(4);
                List<String> lefts = distinctTexts(random, n);
                List<String> rights = distinctTexts(random, n);
                List<Pair> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    list.add(new Pair(lefts.get(i), rights.get(i)));
                }
                pairs = list;
            }
            case ORDERING -> sequence = distinctTexts(random, 2 + random.nextInt(5));
        }
        boolean critical = random.nextInt(5) == 0;
        List<String> sources = critical ? distinctTexts(random, 1 + random.nextInt(2))
                : random.nextBoolean() ? List.of() : distinctTexts(random, 1 + random.nextInt(2));
        List<String> tags = random.nextBoolean() ? List.of() : distinctTexts(random, 1 + random.nextInt(3));
        Integer difficulty = random.nextBoolean() ? null : 1 + random.nextInt(5);
        return new QuestionSpec(id, topic, type, text(random, 3, 20) + "?", choices, answer, answers, pairs, sequence,
                text(random, 3, 25), sources, critical, tags, difficulty);
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Random words, capitalised, sometimes with characters that need quoting; never blank, never edge spaces. */
    static String text(Random random, int minWords, int maxWords) {
        int n = minWords + random.nextInt(maxWords - minWords + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(word(random));
            if (random.nextInt(6) == 0) {
                text.append(SPICE[random.nextInt(SPICE.length)]);
            }
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1).strip();
    }

    /** Texts that are different even ignoring case and spacing (the validator's notion of "same choice"). */
    private static List<String> distinctTexts(Random random, int count) {
        Set<String> seen = new HashSet<>();
        List<String> texts = new ArrayList<>();
        while (texts.size() < count) {
            String text = text(random, 1, 5);
            if (seen.add(Texts.sameKey(text))) {
                texts.add(text);
            }
        }
        return texts;
    }

    // ---- rendering --------------------------------------------------------------------------------------------

    /**
     * Files of the curriculum. {@code fields} gives each question's (possibly corrupted) YAML fields by
     * question; {@code written} receives where each question ended up.
     */
    static Map<String, String> render(Spec spec, Map<QuestionSpec, LinkedHashMap<String, Object>> fields,
                                      Random style, Map<QuestionSpec, Written> written) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder program = new StringBuilder("title: ").append(scalar(spec.title(), style)).append('\n');
        program.append("modules:\n");
        spec.modules().forEach(m -> program.append("  - ").append(m.id()).append('\n'));
        int total = spec.modules().stream().mapToInt(ModuleSpec::weight).sum();
        program.append("blueprint:\n");
        spec.modules().forEach(m -> program.append("  ").append(m.id()).append(": ")
                .append(String.format(Locale.ROOT, "%.6f", m.weight() / (double) total)).append('\n'));
        files.put("program.yaml", program.toString());

        for (ModuleSpec module : spec.modules()) {
            StringBuilder yaml = new StringBuilder();
            yaml.append("id: ").append(module.id()).append('\n');
            yaml.append("title: ").append(scalar(module.title(), style)).append('\n');
            yaml.append("topics:\n");
            for (Topic topic : module.topics()) {
                yaml.append("  - { id: ").append(topic.id()).append(", title: ").append(flowScalar(topic.title(), style))
                        .append(" }\n");
            }
            if (!module.prerequisites().isEmpty() || style.nextBoolean()) {
                yaml.append("prerequisites: [").append(String.join(", ", module.prerequisites())).append("]\n");
            }
            files.put(module.id() + "/module.yaml", yaml.toString());
            for (Topic topic : module.topics()) {
                files.put(module.id() + "/lessons/" + topic.id() + ".md", "---\nid: l-" + module.id() + "-" + topic.id()
                        + "\ntitle: " + scalar(topic.title(), style) + "\ntopic: " + topic.id() + "\n---\n\n# "
                        + topic.title() + "\n\nSome text.\n");
            }
            String file = module.id() + "/questions.yaml";
            Lines lines = new Lines();
            lines.add("questions:");
            for (QuestionSpec question : module.questions()) {
                written.put(question, renderQuestion(fields.get(question), lines, style, file));
            }
            files.put(file, lines.text());
        }
        return files;
    }

    private static Written renderQuestion(LinkedHashMap<String, Object> fields, Lines lines, Random style,
                                          String file) {
        Map<String, int[]> keys = new HashMap<>();
        boolean first = true;
        int[] start = null;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            String indent = first ? "  - " : "    ";
            int[] at = {lines.next(), 5};
            if (first) {
                start = at;
            }
            keys.put(field.getKey(), at);
            renderField(indent, field.getKey(), field.getValue(), lines, style);
            first = false;
        }
        return new Written(file, start, keys);
    }

    @SuppressWarnings("unchecked")
    private static void renderField(String indent, String key, Object value, Lines lines, Random style) {
        String head = indent + key + ":";
        if (value instanceof String text) {
            lines.add(head + " " + scalar(text, style));
        } else if (value instanceof Boolean || value instanceof Integer) {
            lines.add(head + " " + value);
        } else if (value instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof String)) {
            List<String> texts = (List<String>) list;
            if (style.nextBoolean() || texts.isEmpty()) {
                lines.add(head + " [" + String.join(", ", texts.stream().map(t -> flowScalar(t, style)).toList()) + "]");
            } else {
                lines.add(head);
                texts.forEach(t -> lines.add("      - " + scalar(t, style)));
            }
        } else if (value instanceof List<?> list && list.get(0) instanceof Choice) {
            lines.add(head);
            for (Choice choice : (List<Choice>) list) {
                Map<String, String> entries = new LinkedHashMap<>();
                entries.put("text", null);
                if (choice.correct() || style.nextInt(3) == 0) {
                    entries.put("correct", String.valueOf(choice.correct()));
                }
                if (choice.feedback() != null) {
                    entries.put("feedback", null);
                }
                mapping(lines, style, entries, Map.of("text", choice.text(),
                        "feedback", choice.feedback() == null ? "" : choice.feedback()));
            }
        } else if (value instanceof List<?> list && list.get(0) instanceof Pair) {
            lines.add(head);
            for (Pair pair : (List<Pair>) list) {
                Map<String, String> entries = new LinkedHashMap<>();
                entries.put("left", null);
                entries.put("right", null);
                mapping(lines, style, entries, Map.of("left", pair.left(), "right", pair.right()));
            }
        } else {
            throw new IllegalArgumentException("cannot render " + value);
        }
    }

    /** One list item mapping, flow or block; entries with a null value take their text from {@code texts}. */
    private static void mapping(Lines lines, Random style, Map<String, String> entries, Map<String, String> texts) {
        if (style.nextBoolean()) {
            List<String> flow = new ArrayList<>();
            entries.forEach((k, v) -> flow.add(k + ": " + (v != null ? v : flowScalar(texts.get(k), style))));
            lines.add("      - { " + String.join(", ", flow) + " }");
        } else {
            boolean first = true;
            for (Map.Entry<String, String> e : entries.entrySet()) {
                String value = e.getValue() != null ? e.getValue() : scalar(texts.get(e.getKey()), style);
                lines.add((first ? "      - " : "        ") + e.getKey() + ": " + value);
                first = false;
            }
        }
    }

    /** A scalar for block context: plain when safe and the dice say so, else single- or double-quoted. */
    static String scalar(String text, Random style) {
        if (text.matches("[A-Za-z][A-Za-z ?]*[A-Za-z?]") && style.nextBoolean()) {
            return text;
        }
        return quoted(text, style);
    }

    /** Inside [ ] or { } a plain scalar must also avoid , [ ] { }: ours never contain them when plain. */
    static String flowScalar(String text, Random style) {
        return scalar(text, style);
    }

    private static String quoted(String text, Random style) {
        if (style.nextBoolean()) {
            return "'" + text.replace("'", "''") + "'";
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Text being built line by line, knowing the number of the next line. */
    static final class Lines {
        private final StringBuilder text = new StringBuilder();
        private int count;

        int next() {
            return count + 1;
        }

        void add(String line) {
            text.append(line).append('\n');
            count++;
        }

        String text() {
            return text.toString();
        }
    }
}
