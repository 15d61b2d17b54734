package org.palpate.quiz;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.Question;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Scheduler;

/**
 * Decides which questions a quiz asks, and in what order. Pure: no database, no clock. Public for the demo cohort,
 * which studies by the same plan as a learner's {@code quiz start}.
 */
public final class QueuePlanner {

    private final Curriculum curriculum;
    private final Map<String, CardState> cards;
    private final Scheduler scheduler;
    private final Instant now;

    public QueuePlanner(Curriculum curriculum, Map<String, CardState> cards, Scheduler scheduler, Instant now) {
        this.curriculum = curriculum;
        this.cards = cards;
        this.scheduler = scheduler;
        this.now = now;
    }

    /** The daily session: due reviews (least likely to be recalled first), then new questions up to the limit. */
    public List<String> daily(int newAllowed) {
        List<String> due = dueFirst(curriculum.questions());
        List<String> fresh = interleaved(curriculum.modules().stream().filter(this::prerequisitesMet)
                .flatMap(m -> m.questions().stream()).filter(q -> !cards.containsKey(q.id())).toList());
        return Stream.concat(due.stream(), fresh.stream().limit(Math.max(0, newAllowed))).toList();
    }

    /** Practice on a module or topic: due reviews, then unseen questions, then the weakest of the rest. */
    public List<String> practice(List<Question> pool, int count) {
        List<String> due = dueFirst(pool);
        List<String> fresh = interleaved(pool.stream().filter(q -> !cards.containsKey(q.id())).toList());
        List<String> rest = pool.stream().filter(q -> cards.containsKey(q.id()) && !due.contains(q.id()))
                .sorted(Comparator.comparingDouble(q -> scheduler.retrievability(cards.get(q.id()), now)))
                .map(Question::id).toList();
        return Stream.of(due, fresh, rest).flatMap(List::stream).limit(count).toList();
    }

    /**
     * A mock exam: {@code count} questions shared between modules by the blueprint (largest remainder, so the shares
     * add up exactly; a module with too few questions passes its surplus on), drawn at random and shuffled together.
     */
    static List<String> exam(Curriculum curriculum, int count, Random random) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (CourseModule m : curriculum.modules()) {
            double share = curriculum.program().blueprint().isEmpty() ? 1 : curriculum.program().blueprint().getOrDefault(m.id(), 0.0);
            if (share > 0 && !m.questions().isEmpty()) {
                weights.put(m.id(), share);
            }
        }
        Map<String, Integer> quota = Blueprint.allocate(weights, count,
                id -> curriculum.module(id).map(m -> m.questions().size()).orElse(0));
        List<String> drawn = new ArrayList<>();
        quota.forEach((moduleId, n) -> {
            List<String> ids = new ArrayList<>(curriculum.module(moduleId).orElseThrow().questions().stream().map(Question::id).toList());
            Collections.shuffle(ids, random);
            drawn.addAll(ids.subList(0, n));
        });
        Collections.shuffle(drawn, random);
        return drawn;
    }

    private List<String> dueFirst(List<Question> pool) {
        return pool.stream().filter(q -> cards.containsKey(q.id()) && !cards.get(q.id()).due().isAfter(now))
                .sorted(Comparator.comparingDouble(q -> scheduler.retrievability(cards.get(q.id()), now)))
                .map(Question::id).toList();
    }

    /** New questions of a module come only once every question of its prerequisite modules has been met. */
    private boolean prerequisitesMet(CourseModule module) {
        return module.prerequisites().stream().map(curriculum::module).flatMap(Optional::stream)
                .flatMap(m -> m.questions().stream()).allMatch(q -> cards.containsKey(q.id()));
    }

    /** Keeps module order but alternates topics within a module, so one topic does not come in a block. */
    static List<String> interleaved(List<Question> questions) {
        Map<String, Map<String, Deque<Question>>> byModuleAndTopic = new LinkedHashMap<>();
        for (Question q : questions) {
            byModuleAndTopic.computeIfAbsent(q.moduleId(), m -> new LinkedHashMap<>())
                    .computeIfAbsent(q.topic(), t -> new ArrayDeque<>()).add(q);
        }
        List<String> order = new ArrayList<>();
        for (Map<String, Deque<Question>> topics : byModuleAndTopic.values()) {
            while (topics.values().stream().anyMatch(d -> !d.isEmpty())) {
                for (Deque<Question> topic : topics.values()) {
                    if (!topic.isEmpty()) {
                        order.add(topic.poll().id());
                    }
                }
            }
        }
        return order;
    }
}
