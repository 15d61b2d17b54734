package org.palpate.quiz;

import org.palpate.curriculum.Presented;
import org.palpate.curriculum.Graded;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import org.palpate.StudyDay;
import org.palpate.UserException;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.learner.Learner;
import org.palpate.quiz.CardRepository.StoredCard;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.NextStates;
import org.palpate.scheduling.Outcome;
import org.palpate.scheduling.Rating;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quiz sessions: what to ask next, grading, and recording. Each answer is one transaction (review-log row, card
 * state and session position together), so an answer the learner was told is recorded survives a crash, and an
 * answer sent twice from two windows is recorded once.
 */
@Service
public class QuizService {

    /** A wrong answer comes back after this many other questions (or at the end, if fewer are left). */
    static final int RETRY_GAP = 3;
    /** How often one question may come back in a session after wrong answers. */
    static final int MAX_RETRIES = 2;
    /** How often an answer is tried when the card changed underneath it (optimistic lock). */
    static final int ANSWER_ATTEMPTS = 3;

    private final CurriculumService curricula;
    private final CardRepository cards;
    private final ReviewLogRepository reviews;
    private final SessionRepository sessions;
    private final TransactionTemplate transactions;
    private final ExamSchedules schedules;
    private final Clock clock;

    QuizService(CurriculumService curricula, CardRepository cards, ReviewLogRepository reviews, SessionRepository sessions,
            TransactionTemplate transactions, ExamSchedules schedules, Clock clock) {
        this.curricula = curricula;
        this.cards = cards;
        this.reviews = reviews;
        this.sessions = sessions;
        this.transactions = transactions;
        this.schedules = schedules;
        this.clock = clock;
    }

    public QuizSession start(Learner learner, QuizMode mode, String moduleId, String topicId, Integer count) {
        return start(learner, mode, moduleId, topicId, count, null, ExamBlueprint.PROGRAM).session();
    }

    /** An exam is drawn by {@code blueprint}; the result names the MBLEx areas it could not fill. */
    public StartedQuiz start(Learner learner, QuizMode mode, String moduleId, String topicId, Integer count, Integer minutes,
            ExamBlueprint blueprint) {
        QuizSize.check(mode, moduleId, topicId, count, minutes);
        return inTransaction(() -> {
            sessions.lockLearner(learner.id());
            open(learner).ifPresent(s -> {
                throw new UserException("a quiz is already in progress (" + s.answered() + " answered, " + s.queue().size()
                        + " to go): continue with 'quiz next', or end it with 'quiz finish'");
            });
            CurriculumService.GradedCurriculum students = curricula.graded().forStudents();
            Curriculum curriculum = students.curriculum();
            Instant now = clock.instant();
            QueuePlanner planner = new QueuePlanner(curriculum, cards.findAll(learner.id()), Schedulers.forLearner(learner), now);
            ExamBlueprint.Draw exam = mode != QuizMode.EXAM ? null : blueprint.draw(curriculum,
                    count == null ? QuizSize.DEFAULT_EXAM_COUNT : count, new Random(now.toEpochMilli() ^ learner.id()));
            List<String> queue;
            if (exam != null) {
                queue = exam.queue();
            } else if (mode == QuizMode.DAILY) {
                int newToday = reviews.newSince(learner.id(), StudyDay.start(now, clock.getZone()));
                queue = planner.daily(learner.newPerDay() - newToday);
                queue = count == null ? queue : queue.stream().limit(count).toList();
            } else {
                queue = planner.practice(QuizPool.of(curriculum, moduleId == null ? null : students.module(moduleId), topicId),
                        count == null ? QuizSize.DEFAULT_COUNT : count);
            }
            queue = queue.stream().limit(QuizSize.MAX_QUESTIONS).toList();
            if (queue.isEmpty()) {
                throw mode == QuizMode.DAILY ? NothingToStudy.of(cards.findAll(learner.id()).values(), now, clock.getZone())
                        : new UserException("no questions match");
            }
            Instant deadline = minutes == null ? null : now.plus(Duration.ofMinutes(minutes));
            long id = sessions.create(learner.id(), mode, moduleId, topicId, queue, now, deadline);
            return StartedQuiz.of(sessions.findOpen(learner.id()).filter(s -> s.id() == id).orElseThrow(), exam);
        });
    }

    public Optional<QuizSession> open(Learner learner) {
        return sessions.findOpen(learner.id());
    }

