package org.palpate.demo;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Question;
import org.palpate.learner.Learner;
import org.palpate.quiz.Grader;
import org.palpate.curriculum.Graded;
import org.palpate.quiz.Presenter;
import org.palpate.curriculum.Presented;
import org.palpate.quiz.Schedulers;
import org.palpate.StudyDay;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Outcome;
import org.palpate.scheduling.Rating;
import org.palpate.scheduling.Scheduler;

/** The simulated cohort's behaviour; one instance per seeding, learners simulated one after another. */
final class DemoSimulation {
    private final List<Question> questions;
    private final Instant now;
    private final ZoneId zone;
    private final int days;
    private final SplittableRandom root;
    private final Map<String, DemoSeeder.ItemProfile> profiles = new HashMap<>();

    DemoSimulation(Curriculum curriculum, Instant now, ZoneId zone, int days, long seed) {
        this.questions = curriculum.questions();
        // The simulated days end where today begins: the same seed gives the same data all day long.
        this.now = StudyDay.start(now, zone);
        this.zone = zone;
        this.days = days;
        this.root = new SplittableRandom(seed);
        SplittableRandom items = root.split();
        for (Question q : questions) {
            profiles.put(q.id(), profile(q, items));
        }
    }

    private static DemoSeeder.ItemProfile profile(Question q, SplittableRandom random) {
        double authored = q.difficulty() == null ? 0 : (q.difficulty() - 3) * 0.4;
        double difficulty = authored + gaussian(random) * 0.9;
        // A few questions are flawed: the stronger learners get them wrong more often (negative discrimination).
        double discrimination = random.nextDouble() < 0.08 ? -0.7 : 0.5 + random.nextDouble() * 1.1;
        List<Choice> options = q.key().options();
        double[] weights = new double[options.size()];
        int wrong = (int) options.stream().filter(c -> !c.correct()).count();
        for (int i = 0; i < weights.length; i++) {
            if (options.get(i).correct()) {
                continue;
            }
            // Some distractors tempt nobody: item analysis should flag them.
            weights[i] = wrong >= 3 && random.nextDouble() < 0.2 ? 0 : Math.exp(gaussian(random));
        }
        return new DemoSeeder.ItemProfile(difficulty, discrimination, weights);
    }

    /** Simulates one learner's whole history and hands every review and the final cards to the writer. */
    void run(Learner learner, int number, DemoWriter writer) throws SQLException {
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
        Map<String, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        for (int day = firstDay; day < lastDay; day++) {
            if (random.nextDouble() > diligence) {
                continue;
            }
            Instant dayStart = StudyDay.startAfter(now, zone, day - days);
            Instant t = dayStart.plus(Duration.ofMinutes(300 + random.nextInt(13 * 60)));
            new Session(learner, number, random, ability, speed, scheduler, cards, byId, writer, t).run(newPerDay, practicePerDay);
        }
        for (Map.Entry<String, CardState> card : cards.entrySet()) {
            writer.card(learner.id(), card.getKey(), card.getValue());
        }
    }

    /** One study session: due reviews (least likely recalled first), new questions, practice; learning steps within it. */
    private final class Session {
        private final Learner learner;
        private final int number;
        private final SplittableRandom random;
        private final double ability;
        private final double speed;
        private final Scheduler scheduler;
        private final Map<String, CardState> cards;
        private final Map<String, Question> byId;
        private final DemoWriter writer;
        private Instant t;

        Session(Learner learner, int number, SplittableRandom random, double ability, double speed, Scheduler scheduler,
                Map<String, CardState> cards, Map<String, Question> byId, DemoWriter writer, Instant start) {
            this.learner = learner;
            this.number = number;
            this.random = random;
            this.ability = ability;
            this.speed = speed;
            this.scheduler = scheduler;
            this.cards = cards;
            this.byId = byId;
            this.writer = writer;
            this.t = start;
        }

        void run(int newPerDay, int practicePerDay) throws SQLException {
            List<String> queue = new ArrayList<>(cards.entrySet().stream().filter(e -> !e.getValue().due().isAfter(t))
                    .sorted(Comparator.comparingDouble(e -> scheduler.retrievability(e.getValue(), t)))
                    .map(Map.Entry::getKey).toList());
            questions.stream().filter(q -> !cards.containsKey(q.id())).limit(newPerDay).forEach(q -> queue.add(q.id()));
            List<String> answered = new ArrayList<>();
            Map<String, Integer> timesToday = new HashMap<>();
            List<String> stepping = new ArrayList<>();
            while (!queue.isEmpty() || !stepping.isEmpty()) {
                String next = stepping.stream().filter(id -> !cards.get(id).due().isAfter(t)).findFirst().orElse(null);
                if (next != null) {
                    stepping.remove(next);
                } else if (!queue.isEmpty()) {
                    next = queue.remove(0);
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
            // A little practice on the weakest questions met so far (practice answers are reviews too).
            List<String> weakest = cards.entrySet().stream().filter(e -> !answered.contains(e.getKey()))
                    .sorted(Comparator.comparingDouble(e -> scheduler.retrievability(e.getValue(), t)))
                    .limit(practicePerDay).map(Map.Entry::getKey).toList();
            for (String id : weakest) {
                if (!t.isBefore(now)) {
                    return;
                }
                answer(byId.get(id));
            }
        }

        private CardState answer(Question q) throws SQLException {
            DemoSeeder.ItemProfile item = profiles.get(q.id());
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
            writer.review(learner.id(), q, t, rating, graded, ms, elapsedDays, before, outcome.card());
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
