package org.palpate.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.palpate.learner.Learner;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Rating;
import org.springframework.stereotype.Component;

/**
 * Puts a real review log (card_id,review_rating,review_time,...) into a learner's review log, one row per review, as
 * if the learner had answered those questions then: the optimizer tests need histories of thousands of reviews.
 * The card states are placeholders; the optimizer reads only question, time and rating.
 */
@Component
public class ImportedReviews {

    private final ReviewLogRepository reviews;

    ImportedReviews(ReviewLogRepository reviews) {
        this.reviews = reviews;
    }

    /** @return how many reviews were written */
    public int load(Learner learner, Path csv, int limit) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int written = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || written == limit) {
                continue;
            }
            String[] field = line.split(",");
            var at = OffsetDateTime.parse(field[2]).toInstant();
            Rating rating = Rating.ofGrade(Integer.parseInt(field[1]));
            CardState state = CardState.newCard(at);
            reviews.append(new ReviewEntry(0, learner.id(), field[0], "imported", null, at, rating, rating.isRecall(), "",
                    null, 0, null, state, state));
            written++;
        }
        return written;
    }
}