    public QuizSession requireOpen(Learner learner) {
        return open(learner).orElseThrow(QuizErrors::noQuiz);
    }

    /**
     * The question to answer now, or empty when the quiz has none left. It is recorded as shown: an answer without
     * a question id answers only a question that was shown and not answered since.
     */
    public Optional<Current> next(Learner learner) {
        curricula.pickUpReloads();
        QuizSession session = requireOpen(learner);
        if (session.done() || session.timeUp(clock.instant())) {
            return Optional.empty();
        }
        if (!session.headShown()) {
            sessions.present(session);
        }
        Question question = curricula.graded().question(session.head());
        CardState card = cards.find(learner.id(), question.id()).map(StoredCard::state).orElse(CardState.newCard(clock.instant()));
        return Optional.of(new Current(session, present(session, question), schedules.next(learner, card, clock.instant(), question.id())));
    }

    /**
     * Grades without recording: the interactive session shows the verdict before the learner picks a rating. If the
     * question shown was answered in another window meanwhile, nothing is graded (no verdict reveals the next key).
     * An exam grades nothing before it is finished. A near miss on a short answer is {@link Graded#close()} once per
     * question (the learner may retype); after that it is graded as typed.
     */
    public Graded check(Learner learner, String questionId, String answer) {
        QuizSession session = requireOpen(learner);
        if (!session.mode().showsFeedback()) {
            throw new UserException("an exam shows no verdict before it is finished: answer with 'quiz answer', then 'quiz finish'");
        }
        if (session.done() || !session.head().equals(questionId)) {
            throw new UserException("question " + questionId + " was already answered (in another window?); nothing "
                    + "was recorded: here is the current question");
        }
        Question question = curricula.graded().question(session.head());
        Graded graded = Grader.grade(present(session, question), answer);
        if (nearMiss(session, question, graded)) {
            sessions.retyped(session);
            return graded.asClose();
        }
        return graded;
    }

    /** Whether a wrong short answer earns the one "close: check the spelling" retype (never in an exam). */
    private boolean nearMiss(QuizSession session, Question question, Graded graded) {
        return !graded.correct() && session.mode().showsFeedback() && !question.id().equals(session.retyped())
                && NearMiss.close(question, graded.given(), curricula.graded().module(question.moduleId()));
    }

    /**
     * Grades and records the answer to the current question. A wrong answer is rated Again whatever was asked;
     * a right one is rated Good unless the learner says hard or easy (or again, when they guessed).
     */
    public Answered answer(Learner learner, String answer, Rating requested, Long responseMillis) {
        return answer(learner, null, answer, requested, responseMillis);
    }

    /**
     * As above, for the question the learner saw: when {@code questionId} is given and another window has answered
     * that question in the meantime, nothing is recorded (instead of this answer landing on the next question).
     */
    public Answered answer(Learner learner, String questionId, String answer, Rating requested, Long responseMillis) {
        // The session row is locked, so a conflict can only come from the card, changed by another session of the same
        // learner; the whole answer is then recorded again from the fresh state (the question id check still holds).
        for (int attempt = 1;; attempt++) {
            try {
                Answered answered = transactions.execute(status -> record(learner, questionId, answer, requested, responseMillis));
                if (answered == null) {
                    throw new UserException("close: check the spelling and answer again (nothing was recorded; "
                            + "the next answer to this question is graded as typed)");
                }
                return answered;
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                if (attempt == ANSWER_ATTEMPTS) {
                    throw QuizErrors.changedMeanwhile();
                }
            }
        }
    }

