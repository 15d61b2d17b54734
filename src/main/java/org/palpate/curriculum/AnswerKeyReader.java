package org.palpate.curriculum;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks the answer fields of one question according to its type. Returns null when the key is
 * unusable; every reason has been reported by then.
 */
final class AnswerKeyReader {

    /** The one answer field each type uses; any other type's field on a question is an error. */
    static final Map<QuestionType, String> FIELD = Map.of(
            QuestionType.SINGLE, "choices",
            QuestionType.MULTIPLE, "choices",
            QuestionType.TRUE_FALSE, "answer",
            QuestionType.SHORT, "answers",
            QuestionType.MATCHING, "pairs",
            QuestionType.ORDERING, "sequence");

    static final List<String> ALL_FIELDS = List.of("choices", "answer", "answers", "pairs", "sequence");

    private AnswerKeyReader() {
    }

    static AnswerKey read(YamlMap q, QuestionType type) {
        return switch (type) {
            case SINGLE, MULTIPLE -> choices(q, type);
            case TRUE_FALSE -> trueFalse(q);
            case SHORT -> shortAnswers(q);
            case MATCHING -> pairs(q);
            case ORDERING -> sequence(q);
        };
    }

    private static AnswerKey choices(YamlMap q, QuestionType type) {
        List<YamlMap> items = q.mapList("choices", true, "choice", "{ text: ..., correct: true }");
        boolean ok = atLeastTwo(q, "choices", "choices") && items.size() == size(q, "choices");
        List<Choice> choices = new ArrayList<>();
        UniqueIds seen = new UniqueIds();
        for (YamlMap item : items) {
            item.rejectUnknownKeys(List.of("text", "correct", "feedback"));
            String text = item.requiredText("text");
            Boolean correct = item.bool("correct");
            String feedback = item.optionalText("feedback");
            ok &= text != null && (correct != null || !item.has("correct")) && (feedback != null || !item.has("feedback"));
            if (text == null) {
                continue;
            }
            Node textNode = item.value("text");
            Located<String> here = item.document().locate(Texts.sameKey(text), textNode);
            seen.add(here).ifPresent(first -> {
                item.document().error(textNode, "choice `" + Yaml.shorten(text) + "` repeats the choice at "
                        + UniqueIds.where(first, here.file()) + "; make every choice different");
            });
            if (Texts.isOrderDependentChoice(text)) {
                item.document().warning(textNode, "choice `" + Yaml.shorten(text) + "` depends on the other "
                        + "choices, which are shown shuffled; write a choice that stands on its own");
            }
            choices.add(new Choice(text, Boolean.TRUE.equals(correct), feedback));
        }
        if (!ok) {
            return null; // counting correct choices among broken ones would give a misleading message
        }
        long correct = choices.stream().filter(Choice::correct).count();
        Node at = q.keyNode("choices");
        if (type == QuestionType.SINGLE && correct != 1) {
            q.document().error(at, correct == 0
                    ? "a `single` question needs exactly one correct choice, found none; mark the right one with "
                    + "`correct: true`"
                    : "a `single` question needs exactly one correct choice, found " + correct + "; keep "
                    + "`correct: true` on one choice only, or use `type: multiple`");
            return null;
        }
        if (type == QuestionType.MULTIPLE && correct == 0) {
            q.document().error(at, "a `multiple` question needs at least one correct choice, found none; mark each "
                    + "right choice with `correct: true`");
            return null;
        }
        return AnswerKey.choices(choices);
    }

    private static AnswerKey trueFalse(YamlMap q) {
        if (!q.has("answer")) {
            q.reportMissing("answer", " (a `true-false` question needs `answer: true` or `answer: false`)");
            return null;
        }
        Boolean answer = q.bool("answer");
        return answer == null ? null : AnswerKey.trueFalse(answer);
    }

    private static AnswerKey shortAnswers(YamlMap q) {
        List<Located<String>> answers = q.textList("answers", true);
        if (q.value("answers") instanceof SequenceNode s && s.getValue().isEmpty()) {
            q.document().error(s, "`answers` needs at least one accepted answer");
        }
        if (answers.isEmpty() || answers.size() != size(q, "answers")) {
            return null;
        }
        return AnswerKey.accepted(answers.stream().map(Located::value).toList());
    }

    private static AnswerKey pairs(YamlMap q) {
        List<YamlMap> items = q.mapList("pairs", true, "pair", "{ left: ..., right: ... }");
        boolean ok = atLeastTwo(q, "pairs", "pairs") && items.size() == size(q, "pairs");
        UniqueIds lefts = new UniqueIds();
        UniqueIds rights = new UniqueIds();
        List<Pair> pairs = new ArrayList<>();
        for (YamlMap item : items) {
            item.rejectUnknownKeys(List.of("left", "right"));
            String left = item.requiredText("left");
            String right = item.requiredText("right");
            ok &= unique(item, "left", left, lefts) & unique(item, "right", right, rights);
            if (left != null && right != null) {
                pairs.add(new Pair(left, right));
            }
        }
        return ok && pairs.size() == items.size() ? AnswerKey.pairs(pairs) : null;
    }

    private static boolean unique(YamlMap item, String side, String text, UniqueIds seen) {
        if (text == null) {
            return false;
        }
        Located<String> here = item.document().locate(Texts.sameKey(text), item.value(side));
        return seen.add(here).map(first -> {
            item.document().error(item.value(side), "`" + side + "` `" + Yaml.shorten(text) + "` appears twice in "
                    + "`pairs` (first at " + UniqueIds.where(first, here.file()) + "); every " + side
                    + " side must be different");
            return false;
        }).orElse(true);
    }

    private static AnswerKey sequence(YamlMap q) {
        List<Located<String>> steps = q.textList("sequence", true);
        boolean ok = atLeastTwo(q, "sequence", "items") && steps.size() == size(q, "sequence");
        UniqueIds seen = new UniqueIds();
        for (Located<String> step : steps) {
            Located<String> key = new Located<>(Texts.sameKey(step.value()), step.file(), step.at());
            Optional<Located<String>> first = seen.add(key);
            if (first.isPresent()) {
                q.document().error(step.at(), "`sequence` item `" + Yaml.shorten(step.value()) + "` appears twice "
                        + "(first at " + UniqueIds.where(first.get(), step.file()) + "); every step must be "
                        + "different");
                ok = false;
            }
        }
        return ok ? AnswerKey.sequence(steps.stream().map(Located::value).toList()) : null;
    }

    /** Reports a list with fewer than two entries at its key; true if the size is fine (or not a list at all). */
    private static boolean atLeastTwo(YamlMap q, String key, String what) {
        int size = size(q, key);
        if (size >= 0 && size < 2) {
            q.document().error(q.keyNode(key), "`" + key + "` needs at least 2 " + what + ", found " + size
                    + "; add " + (2 - size) + " more");
            return false;
        }
        return size >= 0;
    }

    /** Number of entries written under {@code key}, or -1 when it is absent or not a list. */
    private static int size(YamlMap q, String key) {
        return q.value(key) instanceof SequenceNode s ? s.getValue().size() : -1;
    }
}
