package org.palpate.curriculum;

import java.io.Serializable;
import java.util.List;

/**
 * One question of a module's bank. {@code key} is the answer key, one record per kind (see {@link AnswerKey}).
 * {@code contentHash} identifies the version of what the learner answers (see {@link ContentHash}); the review log
 * stores it so edits keep history but stay distinguishable. {@code rules} are the ids of the {@link SafetyRule}s the
 * question tests; they are not part of the content hash (naming a rule does not change what the learner answers).
 */
public record Question(
        String id,
        String moduleId,
        String topic,
        String prompt,
        AnswerKey key,
        String explanation,
        List<String> sources,
        boolean critical,
        String caseId,
        List<String> tags,
        Integer difficulty,
        String contentHash,
        List<String> rules,
        String mblex) implements Serializable {

    /** A question with no MBLEx area of its own (imported questions, tests). */
    public Question(String id, String moduleId, String topic, String prompt, AnswerKey key, String explanation,
                    List<String> sources, boolean critical, String caseId, List<String> tags, Integer difficulty,
                    String contentHash, List<String> rules) {
        this(id, moduleId, topic, prompt, key, explanation, sources, critical, caseId, tags, difficulty, contentHash, rules,
                null);
    }

    public Question {
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        rules = List.copyOf(rules);
    }

    public QuestionType type() {
        return key.type();
    }

    /** The same question with another id and content hash (imports choosing free ids). */
    public Question withId(String newId, String newHash) {
        return new Question(newId, moduleId, topic, prompt, key, explanation, sources, critical, caseId, tags, difficulty,
                newHash, rules, mblex);
    }
}
