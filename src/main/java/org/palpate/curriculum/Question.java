package org.palpate.curriculum;

import java.util.List;

/**
 * One question of a module's bank. Answer fields that do not belong to {@link #type()} are empty lists
 * ({@code answer} is null). {@code contentHash} identifies the version of what the learner answers (see
 * {@link ContentHash}); the review log stores it so edits keep history but stay distinguishable.
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
        String contentHash) {

    public Question {
        choices = List.copyOf(choices);
        answers = List.copyOf(answers);
        pairs = List.copyOf(pairs);
        sequence = List.copyOf(sequence);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }
}
