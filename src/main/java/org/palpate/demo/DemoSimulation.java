package org.palpate.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.palpate.StudyDay;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.Graded;
import org.palpate.curriculum.Presented;
import org.palpate.curriculum.Question;
import org.palpate.learner.Learner;
import org.palpate.quiz.Grader;
import org.palpate.quiz.Presenter;
import org.palpate.quiz.QueuePlanner;
import org.palpate.quiz.ResponseJson;
import org.palpate.quiz.ReviewEntry;
import org.palpate.quiz.Schedulers;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Outcome;
import org.palpate.scheduling.Rating;
import org.palpate.scheduling.Scheduler;

/**
 * The simulated cohort's behaviour; one instance per seeding, learners simulated one after another. Learners of
 * different ability study on most of the days before today, in the order {@link QueuePlanner} gives a daily quiz (due
 * reviews, then new questions), then a little practice by the same planner, through the real FSRS scheduler. Whether
 * they recall a question follows its retrievability, shifted by their ability and the question's difficulty; answers
 * are written in the learner's terms (through the real presenter and grader), so distractor counts mean something.
 * Nothing here touches the database.
 */
final class DemoSimulation {

    /** One learner's simulated reviews, oldest first, and their cards at the end. */
    record History(List<ReviewEntry> reviews, Map<String, CardState> cards) {
    }

    private final Curriculum curriculum;
    private final List<Question> questions;
    private final Instant now;
    private final ZoneId zone;
    private final int days;
    private final SplittableRandom root;
    private final Map<String, ItemProfile> profiles = new HashMap<>();
    private final Map<String, Question> byId = new HashMap<>();

    DemoSimulation(Curriculum curriculum, Instant now, ZoneId zone, int days, long seed) {
        this.curriculum = curriculum;
        this.questions = curriculum.questions();
        // The simulated days end where today begins: the same seed gives the same data all day long.
        this.now = StudyDay.start(now, zone);
        this.zone = zone;
        this.days = days;
        this.root = new SplittableRandom(seed);
        SplittableRandom items = root.split();
        for (Question q : questions) {
            profiles.put(q.id(), ItemProfile.draw(q, items));
            byId.put(q.id(), q);
        }
    }

    /** Simulates one learner's whole history; {@code number} is their place in the cohort (1, 2, ...). */
    History run(Learner learner, int number) {
        SplittableRandom random = root.split();
        double ability = Math.max(-2.5, Math.min(2.5, gaussian(random)));
        double diligence = 0.2 + random.nextDouble() * 0.75;
        int newPerDay = 2 + random.nextInt(9);
        int practicePerDay = random.nextInt(5);
        double speed = Math.exp(gaussian(random) * 0.3 - 0.15 * ability);
        // Most start in the first tenth of the period; the others join later (and have seen less).
        int firstDay = random.nextDouble() < 0.6 ? random.nextInt(Math.max(1, days / 10)) : random.nextInt(Math.max(1, days * 2 / 3));
        // About one learner in six stops studying somewhere in the second half.
        int lastDay = random.nextDouble() < 0.16 ? days / 2 + random.nextInt(Math.max(1, days - days / 2)) : days;
        Scheduler scheduler = Schedulers.forLearner(learner);
        Map<String, CardState> cards = new HashMap<>();
        List<ReviewEntry> log = new ArrayList<>();
        for (int day = firstDay; day < lastDay; day++) {
            if (random.nextDouble() > diligence) {
                continue;
            }
            Instant dayStart = StudyDay.startAfter(now, zone, day - days);
            Instant t = dayStart.plus(Duration.ofMinutes(300 + random.nextInt(13 * 60)));
            new Session(learner, number, random, ability, speed, scheduler, cards, log, t).run(newPerDay, practicePerDay);
        }
        return new History(log, cards);
    }

    /** One study session: the planner's daily queue, then its practice; learning steps within it. */
    private final class Session {
        private final Learner learner;
        private final int number;
        private final SplittableRandom random;
        private final double ability;
        private final double speed;
        private final Scheduler scheduler;
        private final Map<String, CardState> cards;
        private final List<ReviewEntry> log;
        private Instant t;

        Session(Learner learner, int number, SplittableRandom random, double ability, double speed, Scheduler scheduler,
                Map<String, CardState> cards, List<ReviewEntry> log, Instant start) {
            this.learner = learner;
            this.number = number;
            this.random = random;
            this.ability = ability;
            this.speed = speed;
            this.scheduler = scheduler;
            this.cards = cards;
            this.log = log;
            this.t = start;
        }

