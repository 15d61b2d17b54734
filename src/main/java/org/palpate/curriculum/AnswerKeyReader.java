package org.palpate.curriculum;

import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.List;
import java.util.Optional;

/**
 * Reads the answer key of one question with the reader of its kind. Returns null when the key is unusable; every
 * reason has been reported by then. Also the checks the kinds' readers share.
 */
final class AnswerKeyReader {

    private AnswerKeyReader() {
    }

    /** {@code prompt}: the question's prompt, or null when it was missing (a cloze reads its blanks from it). */
    static AnswerKey read(YamlMap q, QuestionType type, String prompt) {
        return switch (type) {
            case SINGLE -> Choices.read(q, false);
            case MULTIPLE -> Choices.read(q, true);
            case TRUE_FALSE -> TrueFalse.read(q);
            case SHORT -> ShortAnswers.read(q);
            case MATCHING -> Matching.read(q);
            case ORDERING -> Ordering.read(q);
            case CLOZE -> Cloze.read(q, prompt);
            case NUMERICAL -> Numerical.read(q);
        };
    }

    /** Reports a side written twice in a list of pairs; false if it was. */
    static boolean unique(YamlMap item, String side, String text, UniqueIds seen, String list) {
        if (text == null) {
            return false;
        }
        Located<String> here = item.document().locate(Texts.sameKey(text), item.value(side));
        return seen.add(here).map(first -> {
            item.document().error(item.value(side), "`" + side + "` `" + Yaml.shorten(text) + "` appears twice in "
                    + "`" + list + "` (first at " + UniqueIds.where(first, here.file()) + "); every " + side
                    + " side must be different");
            return false;
        }).orElse(true);
    }

    /** Reports an item of {@code key} written twice; false if one was. */
    static boolean distinct(YamlMap q, String key, List<Located<String>> items, String what) {
        boolean ok = true;
        UniqueIds seen = new UniqueIds();
        for (Located<String> item : items) {
            Optional<Located<String>> first = seen.add(new Located<>(Texts.sameKey(item.value()), item.file(), item.at()));
            if (first.isPresent()) {
                q.document().error(item.at(), "`" + key + "` item `" + Yaml.shorten(item.value()) + "` appears twice "
                        + "(first at " + UniqueIds.where(first.get(), item.file()) + "); every " + what + " must be "
                        + "different");
                ok = false;
            }
        }
        return ok;
    }

    /** Reports a list with fewer than two entries at its key; true if the size is fine (or not a list at all). */
    static boolean atLeastTwo(YamlMap q, String key, String what) {
        int size = size(q, key);
        if (size >= 0 && size < 2) {
            q.document().error(q.keyNode(key), "`" + key + "` needs at least 2 " + what + ", found " + size
                    + "; add " + (2 - size) + " more");
            return false;
        }
        return size >= 0;
    }

    /** Number of entries written under {@code key}, or -1 when it is absent or not a list. */
    static int size(YamlMap q, String key) {
        return q.value(key) instanceof SequenceNode s ? s.getValue().size() : -1;
    }
}
