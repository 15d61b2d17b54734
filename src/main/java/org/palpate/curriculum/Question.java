package org.palpate.curriculum;

import java.util.List;

/**
 * One question of a module's bank. Answer fields that do not belong to {@link #type()} are empty lists
 * ({@code answer} is null). {@code contentHash} identifies the version of what the learner answers (see
 * {@link ContentHash}); the review log stores it so edits keep history but stay distinguishable. {@code rules} are
 * the ids of the {@link SafetyRule}s the question tests; they are not part of the content hash (naming a rule does
 * not change what the learner answers).
 */
public record Question(
        String id,
        String moduleId,
        String topic,
        QuestionType type,
        String prompt,
        List<Choice> choices,
        Boolean answer,
        List<String> answers,
        List<Pair> pairs,
        List<String> sequence,
        String explanation,
        List<String> sources,
        boolean critical,
        String caseId,
        List<String> tags,
        Integer difficulty,
        String contentHash,
        List<String> rules,
        String mblex) {

    /** A question that names no safety rule (imported questions, tests). */
    public Question(String id, String moduleId, String topic, QuestionType type, String prompt, List<Choice> choices,
                    Boolean answer, List<String> answers, List<Pair> pairs, List<String> sequence, String explanation,
                    List<String> sources, boolean critical, String caseId, List<String> tags, Integer difficulty,
                    String contentHash) {
        this(id, moduleId, topic, type, prompt, choices, answer, answers, pairs, sequence, explanation, sources,
                critical, caseId, tags, difficulty, contentHash, List.of(), null);
    }

    public Question {
        rules = List.copyOf(rules);
        choices = List.copyOf(choices);
        answers = List.copyOf(answers);
        pairs = List.copyOf(pairs);
        sequence = List.copyOf(sequence);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }
}
