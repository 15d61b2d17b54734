package org.palpate.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;

import java.util.ArrayList;

import org.palpate.learner.Learner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts a real review log (card_id,review_rating,review_time,...) into a learner's review log, one row per review, as
 * if the learner had answered those questions then: the optimizer tests need histories of thousands of reviews.
 * The card states are placeholders; the optimizer reads only question, time and rating.
 */
@Component
public class ImportedReviews {

    private final JdbcTemplate jdbc;

    ImportedReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many reviews were written: the first {@code limit} of the file */
    public int load(Learner learner, Path csv, int limit) throws IOException {
        return load(learner, csv, limit, card -> true);
    }

    /** @return how many reviews of the cards {@code cards} accepts were written */
    public int load(Learner learner, Path csv, Predicate<String> cards) throws IOException {
        return load(learner, csv, Integer.MAX_VALUE, cards);
    }

    private int load(Learner learner, Path csv, int limit, Predicate<String> cards) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<Object[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || rows.size() == limit) {
                continue;
            }
            String[] field = line.split(",");
            if (!cards.test(field[0])) {
                continue;
            }
            OffsetDateTime at = OffsetDateTime.parse(field[2]);
            int rating = Integer.parseInt(field[1]);
            rows.add(new Object[] {learner.id(), field[0], at, rating, rating > 1});
        }
        // one batch: thousands of single inserts would take most of the test's time
        jdbc.batchUpdate("INSERT INTO review_log (learner_id, question_id, content_hash, reviewed_at, rating, correct, answer, "
                + "elapsed_days, phase_before, step_before, stability_before, difficulty_before, due_before, reps_before, "
                + "lapses_before, phase_after, step_after, stability_after, difficulty_after, due_after, reps_after, lapses_after) "
                + "VALUES (?, ?, 'imported', ?, ?, ?, '', 0, 'NEW', 0, 0, 0, ?, 0, 0, 'NEW', 0, 0, 0, ?, 0, 0)",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[2], r[2]}).toList());
        int written = rows.size();
        return written;
    }
}
