package org.palpate.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.Question;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the review history says about a curriculum about to be used. A question id that learners have answered but
 * that is gone is retired (its history stays); if a question with a new id has exactly the content of a retired
 * one, it was probably renamed, which would cut learners off from their history.
 */
@Component
public class QuestionHistory {

    private final JdbcClient jdbc;

    QuestionHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> notes(Curriculum curriculum) {
        Map<String, Set<String>> hashesById = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT question_id, content_hash FROM review_log ORDER BY question_id").query(row -> {
            hashesById.computeIfAbsent(row.getString("question_id"), id -> new LinkedHashSet<>()).add(row.getString("content_hash"));
        });
        List<String> notes = new ArrayList<>();
        List<String> retired = hashesById.keySet().stream().filter(id -> curriculum.question(id).isEmpty()).toList();
        for (String id : retired) {
            curriculum.questions().stream()
                    .filter(q -> !hashesById.containsKey(q.id()) && hashesById.get(id).contains(q.contentHash()))
                    .map(Question::id).findFirst()
                    .ifPresent(newId -> notes.add("warning: question `" + id + "` is gone but `" + newId + "` has exactly its "
                            + "content: renamed? Give it back the id `" + id + "` so that learners keep their history."));
        }
        if (!retired.isEmpty()) {
            notes.add(retired.size() + " question(s) answered before are no longer in the curriculum (" + String.join(", ", retired)
                    + "): they are retired and their history is kept.");
        }
        return notes;
    }
}
