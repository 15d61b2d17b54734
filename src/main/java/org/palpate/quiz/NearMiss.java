package org.palpate.quiz;

import java.util.List;
import java.util.stream.Stream;

import org.palpate.curriculum.Layouts;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.DidYouMean;
import org.palpate.curriculum.Question;

/**
 * A typed answer (short answers) one or two letters off an accepted answer of six letters or more ("efflurage" for
 * "effleurage") earns a "close: check the spelling" and one retype. It is never counted right by itself: in this
 * field one letter can change the meaning (hypotension, hypertension), so there is no hint at all when the typed
 * text equals or nearly equals another term of the module (an answer, choice or pair of another question).
 */
final class NearMiss {

    static final int MIN_LETTERS = 6;
    static final int MAX_EDITS = 2;

    private NearMiss() {
    }

    static boolean close(Question question, String typed, CourseModule module) {
        String given = Layouts.normalize(typed);
        List<String> accepted = question.key().typedAnswers().stream().map(Layouts::normalize).toList();
        boolean nearKey = accepted.stream().anyMatch(a -> a.replace(" ", "").length() >= MIN_LETTERS && within(given, a));
        return nearKey && otherTerms(question, module).filter(t -> !accepted.contains(t))
                .noneMatch(t -> within(given, t) || given.equals(t));
    }

    /** Every term the module's other questions use, whole and word by word. */
    private static Stream<String> otherTerms(Question question, CourseModule module) {
        return module.questions().stream().filter(q -> !q.id().equals(question.id()))
                .flatMap(q -> q.key().terms())
                .map(Layouts::normalize)
                .flatMap(t -> Stream.concat(Stream.of(t), words(t)));
    }

    private static Stream<String> words(String term) {
        return List.of(term.split(" ")).stream().filter(w -> w.length() >= MIN_LETTERS);
    }

    /** One or two edits apart (0 is a right answer, not a near miss). */
    private static boolean within(String a, String b) {
        int d = DidYouMean.distance(a, b);
        return d >= 1 && d <= MAX_EDITS;
    }
}
