package org.palpate.curriculum.gift;

import org.palpate.curriculum.AnswerKey;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Choices;
import org.palpate.curriculum.Cloze;
import org.palpate.curriculum.ContentHash;
import org.palpate.curriculum.Matching;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.ShortAnswers;
import org.palpate.curriculum.TrueFalse;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.Severity;
import org.palpate.curriculum.Topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns parsed GIFT items into Palpate questions for one module. Pure: no files. Each GIFT question either becomes
 * one question that the curriculum loader will accept (what the loader would reject, such as two identical
 * choices, is caught here so that one bad item does not stop the whole import) or is skipped with an ERROR issue.
 * <p>
 * The questions carry no content hash ({@code null}): they are plans for the files, not loaded questions.
 */
final class GiftConverter {

    static final String TODO_EXPLANATION = "TODO: explain why the answer is right";
    static final Topic DEFAULT_TOPIC = new Topic("general", "General");
    static final double FULL_CREDIT = 100 - 1e-6;
    /** The name of the one gap of an imported missing-word question. */
    static final String GAP_NAME = "answer";

    /** {@code alreadyThere}: questions left out because the module holds the same question (same content hash). */
    record Conversion(List<Question> questions, List<Topic> newTopics, List<GiftImport.Issue> issues,
                      Map<QuestionType, Integer> counts, int skipped, int alreadyThere) {
    }

    private final String file;
    private final String moduleId;
    private final GiftTopics topics;
    private final QuestionIds ids;
    private final List<GiftImport.Issue> issues = new ArrayList<>();
    private final Map<String, String> contents = new HashMap<>();

    /**
     * @param file           the GIFT file as it should appear in messages
     * @param existingTopics topics of the module when it exists already (reused when a category names one)
     * @param existingIds    every question id of the curriculum
     * @param existing       the module's questions, when it exists: one with the same content is not imported again
     */
    GiftConverter(String file, String moduleId, List<Topic> existingTopics, Set<String> existingIds, List<Question> existing) {
        this.file = file;
        this.moduleId = moduleId;
        existing.forEach(q -> contents.put(q.contentHash(), q.id()));
        this.topics = new GiftTopics(existingTopics);
        this.ids = new QuestionIds(moduleId, existingIds);
    }

    Conversion convert(GiftParseResult parsed) {
        int skipped = 0;
        int alreadyThere = 0;
        for (GiftProblem problem : parsed.problems()) {
            issues.add(new GiftImport.Issue(problem.severity(), file, problem.line(),
                    problem.severity() == Severity.ERROR ? problem.message() + "; skipped" : problem.message()));
            skipped += problem.severity() == Severity.ERROR ? 1 : 0;
        }
        List<Question> questions = new ArrayList<>();
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        GiftCategory category = null;
        for (GiftItem item : parsed.items()) {
            if (item instanceof GiftCategory c) {
                category = c;
                continue;
            }
            GiftQuestion gift = (GiftQuestion) item;
            Draft draft = draft(gift);
            if (draft == null) {
                skipped++;
                continue;
            }
            String content = ContentHash.of(draft.prompt, draft.key);
            String same = contents.get(content);
            if (same != null) {
                // importing a bank again must not put a second copy of every question under new ids
                new GiftReporter(file, issues, gift).note("is already in " + moduleId + " as `" + same + "`; not imported again");
                alreadyThere++;
                continue;
            }
            Topic topic = topics.of(category);
            String id = ids.next(gift.name(), gift.idNumber());
            questions.add(new Question(id, moduleId, topic.id(), draft.prompt, draft.key, draft.explanation, List.of(),
                    false, null, gift.tags(), null, null, List.of()));
            counts.merge(draft.key.type(), 1, Integer::sum);
        }
        issues.sort(Comparator.comparingInt(GiftImport.Issue::line));
        return new Conversion(questions, topics.added(), issues, counts, skipped, alreadyThere);
    }

    /** The converted fields, or null after reporting why the question cannot be imported. */
    private Draft draft(GiftQuestion q) {
        GiftReporter report = new GiftReporter(file, issues, q);
        switch (q.kind()) {
            case DESCRIPTION:
                return report.skip("it has no answer block `{...}` (a Moodle description), so there is nothing to ask");
            case ESSAY:
                return report.skip("it is an essay question (`{}`), which Palpate cannot grade");
            default:
                break;
        }
        Draft draft = new Draft();
        draft.prompt = plain(q.text(), report, "question text");
        if (draft.prompt.isEmpty()) {
            return report.skip("it has no question text");
        }
        boolean ok = switch (q.kind()) {
            case MULTIPLE_CHOICE -> choices(q, draft, report);
            case TRUE_FALSE -> trueFalse(q, draft, report);
            case SHORT_ANSWER -> shortAnswers(q, draft, report);
            case MATCHING -> pairs(q, draft, report);
            case NUMERICAL -> GiftNumbers.convert(q, draft, report);
            case DESCRIPTION, ESSAY -> false;
        };
        if (!ok) {
            return null;
        }
        if (draft.explanation == null) {
            String general = q.generalFeedback() == null ? "" : plain(q.generalFeedback(), report, "general feedback");
            if (general.isEmpty()) {
                report.warning("it has no general feedback `####...`, so its explanation says \"" + TODO_EXPLANATION
                        + "\"; write why the answer is right");
                general = TODO_EXPLANATION;
            }
            draft.explanation = general;
        }
        return draft;
    }

