package org.palpate.curriculum.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of one question, collected while its block is read, then built into a {@link GiftQuestion}. */
final class QuestionParts {

    /** Moodle's patterns for {@code [id:...]} and {@code [tag:...]} in comments; {@code \]} is a literal bracket. */
    private static final Pattern ID_NUMBER = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern UNIT = Pattern.compile("(?m)^//\\s*unit:\\s*(\\S.*?)\\s*$");
    private static final Pattern GAP = Pattern.compile("(?m)^//\\s*gap:\\s*([A-Za-z0-9_-]+)\\s*$");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]<>\\p{Cntrl}])+)]");

    final int line;
    final String name;
    final String comments;
    GiftText text;
    boolean missingWord;
    final List<GiftAnswer> answers = new ArrayList<>();
    final List<GiftPair> pairs = new ArrayList<>();
    final List<GiftNumber> numbers = new ArrayList<>();
    Boolean truth;
    GiftText wrongFeedback;
    GiftText rightFeedback;
    GiftText generalFeedback;

    QuestionParts(int line, String name, String comments) {
        this.line = line;
        this.name = name;
        this.comments = comments;
    }

    GiftQuestion build(GiftQuestionKind kind) {
        return new GiftQuestion(line, name, kind, text, missingWord, answers, pairs, numbers, unit(), gap(), truth, wrongFeedback,
                rightFeedback, generalFeedback, idNumber(), tags());
    }

    private String gap() {
        Matcher m = GAP.matcher(comments);
        return m.find() ? m.group(1) : null;
    }

    private String unit() {
        Matcher m = UNIT.matcher(comments);
        return m.find() ? m.group(1) : null;
    }

    private String idNumber() {
        Matcher m = ID_NUMBER.matcher(comments);
        return m.find() ? m.group(1).replace("\\]", "]").strip() : null;
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(comments);
        while (m.find()) {
            String tag = m.group(1).replace("\\]", "]").strip();
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
