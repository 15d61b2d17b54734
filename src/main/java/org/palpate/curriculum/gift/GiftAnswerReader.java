package org.palpate.curriculum.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the answer block of one question once its kind is known, cutting it where Moodle cuts it: multiple
 * choice at every {@code ~} and {@code =}, short answers and matching at every {@code =}, true-false at the first
 * two {@code #}. Adds the finished question to the output, or an error and nothing (as Moodle rejects it).
 */
final class GiftAnswerReader {

    private final GiftBlock block;
    private final QuestionParts parts;
    private final ParseOutput out;

    GiftAnswerReader(GiftBlock block, QuestionParts parts, ParseOutput out) {
        this.block = block;
        this.parts = parts;
        this.out = out;
    }

    void choices(Span answers) {
        // Moodle: every '=' starts an answer (and stays in it), every '~' starts one (and is dropped)
        List<Span> pieces = cut(answers, true);
        if (!dropEmptyFirst(pieces, "a wrong answer of weight 0")) {
            return;
        }
        for (Span piece : pieces) {
            Span answer = piece.trim();
            int line = block.lineAt(answer.start());
            if (answer.isEmpty() || answer.text().equals("=")) {
                out.error(line, "an empty answer (nothing after a `~` or `=`)");
                return;
            }
            boolean marked = answer.startsWith("=");
            double weight = marked ? 100 : 0;
            if (marked) {
                answer = answer.from(1);
                if (GiftParser.WEIGHT.matcher(answer.text()).find()) {
                    out.warning(line, "Moodle ignores a weight after `=` and gives the answer full credit; write "
                            + "`~%n%` for partial credit");
                }
            } else {
                Weighted weighted = weight(answer, weight, line);
                if (weighted == null) {
                    return;
                }
                weight = weighted.weight;
                answer = weighted.rest;
            }
            parts.answers.add(withFeedback(answer, weight, marked, line));
        }
        if (parts.answers.size() < 2) {
            out.error(parts.line, "a multiple-choice question needs at least 2 answers");
            return;
        }
        out.add(parts.build(GiftQuestionKind.MULTIPLE_CHOICE));
    }

    void shortAnswers(Span answers) {
        List<Span> pieces = split(answers, '=');
        if (!dropEmptyFirst(pieces, null)) { // "{cat}" is the answer "cat" in Moodle
            return;
        }
        for (Span piece : pieces) {
            Span answer = piece.trim();
            int line = block.lineAt(answer.start());
            if (answer.isEmpty()) {
                out.error(line, "an empty answer (nothing after an `=`)");
                return;
            }
            Weighted weighted = weight(answer, 100, line);
            if (weighted == null) {
                return;
            }
            parts.answers.add(withFeedback(weighted.rest, weighted.weight, true, line));
        }
        out.add(parts.build(GiftQuestionKind.SHORT_ANSWER));
    }

    void pairs(Span answers) {
        List<Span> pieces = split(answers, '=');
        if (!dropEmptyFirst(pieces, null)) {
            return;
        }
        for (Span piece : pieces) {
            Span pair = piece.trim();
            int line = block.lineAt(pair.start());
            int arrow = pair.indexOf(GiftParser.ARROW);
            if (arrow < 0) {
                out.error(line, "matching line `=" + GiftParser.shorten(GiftEscapes.restore(pair.text()))
                        + "` has no `->`; write `=left -> right`");
                return;
            }
            GiftText left = GiftParser.format(pair.to(arrow).text(), parts.text.format());
            // Moodle reads the right side as plain text: no format prefix
            String right = GiftEscapes.trim(GiftEscapes.restore(pair.from(arrow + GiftParser.ARROW.length()).text()));
            parts.pairs.add(new GiftPair(left, right, line));
        }
        if (parts.pairs.size() < 2) {
            out.error(parts.line, "a matching question needs at least 2 pairs");
            return;
        }
        out.add(parts.build(GiftQuestionKind.MATCHING));
    }

    /**
     * After the {@code #}: one answer ({@code 60:30}, {@code 30..90} or {@code 60}), or several, each starting with
     * {@code =} (optionally {@code =%50%}) or {@code ~} (no credit), as Moodle reads them; feedback after {@code #}
     * is dropped by the converter.
     */
    void numerical(Span answers) {
        List<Span> pieces = cut(answers, false);
        if (pieces.get(0).trim().isEmpty()) {
            pieces.remove(0);
        }
        for (Span piece : pieces) {
            Span answer = piece.trim();
            int line = block.lineAt(answer.start());
            boolean wrong = answer.startsWith("~");
            if (answer.startsWith("=") || wrong) {
                answer = answer.from(1).trim();
            }
            Weighted weighted = weight(answer, wrong ? 0 : 100, line);
            if (weighted == null) {
                return;
            }
            int hash = weighted.rest.indexOf('#');
            String spec = GiftEscapes.trim((hash < 0 ? weighted.rest : weighted.rest.to(hash)).text());
            GiftNumber number = number(spec, weighted.weight, line);
            if (number == null) {
                return;
            }
            parts.numbers.add(number);
        }
        if (parts.numbers.isEmpty()) {
            out.error(parts.line, "a numerical question needs at least one answer after `#`");
            return;
        }
        out.add(parts.build(GiftQuestionKind.NUMERICAL));
    }

    private GiftNumber number(String spec, double weight, int line) {
        try {
            int range = spec.indexOf("..");
            if (range >= 0) {
                java.math.BigDecimal min = new java.math.BigDecimal(spec.substring(0, range).strip());
                java.math.BigDecimal max = new java.math.BigDecimal(spec.substring(range + 2).strip());
                return new GiftNumber(min.min(max), min.max(max), null, weight, line);
            }
            int colon = spec.indexOf(':');
            java.math.BigDecimal value = new java.math.BigDecimal((colon < 0 ? spec : spec.substring(0, colon)).strip());
            java.math.BigDecimal tolerance = colon < 0 ? java.math.BigDecimal.ZERO
                    : new java.math.BigDecimal(spec.substring(colon + 1).strip()).abs();
            return new GiftNumber(value.subtract(tolerance), value.add(tolerance), value, weight, line);
        } catch (NumberFormatException e) {
            out.error(line, "`" + GiftParser.shorten(spec) + "` is not a number, `value:tolerance` or `min..max`");
            return null;
        }
    }

    /** {@code T#wrong feedback#right feedback}: the first feedback is for a wrong answer, as in Moodle. */
    void trueFalse(String answers) {
        String[] bits = answers.split("#", 3);
        String key = GiftEscapes.trim(bits[0]);
        parts.truth = key.equals("T") || key.equals("TRUE");
        parts.wrongFeedback = bits.length > 1 ? feedback(bits[1]) : null;
        parts.rightFeedback = bits.length > 2 ? feedback(bits[2]) : null;
        out.add(parts.build(GiftQuestionKind.TRUE_FALSE));
    }

    private GiftText feedback(String text) {
        return GiftParser.nonBlank(GiftParser.format(GiftEscapes.trim(text), parts.text.format()));
    }

    /** An answer's weight and the text after it. */
    private record Weighted(double weight, Span rest) {
    }

    /** A leading {@code %n%} weight, else {@code otherwise}; null after reporting a weight that is no number. */
    private Weighted weight(Span answer, double otherwise, int line) {
        Matcher match = GiftParser.WEIGHT.matcher(answer.text());
        if (!match.find()) {
            return new Weighted(otherwise, answer);
        }
        try {
            double weight = Double.parseDouble(answer.text().substring(1, match.end() - 1));
            return new Weighted(weight, answer.from(match.end()));
        } catch (NumberFormatException e) {
            out.error(line, "the weight `" + match.group() + "` is not a number");
            return null;
        }
    }

    /** The answer text, then its feedback after the first {@code #}. */
    private GiftAnswer withFeedback(Span answer, double weight, boolean marked, int line) {
        GiftTextFormat format = parts.text.format();
        int hash = answer.indexOf('#');
        Span text = hash < 0 ? answer : answer.to(hash);
        GiftText feedback = hash < 0 ? null : feedback(answer.from(hash + 1).text());
        return new GiftAnswer(GiftParser.format(text.trim().text(), format), weight, marked, feedback, line);
    }

    /**
     * Moodle drops the text before the first marker only when it is empty; otherwise it becomes an answer
     * ({@code readAs}, when given, says how, for a warning). False when no answer is left at all.
     */
    private boolean dropEmptyFirst(List<Span> pieces, String readAs) {
        Span first = pieces.get(0).trim();
        if (first.isEmpty()) {
            pieces.remove(0);
        } else if (readAs != null) {
            out.warning(block.lineAt(first.start()), "text before the first `~` or `=` (`"
                    + GiftParser.shorten(GiftEscapes.restore(first.text())) + "`) is read by Moodle as " + readAs);
        }
        return !pieces.isEmpty();
    }

    /** The answers of a block cut before every {@code ~} and {@code =}; {@code dropTilde}: the {@code ~} is not kept. */
    private static List<Span> cut(Span answers, boolean dropTilde) {
        List<Span> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '~' || c == '=') {
                pieces.add(answers.sub(from, i));
                from = c == '~' && dropTilde ? i + 1 : i;
            }
        }
        pieces.add(answers.from(from));
        return pieces;
    }

    private static List<Span> split(Span text, char separator) {
        List<Span> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                pieces.add(text.sub(from, i));
                from = i + 1;
            }
        }
        pieces.add(text.from(from));
        return pieces;
    }
}
