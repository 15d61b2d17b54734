package org.palpate.curriculum.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Moodle GIFT text. It follows the rules of Moodle's own importer (qformat_gift), so a file reads here the
 * way it would read in Moodle: blocks are separated by blank lines, every line is trimmed, whole-line {@code //}
 * comments are dropped (their {@code [tag:...]} and {@code [id:...]} are kept), the answer block is the text
 * between the first opening and the first closing brace, and the question kind is decided in Moodle's order
 * (numerical, multiple choice, matching, true-false, short answer).
 * <p>
 * Where Moodle would silently read something the author probably did not mean (a lowercase {@code {true}} is a
 * short answer in Moodle), the item is read Moodle's way and a warning says so. Blocks Moodle rejects are left out
 * with an error. Never throws for bad input. Stateless: one parser may be reused and shared.
 */
public final class GiftParser {

    static final String CATEGORY = "$CATEGORY:";
    static final String GENERAL_FEEDBACK = "####";
    static final String GAP = "_____";
    static final String ARROW = "->";

    /** Moodle's test for a weight in front of an answer; the weight is the text between the two percent signs. */
    static final Pattern WEIGHT = Pattern.compile("^%-*[0-9]{1,2}\\.?[0-9]*%");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    public GiftParseResult parse(String source) {
        List<String> lines = List.of(normalise(source).split("\n", -1));
        ParseOutput out = new ParseOutput();
        int i = 0;
        while (i < lines.size()) {
            if (GiftEscapes.trim(lines.get(i)).isEmpty()) {
                i++;
                continue;
            }
            int start = i;
            while (i < lines.size() && !GiftEscapes.trim(lines.get(i)).isEmpty()) {
                i++;
            }
            readBlock(lines.subList(start, i), start + 1, out);
        }
        return out.result();
    }

    /** Without a byte order mark, with {@code \n} line ends only. */
    static String normalise(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private void readBlock(List<String> lines, int firstLine, ParseOutput out) {
        StringBuilder comments = new StringBuilder();
        List<String> content = new ArrayList<>();
        for (String line : lines) {
            String trimmed = GiftEscapes.trim(line);
            if (trimmed.startsWith("//")) {
                comments.append(trimmed).append('\n');
                content.add(""); // keeps the line count, so positions still map to file lines
            } else {
                content.add(trimmed);
            }
        }
        GiftBlock block = new GiftBlock(GiftEscapes.protect(String.join("\n", content)), firstLine,
                comments.toString());
        Span text = Span.of(block.text()).trim();
        if (text.isEmpty()) {
            return; // only comments
        }
        if (text.startsWith(CATEGORY)) {
            readCategory(text, block, out);
        } else {
            readQuestion(text, block, out);
        }
    }

    private void readCategory(Span text, GiftBlock block, ParseOutput out) {
        Span rest = text.from(CATEGORY.length());
        int lineEnd = rest.indexOf('\n');
        Span path = lineEnd < 0 ? rest : rest.to(lineEnd);
        out.add(new GiftCategory(block.lineAt(text.start()), GiftEscapes.restore(path.trim().text())));
        if (lineEnd >= 0) {
            Span question = rest.from(lineEnd).trim();
            out.warning(block.lineAt(question.start()), "put a blank line between `$CATEGORY:` and the question: "
                    + "Moodle reads the whole block as a category name; read here as a category and a question");
            readQuestion(question, block, out);
        }
    }

    private void readQuestion(Span text, GiftBlock block, ParseOutput out) {
        int line = block.lineAt(text.start());
        String name = null;
        if (text.startsWith("::")) {
            Span rest = text.from(2);
            int end = rest.indexOf("::");
            if (end < 0) {
                out.warning(line, "the question name has no closing `::`; Moodle then ignores the name");
                text = rest.trim();
            } else {
                name = GiftEscapes.restore(rest.to(end).text()).strip();
                text = rest.from(end + 2).trim();
            }
        }
        QuestionParts parts = new QuestionParts(line, name, block.comments());
        int open = text.indexOf('{');
        int close = text.indexOf('}');
        if (open < 0 && close < 0) {
            parts.text = format(text.text(), GiftTextFormat.MOODLE);
            out.add(parts.build(GiftQuestionKind.DESCRIPTION));
            return;
        }
        if (close < 0) {
            out.error(block.lineAt(text.start() + open), "the answer block opened here has no closing `}`");
            return;
        }
        if (open < 0 || close < open) {
            out.error(block.lineAt(text.start() + close), "`}` without an opening `{` before it; write a brace "
                    + "that belongs to the text as `\\}`");
            return;
        }
        Span after = text.from(close + 1);
        int stray = Math.max(after.indexOf('{'), after.indexOf('}'));
        if (stray >= 0) {
            out.error(block.lineAt(after.start() + stray), "a second `{` or `}` after the answer block; a question "
                    + "has one answer block (write braces that belong to the text as `\\{` and `\\}`)");
            return;
        }
        // Moodle: text after the block makes a missing-word question, shown with a gap where the block was
        parts.missingWord = !after.trim().isEmpty();
        String questionText = text.to(open).text() + (parts.missingWord ? GAP + after.text() : "");
        parts.text = format(questionText, GiftTextFormat.MOODLE);

        Span answers = text.sub(open + 1, close).trim();
        int general = answers.lastIndexOf(GENERAL_FEEDBACK);
        if (general >= 0) {
            parts.generalFeedback = nonBlank(format(answers.from(general + GENERAL_FEEDBACK.length()).text(),
                    parts.text.format()));
            answers = answers.to(general).trim();
        }
        readAnswers(answers, new GiftAnswerReader(block, parts, out), parts, block, out);
    }

    /** Decides the kind the way Moodle does, in Moodle's order, and reads the answers of that kind. */
    private void readAnswers(Span answers, GiftAnswerReader reader, QuestionParts parts, GiftBlock block,
                             ParseOutput out) {
        String text = answers.text();
        if (text.isEmpty()) {
            out.add(parts.build(GiftQuestionKind.ESSAY));
        } else if (text.startsWith("#")) {
            reader.numerical(answers.from(1));
        } else if (text.contains("~")) {
            reader.choices(answers);
        } else if (text.contains("=") && text.contains(ARROW)) {
            reader.pairs(answers);
        } else {
            int hash = text.indexOf('#');
            String key = GiftEscapes.trim(hash > 0 ? text.substring(0, hash) : text);
            if (TRUE_FALSE.contains(key)) {
                reader.trueFalse(text);
                return;
            }
            if (TRUE_FALSE.contains(key.toUpperCase(Locale.ROOT))) {
                out.warning(block.lineAt(answers.start()), "Moodle reads `{" + key + "}` as a short answer `" + key
                        + "`, not as true-false (write `{" + key.toUpperCase(Locale.ROOT) + "}`); read as Moodle does");
            }
            reader.shortAnswers(answers);
        }
    }

    /** Moodle's parse_text_with_format: an optional {@code [format]} prefix, escapes resolved, trimmed. */
    static GiftText format(String raw, GiftTextFormat byDefault) {
        GiftTextFormat format = byDefault;
        String body = raw;
        if (raw.startsWith("[")) {
            int end = raw.indexOf(']');
            if (end > 0) {
                var named = GiftTextFormat.byMarker(raw.substring(1, end));
                if (named.isPresent()) {
                    format = named.get();
                    body = raw.substring(end + 1);
                }
            }
        }
        return new GiftText(GiftEscapes.trim(GiftEscapes.restore(body)), format);
    }

    static GiftText nonBlank(GiftText text) {
        return text.isBlank() ? null : text;
    }

    /** A text for a message: one line, at most 50 characters. */
    static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 50 ? oneLine : oneLine.substring(0, 47) + "...";
    }
}