        void run(int newPerDay, int practicePerDay) {
            // One session a day, so none of today's new questions has been met yet.
            Deque<String> queue = new ArrayDeque<>(new QueuePlanner(curriculum, cards, scheduler, t).daily(newPerDay));
            Set<String> answered = new HashSet<>();
            Map<String, Integer> timesToday = new HashMap<>();
            List<String> stepping = new ArrayList<>();
            while (!queue.isEmpty() || !stepping.isEmpty()) {
                String next = stepping.stream().filter(id -> !cards.get(id).due().isAfter(t)).findFirst().orElse(null);
                if (next != null) {
                    stepping.remove(next);
                } else if (!queue.isEmpty()) {
                    next = queue.poll();
                } else {
                    // Only learning steps are left: the learner waits for the next one.
                    next = stepping.stream().min(Comparator.comparing(id -> cards.get(id).due())).orElseThrow();
                    stepping.remove(next);
                    t = cards.get(next).due();
                }
                if (!t.isBefore(now)) {
                    return;
                }
                CardState after = answer(byId.get(next));
                answered.add(next);
                int times = timesToday.merge(next, 1, Integer::sum);
                boolean steps = after.due().isBefore(t.plus(Duration.ofHours(1)));
                if (steps && times < 4) {
                    stepping.add(next);
                }
            }
            // A little practice on the questions met so far and not answered today: the planner puts the weakest first.
            List<Question> met = questions.stream().filter(q -> cards.containsKey(q.id()) && !answered.contains(q.id())).toList();
            for (String id : new QueuePlanner(curriculum, cards, scheduler, t).practice(met, practicePerDay)) {
                if (!t.isBefore(now)) {
                    return;
                }
                answer(byId.get(id));
            }
        }

        private CardState answer(Question q) {
            ItemProfile item = profiles.get(q.id());
            CardState before = cards.getOrDefault(q.id(), CardState.newCard(t));
            double p;
            if (before.lastReview() == null) {
                p = sigmoid(0.6 + item.discrimination() * ability - item.difficulty());
            } else {
                double elapsed = Duration.between(before.lastReview(), t).toMillis() / 86_400_000.0;
                double r = scheduler.model().retrievability(elapsed, before.stability());
                r = Math.max(0.02, Math.min(0.995, r));
                p = sigmoid(Math.log(r / (1 - r)) + 0.6 * item.discrimination() * ability - 0.3 * item.difficulty());
            }
            boolean recalled = random.nextDouble() < p;
            Presented shown = Presenter.present(q, random.nextLong());
            Graded graded = Grader.grade(shown, recalled ? Answers.right(shown) : Answers.wrong(shown, item, random));
            Rating rating = !graded.correct() ? Rating.AGAIN : pickRating();
            // Fuzz seeded by the learner's number in the cohort, not the database id: the same seed, the same data.
            Outcome outcome = scheduler.next(before, t, Schedulers.cardSeed(number, q.id())).of(rating);
            long ms = responseMillis(q, graded.correct());
            double elapsedDays = before.lastReview() == null ? 0 : Duration.between(before.lastReview(), t).toMillis() / 86_400_000.0;
            log.add(new ReviewEntry(0, learner.id(), q.id(), q.contentHash(), null, t, rating, graded.correct(), graded.given(), ms,
                    elapsedDays, ResponseJson.write(graded.response()), before, outcome.card()));
            cards.put(q.id(), outcome.card());
            t = t.plusMillis(ms + 1_000 + random.nextInt(4_000));
            return outcome.card();
        }

        private Rating pickRating() {
            double u = random.nextDouble();
            if (u < 0.07) {
                return Rating.HARD;
            }
            return u < 0.07 + 0.05 + 0.05 * Math.max(0, ability) ? Rating.EASY : Rating.GOOD;
        }

        private long responseMillis(Question q, boolean correct) {
            if (random.nextDouble() < 0.01) {
                return 120_000 + random.nextInt(480_000); // walked away from the screen
            }
            double typeFactor = switch (q.type()) {
                case MATCHING, ORDERING -> 2.2;
                case SHORT, MULTIPLE, CLOZE -> 1.4;
                case SINGLE, TRUE_FALSE, NUMERICAL -> 1.0;
            };
            return Math.round(8_000 * speed * typeFactor * (correct ? 1 : 1.4) * Math.exp(gaussian(random) * 0.45));
        }
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
