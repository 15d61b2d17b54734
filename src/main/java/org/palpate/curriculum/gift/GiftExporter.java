package org.palpate.curriculum.gift;

import org.palpate.curriculum.AnswerKey;
import org.palpate.curriculum.Case;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.Topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a module as a GIFT file that Moodle imports: a {@code $CATEGORY: palpate/<module>/<topic>} block before
 * each topic's questions, each question named {@code ::id::}, answers with their feedback ({@code #}) and the
 * explanation as general feedback ({@code ####}). Every text is escaped the way Moodle's own exporter escapes.
 * <p>
 * Mapping: {@code single} is {@code =right ~wrong}; {@code multiple} gives the right choices weights that add up to
 * 100% and the wrong ones negative weights (Moodle's "multiple answers allowed", with weights from Moodle's list of
 * grades, which its importer insists on); {@code true-false} is {@code {TRUE}}/{@code {FALSE}}; {@code short} lists
 * {@code =accepted} answers; {@code matching} writes {@code =left -> right}; a {@code cloze} with one gap becomes
 * Moodle's missing word (the answers' block where the gap is); {@code numerical} is {@code #value:tolerance} or
 * {@code #min..max}. Each kind writes its own block ({@code AnswerKey.gift}). A question with a case gets the case
 * text in front of its prompt, since Moodle has no shared scenarios. Tags are written as Moodle's
 * {@code // [tag:...]} comments, sources as plain comments.
 * <p>
 * Skipped, each with its reason ({@code AnswerKey.giftProblem}): {@code ordering} questions (GIFT has no ordering
 * type), a cloze with several gaps (GIFT has one answer block per question), and the rare texts GIFT cannot carry
 * because {@code ->} cannot be escaped (a matching left side or a short answer containing it).
 */
public final class GiftExporter {

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
        return q.key().giftProblem();
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
        q.key().giftComments().forEach(c -> out.append("// ").append(comment(c)).append('\n'));
        out.append("::").append(GiftEscapes.escape(q.id())).append("::");
        String prompt = caseText(q, module).map(c -> c + "\n\n" + q.prompt()).orElse(q.prompt());
        AnswerKey.GiftStyle style = style(format);
        String answers = q.key().gift(style);
        boolean oneLine = answers.indexOf('\n') < 0;
        String block = answers + (oneLine ? "" : "\n\t") + GiftParser.GENERAL_FEEDBACK + text(q.explanation(), format)
                + (oneLine ? "" : "\n");
        return out.append(q.key().giftQuestion(prompt, block, style)).append('\n').toString();
    }

    private static AnswerKey.GiftStyle style(GiftTextFormat format) {
        return new AnswerKey.GiftStyle() {
            @Override
            public String prompt(String text) {
                return format == GiftTextFormat.MOODLE ? GiftExporter.text(text, format) : "[plain]" + GiftEscapes.escape(text);
            }

            @Override
            public String text(String text) {
                return GiftExporter.text(text, format);
            }

            @Override
            public String escape(String text) {
                return GiftEscapes.escape(text);
            }

            @Override
            public boolean startsLikeWeight(String text) {
                return GiftParser.WEIGHT.matcher(text).find();
            }
        };
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
        q.key().options().forEach(c -> {
            texts.add(c.text());
            if (c.feedback() != null) {
                texts.add(c.feedback());
            }
        });
        q.key().terms().forEach(texts::add);
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
