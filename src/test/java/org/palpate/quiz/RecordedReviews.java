package org.palpate.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.palpate.curriculum.Choices;
import org.palpate.curriculum.Graded;
import org.palpate.curriculum.Option;
import org.palpate.curriculum.Presented;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.learner.Learner;
import org.palpate.quiz.CardRepository.StoredCard;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Outcome;
import org.palpate.scheduling.Rating;
import org.springframework.stereotype.Component;

/**
 * Writes reviews for report tests at chosen moments, as QuizService records them (presenter, grader, scheduler,
 * review log and card in one go), without a quiz session: a report test decides who answers what, when, how fast.
 */
@Component
public class RecordedReviews {

    private final CurriculumService curricula;
    private final CardRepository cards;
    private final ReviewLogRepository reviews;

    RecordedReviews(CurriculumService curricula, CardRepository cards, ReviewLogRepository reviews) {
        this.curricula = curricula;
        this.cards = cards;
        this.reviews = reviews;
    }

    /** A right answer, rated {@code rating}. */
    public ReviewEntry right(Learner learner, String questionId, Rating rating, Instant at, long responseMillis) {
        return record(null, learner, questionId, true, null, rating, at, responseMillis);
    }

    /** A right answer graded against a published curriculum version (study and quizzes record it so once one is published). */
    public ReviewEntry rightAgainst(long curriculumVersion, Learner learner, String questionId, Rating rating, Instant at) {
        return record(curriculumVersion, learner, questionId, true, null, rating, at, 4000);
    }

    /** A wrong answer; for a single-choice question {@code wrongChoice} names the distractor picked. */
    public ReviewEntry wrong(Learner learner, String questionId, String wrongChoice, Instant at, long responseMillis) {
        return record(null, learner, questionId, false, wrongChoice, Rating.AGAIN, at, responseMillis);
    }

    private ReviewEntry record(Long curriculumVersion, Learner learner, String questionId, boolean right, String wrongChoice, Rating rating, Instant at,
            long responseMillis) {
        Question q = curricula.question(questionId);
        Presented shown = Presenter.present(q, 7);
        Graded graded = Grader.grade(shown, right ? rightKeys(shown) : wrongKeys(shown, wrongChoice));
        if (graded.correct() != right) {
            throw new IllegalStateException("the test answer to " + questionId + " was graded " + graded.correct());
        }
        var stored = cards.find(learner.id(), questionId);
        CardState before = stored.map(StoredCard::state).orElse(CardState.newCard(at));
        Outcome outcome = Schedulers.forLearner(learner).next(before, at, Schedulers.cardSeed(learner.id(), questionId)).of(rating);
        double elapsed = before.lastReview() == null ? 0 : Duration.between(before.lastReview(), at).toMillis() / 86_400_000.0;
        ReviewEntry entry = new ReviewEntry(0, learner.id(), questionId, q.contentHash(), null, at, rating, graded.correct(),
                graded.given(), responseMillis, elapsed, ResponseJson.write(graded.response()), before, outcome.card());
        reviews.append(curriculumVersion, entry);
        cards.save(learner.id(), questionId, outcome.card(), stored);
        return entry;
    }

    private static String rightKeys(Presented shown) {
        return shown.question().key().rightAnswer(shown);
    }

    /** {@code wrongChoice}: the text of the wrong choice to pick (single), or null for the first wrong one. */
    private static String wrongKeys(Presented shown, String wrongChoice) {
        Question q = shown.question();
        if (q.key() instanceof Choices c) {
            return keyOf(shown.choices(), wrongChoice != null ? wrongChoice
                    : c.choices().stream().filter(x -> !x.correct()).findFirst().orElseThrow().text());
        }
        return q.key().wrongAnswer(shown, i -> 1, new java.util.SplittableRandom(1));
    }

    private static String keyOf(List<Option> options, String text) {
        return options.stream().filter(o -> o.text().equals(text)).map(Option::key).findFirst().orElseThrow();
    }
}
