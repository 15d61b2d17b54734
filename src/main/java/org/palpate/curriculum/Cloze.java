package org.palpate.curriculum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.palpate.UserException;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * {@code type: cloze}: a prompt with {@code {{name}}} blanks and, under {@code gaps}, the accepted answers of each
 * blank, matched like short answers. The learner sees the blanks numbered and types the answers in order, separated
 * by {@code ;}. Gaps are kept in the order they appear in the prompt.
 */
public record Cloze(List<Gap> gaps) implements AnswerKey {

    /** A blank in the prompt: {@code {{name}}}, name of letters, digits, {@code -} or {@code _}. */
    static final Pattern BLANK = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_-]+)\\s*}}");
    static final String SEPARATOR = ";";

    /** One blank and the answers it accepts. */
    public record Gap(String name, List<String> answers) implements Serializable {
        public Gap {
            answers = List.copyOf(answers);
        }
    }

    public Cloze {
        gaps = List.copyOf(gaps);
    }

    static Cloze read(YamlMap q, String prompt) {
        Optional<YamlMap> written = q.map("gaps", true, "`gaps: { name: [answer, other spelling] }`");
        if (written.isEmpty() || prompt == null) {
            return null;
        }
        YamlMap map = written.get();
        List<String> blanks = new ArrayList<>();
        Matcher m = BLANK.matcher(prompt);
        while (m.find()) {
            blanks.add(m.group(1));
        }
        boolean ok = true;
        if (blanks.isEmpty()) {
            q.document().error(q.value("prompt"), "a `cloze` prompt needs at least one blank such as `{{muscle}}`, "
                    + "named in `gaps`");
            ok = false;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String blank : blanks) {
            if (!seen.add(blank)) {
                q.document().error(q.value("prompt"), "the blank `{{" + blank + "}}` appears twice in the prompt; give "
                        + "each blank its own name");
                ok = false;
            } else if (!map.has(blank)) {
                q.document().error(q.keyNode("gaps"), "the blank `{{" + blank + "}}` has no answers; add `" + blank
                        + ": [...]` under `gaps`" + DidYouMean.hint(blank, map.entries().keySet()));
                ok = false;
            }
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : map.entries().entrySet()) {
            String name = entry.getKey();
            if (!seen.contains(name)) {
                q.document().error(entry.getValue().getKeyNode(), "gap `" + name + "` is not in the prompt; write `{{"
                        + name + "}}` where it goes, or remove it");
                ok = false;
                continue;
            }
            List<Located<String>> accepted = map.textList(name, true);
            if (accepted.isEmpty() || accepted.size() != AnswerKeyReader.size(map, name)) {
                ok = false;
                continue;
            }
            answers.put(name, accepted.stream().map(Located::value).toList());
        }
        return ok ? new Cloze(blanks.stream().map(b -> new Gap(b, answers.get(b))).toList()) : null;
    }

    @Override
    public QuestionType type() {
        return QuestionType.CLOZE;
    }

    @Override
    public void hash(ContentHash.Form form) {
        gaps.forEach(g -> {
            form.field("gap", g.name());
            g.answers().forEach(a -> form.field("accept", a));
        });
    }

    @Override
    public String text() {
        if (gaps.size() == 1) {
            return String.join(" / ", gaps.get(0).answers());
        }
        return IntStream.range(0, gaps.size()).mapToObj(i -> "[" + (i + 1) + "] " + String.join(" / ", gaps.get(i).answers()))
                .collect(Collectors.joining("; "));
    }

    @Override
    public String shownPrompt(String prompt) {
        Matcher m = BLANK.matcher(prompt);
        StringBuilder out = new StringBuilder();
        int[] number = {0};
        while (m.find()) {
            number[0]++;
            m.appendReplacement(out, Matcher.quoteReplacement(gaps.size() == 1 ? "_____" : "[" + number[0] + "] _____"));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public Map<String, Object> json() {
        return Map.of("gaps", gaps.size());
    }

    @Override
    public List<String> keyLines() {
        return IntStream.range(0, gaps.size()).mapToObj(i -> "[" + (i + 1) + "] {{" + gaps.get(i).name() + "}}: "
                + String.join(" / ", gaps.get(i).answers())).toList();
    }

    @Override
    public Presented present(Question question, Random random) {
        return Presented.typed(question);
    }

    @Override
    public Graded grade(Presented shown, String typed) {
        List<String> parts = gaps.size() == 1 ? List.of(typed)
                : Stream.of(typed.split(SEPARATOR, -1)).map(String::strip).toList();
        if (parts.size() != gaps.size() || parts.stream().anyMatch(String::isEmpty)) {
            throw new UserException("type the " + gaps.size() + " missing words in order, separated by `" + SEPARATOR
                    + "` (found " + parts.stream().filter(p -> !p.isEmpty()).count() + ")");
        }
        boolean correct = IntStream.range(0, gaps.size()).allMatch(i -> Layouts.accepts(gaps.get(i).answers(), parts.get(i)));
        return new Graded(correct, String.join(SEPARATOR + " ", parts), Map.of("gaps", parts), text(), null);
    }

    @Override
    public String hint(Presented shown) {
        return gaps.size() == 1 ? "Type the missing word or words."
                : "Type the " + gaps.size() + " missing words in order, separated by `" + SEPARATOR + "`.";
    }

    @Override
    public String rightAnswer(Presented shown) {
        return gaps.stream().map(g -> g.answers().get(0)).collect(Collectors.joining(SEPARATOR + " "));
    }

    @Override
    public String wrongAnswer(Presented shown, IntToDoubleFunction temptation, RandomGenerator random) {
        List<String> parts = new ArrayList<>(gaps.stream().map(g -> g.answers().get(0)).toList());
        parts.set(random.nextInt(parts.size()), "not sure");
        return String.join(SEPARATOR + " ", parts);
    }

    @Override
    public Stream<String> terms() {
        return gaps.stream().flatMap(g -> g.answers().stream());
    }

    @Override
    public Map<String, Object> yaml() {
        Map<String, Object> byName = new LinkedHashMap<>();
        gaps.forEach(g -> byName.put(g.name(), g.answers()));
        return Map.of("gaps", byName);
    }

    @Override
    public Optional<String> giftProblem() {
        if (gaps.size() > 1) {
            return Optional.of("GIFT has one answer block per question, and this cloze has " + gaps.size() + " gaps");
        }
        return gaps.get(0).answers().stream().filter(a -> a.contains("->")).findFirst()
                .map(a -> "the accepted answer `" + Yaml.shorten(a) + "` contains `->`, which would make Moodle read a "
                        + "matching question");
    }

    /** GIFT has no gap names: Palpate's importer reads this comment back (Moodle ignores it). */
    @Override
    public List<String> giftComments() {
        return List.of("gap: " + gaps.get(0).name());
    }

    /** Moodle's missing word: the answers' block stands where the gap is. */
    @Override
    public String gift(GiftStyle style) {
        return new ShortAnswers(gaps.get(0).answers()).gift(style);
    }

    @Override
    public String giftQuestion(String prompt, String block, GiftStyle style) {
        Matcher m = BLANK.matcher(prompt);
        m.find(); // giftProblem keeps out a cloze without exactly one blank
        String after = prompt.substring(m.end());
        return style.prompt(prompt.substring(0, m.start()).stripTrailing()) + " {" + block + "}"
                + (after.isBlank() ? "" : " " + style.text(after.strip()));
    }
}