    private Answered record(Learner learner, String questionId, String answer, Rating requested, Long responseMillis) {
        QuizSession session = sessions.lockOpen(learner.id()).orElseThrow(QuizErrors::noQuiz);
        if (questionId != null && (session.done() || !session.head().equals(questionId))) {
            throw new UserException("question " + questionId + " was already answered (in another window?); nothing "
                    + "was recorded: run 'quiz next' to see the current question");
        }
        if (session.done()) {
            throw new UserException("this quiz has no questions left: run 'quiz finish'");
        }
        Instant now = clock.instant();
        if (session.timeUp(now)) {
            throw new UserException("time is up: the exam ended at "
                    + DateTimeFormatter.ofPattern("HH:mm").format(session.deadline().atZone(clock.getZone()))
                    + " and this answer was not recorded; see your score with 'quiz finish'");
        }
        if (questionId == null && !session.headShown()) {
            // an answer is for the question the learner read: after an answer, or an undo, show the next one first
            throw new UserException("no question is shown: run 'quiz next'");
        }
        boolean exam = !session.mode().showsFeedback();
        CurriculumService.GradedCurriculum gradedAgainst = curricula.graded();
        Question question = gradedAgainst.question(session.head());
        Presented shown = present(session, question);
        Graded graded = Grader.grade(shown, answer);
        if (nearMiss(session, question, graded)) {
            sessions.retyped(session);
            return null;
        }
        // In an exam the learner sees no verdict, so there is nothing to rate: right is Good, wrong is Again.
        Rating rating = graded.correct() ? (exam ? Rating.GOOD : Objects.requireNonNullElse(requested, Rating.GOOD)) : Rating.AGAIN;
        Optional<StoredCard> stored = cards.find(learner.id(), question.id());
        CardState before = stored.map(StoredCard::state).orElse(CardState.newCard(now));
        NextStates preview = schedules.next(learner, before, now, question.id());
        Outcome outcome = preview.of(rating);
        double elapsedDays = before.lastReview() == null ? 0 : Duration.between(before.lastReview(), now).toMillis() / 86_400_000.0;
        long reviewId = reviews.append(gradedAgainst.version(), new ReviewEntry(0, learner.id(), question.id(), question.contentHash(),
                session.id(), now, rating, graded.correct(), graded.given(), responseMillis, elapsedDays,
                ResponseJson.write(graded.response()), before, outcome.card()));
        sessions.saveUndo(reviewId, session.id(), session.queue());
        cards.save(learner.id(), question.id(), outcome.card(), stored);
        List<String> queue = new ArrayList<>(session.queue().subList(1, session.queue().size()));
        boolean comesBack = !exam && !graded.correct() && reviews.wrongInSession(session.id(), question.id()) <= MAX_RETRIES;
        if (comesBack) {
            queue.add(Math.min(RETRY_GAP, queue.size()), question.id());
        }
        sessions.advance(session, queue, session.answered() + 1, session.correct() + (graded.correct() ? 1 : 0));
        return new Answered(shown, graded, rating, outcome, preview, session, comesBack);
    }

    /**
     * Takes back the last answer of the open quiz: the card state and the session position are put back exactly,
     * and its log row stays, marked as taken back (the item analysis still counts it as the first attempt).
     */
    public Undone undo(Learner learner) {
        return inTransaction(() -> {
            QuizSession session = sessions.lockOpen(learner.id())
                    .orElseThrow(QuizErrors::noQuiz);
            if (!session.mode().showsFeedback()) {
                throw new UserException("an exam answer cannot be taken back");
            }
            ReviewEntry last = reviews.lastOfSession(session.id())
                    .orElseThrow(() -> new UserException("nothing to undo: no answer in this quiz yet"));
            Optional<StoredCard> stored = cards.find(learner.id(), last.questionId());
            if (last.before().reps() == 0) {
                cards.delete(learner.id(), last.questionId());
            } else {
                cards.save(learner.id(), last.questionId(), last.before(), stored);
            }
            List<String> queueBefore = sessions.undoQueue(last.id())
                    .orElseThrow(() -> new UserException("nothing to undo: this answer was given before Palpate kept undo data"));
            sessions.advance(session, queueBefore, session.answered() - 1,
                    session.correct() - (last.correct() ? 1 : 0));
            reviews.markUndone(last.id(), clock.instant());
            return new Undone(curricula.graded().curriculum().question(last.questionId()).orElse(null), session.answered() - 1);
        });
    }

    public Finished finish(Learner learner) {
        return inTransaction(() -> {
            QuizSession session = requireOpen(learner);
            Instant now = clock.instant();
            sessions.finish(session.id(), now);
            List<ReviewEntry> answers = reviews.ofSession(session.id());
            ExamScore score = session.mode() != QuizMode.EXAM ? null
                    : ExamScore.of(session, answers, curricula.graded().curriculum(), session.timeUp(now));
            // questions still queued that were answered before are retries of wrong answers, not questions never reached
            int retried = (int) session.queue().stream().distinct().filter(id -> answers.stream().anyMatch(a -> a.questionId().equals(id))).count();
            return new Finished(session, score, retried);
        });
    }

    private static Presented present(QuizSession session, Question question) {
        return Presenter.present(question, Objects.hash(session.id(), question.id(), session.answered()));
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw QuizErrors.changedMeanwhile();
        }
    }
}