    private boolean choices(GiftQuestion q, Draft draft, GiftReporter report) {
        List<GiftAnswer> answers = q.answers();
        List<Boolean> correct = new ArrayList<>();
        if (q.oneAnswerMode()) {
            long full = answers.stream().filter(a -> a.weight() >= FULL_CREDIT).count();
            if (full != 1) {
                report.skip("it has " + full + " answers with full credit; a Palpate `single` question has exactly "
                        + "one right answer (for a question where several must be picked, weight the right ones "
                        + "`~%50%` and leave out `=`)");
                return false;
            }
            for (GiftAnswer a : answers) {
                correct.add(a.weight() >= FULL_CREDIT);
                if (a.weight() > 0 && a.weight() < FULL_CREDIT) {
                    report.warning("answer `" + shorten(a.text().text()) + "` gives partial credit (" + percent(a)
                            + "), which Palpate does not have; it counts as wrong");
                }
            }
        } else {
            answers.forEach(a -> correct.add(a.weight() > 0));
            if (!correct.contains(true)) {
                report.skip("it has no right answer (no `=` and no positive weight such as `~%50%`)");
                return false;
            }
        }
        List<Choice> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            GiftAnswer a = answers.get(i);
            String text = plain(a.text(), report, "answer");
            if (text.isEmpty()) {
                report.skip("answer " + (i + 1) + " has no text");
                return false;
            }
            if (!seen.add(IdSpelling.sameKey(text))) {
                report.skip("answer `" + shorten(text) + "` appears twice; every choice must be different");
                return false;
            }
            String feedback = a.feedback() == null ? "" : plain(a.feedback(), report, "feedback");
            choices.add(new Choice(text, correct.get(i), feedback.isEmpty() ? null : feedback));
        }
        draft.key = new Choices(choices, !q.oneAnswerMode());
        return true;
    }

    private boolean trueFalse(GiftQuestion q, Draft draft, GiftReporter report) {
        draft.key = new TrueFalse(q.truth());
        String right = q.rightFeedback() == null ? "" : plain(q.rightFeedback(), report, "feedback");
        String wrong = q.wrongFeedback() == null ? "" : plain(q.wrongFeedback(), report, "feedback");
        if (right.isEmpty() && wrong.isEmpty()) {
            return true;
        }
        if (q.generalFeedback() == null || q.generalFeedback().isBlank()) {
            // the author explained the answer in the feedback: better than a TODO
            draft.explanation = right.isEmpty() ? wrong : wrong.isEmpty() ? right : right + "\n\n" + wrong;
            report.warning("Palpate has no feedback on true-false answers; the feedback became the explanation");
        } else {
            report.warning("Palpate has no feedback on true-false answers; dropped: `"
                    + shorten(wrong.isEmpty() ? right : wrong) + "`");
        }
        return true;
    }

    private boolean shortAnswers(GiftQuestion q, Draft draft, GiftReporter report) {
        List<String> accepted = new ArrayList<>();
        for (GiftAnswer a : q.answers()) {
            String text = plain(a.text(), report, "answer");
            if (a.weight() < FULL_CREDIT) {
                report.warning("answer `" + shorten(text) + "` (" + percent(a) + ") is left out: Palpate accepts an "
                        + "answer fully or not at all");
                continue;
            }
            if (a.feedback() != null) {
                report.warning("Palpate has no feedback per short answer; dropped: `" + shorten(a.feedback().text())
                        + "`");
            }
            if (!text.isEmpty() && !accepted.contains(text)) {
                accepted.add(text);
            }
        }
        if (accepted.isEmpty()) {
            report.skip("it has no answer with full credit");
            return false;
        }
        // Moodle's missing word: the gap stands where the answer block was; Palpate's cloze keeps it in the sentence
        String gap = q.gap() == null ? GAP_NAME : q.gap();
        draft.key = q.missingWord() ? new Cloze(List.of(new Cloze.Gap(gap, accepted))) : new ShortAnswers(accepted);
        if (q.missingWord()) {
            draft.prompt = draft.prompt.replaceFirst(java.util.regex.Pattern.quote(GiftParser.GAP), "{{" + gap + "}}");
        }
        return true;
    }

    private boolean pairs(GiftQuestion q, Draft draft, GiftReporter report) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        for (GiftPair pair : q.pairs()) {
            String left = plain(pair.left(), report, "matching item");
            String right = pair.right().strip();
            if (left.isEmpty()) {
                report.warning("the extra right side `" + shorten(right) + "` (a line with nothing before `->`) is "
                        + "left out: Palpate matching has no extra right sides");
                continue;
            }
            if (right.isEmpty()) {
                report.skip("`" + shorten(left) + " ->` has nothing after `->`");
                return false;
            }
            if (!lefts.add(IdSpelling.sameKey(left)) || !rights.add(IdSpelling.sameKey(right))) {
                report.skip("`" + shorten(left) + " -> " + shorten(right) + "` repeats a left or right side; "
                        + "Palpate matching needs every side to be different");
                return false;
            }
            pairs.add(new Pair(left, right));
        }
        if (pairs.size() < 2) {
            report.skip("it has fewer than 2 pairs");
            return false;
        }
        draft.key = new Matching(pairs);
        return true;
    }

    static String plain(GiftText text, GiftReporter report, String what) {
        if (GiftMarkup.hasImage(text)) {
            report.warning("the " + what + " shows an image, which Palpate cannot show; check the text");
        }
        return GiftMarkup.toPlainText(text);
    }

    private static String percent(GiftAnswer a) {
        return percent(a.weight());
    }

    static String percent(double w) {
        return (w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w)) + "%";
    }

    static String shorten(String text) {
        return GiftParser.shorten(text);
    }

    /** Fields of one converted question. */
    static final class Draft {
        String prompt;
        AnswerKey key;
        String explanation;
    }
}
