package org.palpate.curriculum.gift;

import org.palpate.curriculum.Case;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.Topic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a module as a GIFT file that Moodle imports: a {@code $CATEGORY: palpate/<module>/<topic>} block before
 * each topic's questions, each question named {@code ::id::}, answers with their feedback ({@code #}) and the
 * explanation as general feedback ({@code ####}). Every text is escaped the way Moodle's own exporter escapes.
 * <p>
 * Mapping: {@code single} is {@code =right ~wrong}; {@code multiple} gives the right choices weights that add up to
 * 100% and the wrong ones negative weights (Moodle's "multiple answers allowed", with weights from Moodle's list of
 * grades, which its importer insists on); {@code true-false} is {@code {TRUE}}/{@code {FALSE}}; {@code short} lists
 * {@code =accepted} answers; {@code matching} writes {@code =left -> right}. A question with a case gets the case
 * text in front of its prompt, since Moodle has no shared scenarios. Tags are written as Moodle's
 * {@code // [tag:...]} comments, sources as plain comments.
 * <p>
 * Skipped, each with its reason: {@code ordering} questions (GIFT has no ordering type), and the rare texts GIFT
 * cannot carry because {@code ->} cannot be escaped (a matching left side or a short answer containing it).
 */
public final class GiftExporter {

    /** Most right choices whose weights, taken from Moodle's grade list, can add up to exactly 100%. */
    private static final int MAX_WEIGHTED = 20;

    public GiftExport export(CourseModule module) {
        StringBuilder out = new StringBuilder();
        List<String> exported = new ArrayList<>();
        List<GiftExport.Skipped> skipped = new ArrayList<>();
        out.append("// Palpate module ").append(comment(module.id())).append(": ").append(comment(module.title()))
                .append('\n');
        out.append("// Moodle: Question bank > Import > GIFT format; categories palpate/")
                .append(comment(module.id())).append("/<topic>\n");

        for (Map.Entry<String, List<Question>> topic : byTopic(module).entrySet()) {
            StringBuilder block = new StringBuilder();
            for (Question q : topic.getValue()) {
                Optional<String> reason = unsupported(q);
                if (reason.isPresent()) {
                    skipped.add(new GiftExport.Skipped(q.id(), reason.get()));
                    continue;
                }
                block.append('\n').append(question(q, module));
                exported.add(q.id());
            }
            if (!block.isEmpty()) {
                String title = module.topic(topic.getKey()).map(Topic::title).orElse(topic.getKey());
                out.append("\n// topic ").append(comment(topic.getKey())).append(": ").append(comment(title))
                        .append('\n');
                out.append(GiftParser.CATEGORY).append(" palpate/").append(category(module.id())).append('/')
                        .append(category(topic.getKey())).append('\n');
                out.append(block);
            }
        }
        return new GiftExport(out.toString(), exported, skipped);
    }

    /** Questions grouped by topic: topics in module.yaml order, questions in file order within each. */
    private static Map<String, List<Question>> byTopic(CourseModule module) {
        Map<String, List<Question>> groups = new LinkedHashMap<>();
        module.topics().forEach(t -> groups.put(t.id(), new ArrayList<>()));
        module.questions().forEach(q -> groups.computeIfAbsent(q.topic(), k -> new ArrayList<>()).add(q));
        return groups;
    }

    /** Why GIFT cannot carry this question, if it cannot. */
    static Optional<String> unsupported(Question q) {
        switch (q.type()) {
            case ORDERING:
                return Optional.of("ordering questions have no GIFT equivalent");
            case MATCHING:
                return q.pairs().stream().filter(p -> p.left().contains(GiftParser.ARROW)).findFirst()
                        .map(p -> "the matching item `" + GiftParser.shorten(p.left()) + "` contains `->`, which GIFT "
                                + "cannot escape");
            case SHORT:
                return q.answers().stream().filter(a -> a.contains(GiftParser.ARROW)).findFirst()
                        .map(a -> "the accepted answer `" + GiftParser.shorten(a) + "` contains `->`, which would make "
                                + "Moodle read a matching question");
            case MULTIPLE:
                long right = q.choices().stream().filter(Choice::correct).count();
                return right > MAX_WEIGHTED ? Optional.of("more than " + MAX_WEIGHTED + " right choices cannot get "
                        + "Moodle weights that add up to 100%") : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private String question(Question q, CourseModule module) {
        GiftTextFormat format = needsPlain(q, module) ? GiftTextFormat.PLAIN : GiftTextFormat.MOODLE;
        StringBuilder out = new StringBuilder();
        List<String> tags = q.tags().stream().map(t -> "[tag:" + t.replace("]", "\\]").replaceAll("\\s+", " ") + "]")
                .toList();
        if (!tags.isEmpty()) {
            out.append("// ").append(String.join(" ", tags)).append('\n');
        }
        if (q.critical()) {
            out.append("// critical: a safety rule that must be mastered\n");
        }
        q.sources().forEach(s -> out.append("// source: ").append(comment(s)).append('\n'));
        out.append("::").append(GiftEscapes.escape(q.id())).append("::");
        String prompt = caseText(q, module).map(c -> c + "\n\n" + q.prompt()).orElse(q.prompt());
        out.append(format == GiftTextFormat.MOODLE ? text(prompt, format) : "[plain]" + GiftEscapes.escape(prompt));
        out.append(" {");
        switch (q.type()) {
            case SINGLE -> q.choices().forEach(c -> out.append("\n\t").append(c.correct() ? "=" : wrongPrefix(c.text()))
                    .append(text(c.text(), format)).append(feedback(c, format)));
            case MULTIPLE -> multiple(q, format, out);
            case TRUE_FALSE -> out.append(Boolean.TRUE.equals(q.answer()) ? "TRUE" : "FALSE");
            case SHORT -> q.answers().forEach(a -> out.append("\n\t=")
                    .append(GiftParser.WEIGHT.matcher(a).find() ? "%100%" : "").append(text(a, format)));
            case MATCHING -> q.pairs().forEach(p -> out.append("\n\t=").append(text(p.left(), format)).append(" -> ")
                    .append(GiftEscapes.escape(p.right())));
            default -> throw new IllegalStateException("unsupported type " + q.type()); // filtered out before
        }
        boolean oneLine = q.type() == QuestionType.TRUE_FALSE;
        out.append(oneLine ? "" : "\n\t").append(GiftParser.GENERAL_FEEDBACK).append(text(q.explanation(), format));
        out.append(oneLine ? "}\n" : "\n}\n");
        return out.toString();
    }

    /** Right choices share +100%, wrong ones share -100%: a learner who ticks everything gets nothing. */
    private static void multiple(Question q, GiftTextFormat format, StringBuilder out) {
        List<Choice> choices = q.choices();
        List<String> right = weights((int) choices.stream().filter(Choice::correct).count());
        List<String> wrong = weights((int) choices.stream().filter(c -> !c.correct()).count());
        int r = 0;
        int w = 0;
        for (Choice c : choices) {
            String weight = c.correct() ? right.get(r++) : "-" + wrong.get(w++);
            out.append("\n\t~%").append(weight).append('%').append(text(c.text(), format)).append(feedback(c, format));
        }
    }

    /**
     * {@code n} weights from Moodle's grade list that add up to 100: 100/n for n up to 10 (100, 50, 33.33333 ...),
     * else tens and fives; beyond 20 (wrong choices only) 5 each, as a negative total need not be exactly -100.
     */
    static List<String> weights(int n) {
        List<String> weights = new ArrayList<>();
        if (n <= 10) {
            String each = BigDecimal.valueOf(100.0 / Math.max(n, 1)).setScale(5, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
            Stream.generate(() -> each).limit(n).forEach(weights::add);
        } else if (n <= MAX_WEIGHTED) {
            // (20 - n) tens and (2n - 20) fives: 10(20 - n) + 5(2n - 20) = 100
            Stream.generate(() -> "10").limit(20L - n).forEach(weights::add);
            Stream.generate(() -> "5").limit(2L * n - 20).forEach(weights::add);
        } else {
            Stream.generate(() -> "5").limit(n).forEach(weights::add);
        }
        return weights;
    }

    /**
     * A wrong choice is {@code ~text}; if the text itself starts like a weight ({@code %50% of clients}), Moodle
     * would read it as one, so an explicit zero weight goes first.
     */
    private static String wrongPrefix(String text) {
        return GiftParser.WEIGHT.matcher(text).find() ? "~%0%" : "~";
    }

    private static String feedback(Choice choice, GiftTextFormat format) {
        return choice.feedback() == null ? "" : "#" + text(choice.feedback(), format);
    }

    /**
     * An escaped text. A text that starts like a format prefix ({@code [html]...}) gets the question's own format
     * written in front, because Moodle reads only one prefix: the rest then stays text.
     */
    private static String text(String text, GiftTextFormat format) {
        String escaped = GiftEscapes.escape(text);
        return startsWithFormat(text) ? "[" + format.marker() + "]" + escaped : escaped;
    }

    private static boolean startsWithFormat(String text) {
        int end = text.indexOf(']');
        return text.startsWith("[") && end > 0 && GiftTextFormat.byMarker(text.substring(1, end)).isPresent();
    }

    /**
     * Palpate texts are plain. Moodle's default format would read {@code <b>} or {@code &amp;} as markup, so a
     * question with {@code <} or {@code &} in any text is marked {@code [plain]} (its answers and feedback then
     * default to plain too).
     */
    private static boolean needsPlain(Question q, CourseModule module) {
        List<String> texts = new ArrayList<>();
        texts.add(q.prompt());
        texts.add(q.explanation());
        caseText(q, module).ifPresent(texts::add);
        q.choices().forEach(c -> {
            texts.add(c.text());
            if (c.feedback() != null) {
                texts.add(c.feedback());
            }
        });
        texts.addAll(q.answers());
        q.pairs().stream().map(Pair::left).forEach(texts::add);
        return texts.stream().anyMatch(t -> t.indexOf('<') >= 0 || t.indexOf('&') >= 0);
    }

    private static Optional<String> caseText(Question q, CourseModule module) {
        return q.caseId() == null ? Optional.empty() : module.caseById(q.caseId()).map(Case::text);
    }

    /** A category path part: Moodle writes a slash inside a name as {@code //}. */
    private static String category(String name) {
        return name.replace("/", "//");
    }

    /** Text for a {@code //} comment line: one line, and no {@code [tag:}/{@code [id:} that Moodle would pick up. */
    private static String comment(String text) {
        return text.replaceAll("\\s+", " ").replace("[tag:", "[tag :").replace("[id:", "[id :");
    }
}
