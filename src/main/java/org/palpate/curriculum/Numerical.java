package org.palpate.curriculum;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.palpate.UserException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code type: numerical}: the learner types a number; it is right when it falls in one of the accepted ranges,
 * each written {@code { value: 60, tolerance: 30 }} or {@code { min: 30, max: 90 }} (ends included). {@code unit}
 * (optional) is shown with the question and may be typed after the number.
 */
public record Numerical(List<Range> accepted, String unit) implements AnswerKey {

    private static final Pattern TYPED = Pattern.compile("([-+]?(?:\\d+(?:[.,]\\d+)?|[.,]\\d+))\\s*(.*)");

    /** An accepted range; {@code value} is set when it was written as a value with a tolerance. */
    public record Range(BigDecimal low, BigDecimal high, BigDecimal value) implements Serializable {

        boolean contains(BigDecimal number) {
            return low.compareTo(number) <= 0 && number.compareTo(high) <= 0;
        }

        String words() {
            if (value == null) {
                return plain(low) + " to " + plain(high);
            }
            return low.compareTo(high) == 0 ? plain(value) : plain(value) + " (" + plain(low) + " to " + plain(high) + ")";
        }
    }

    public Numerical {
        accepted = List.copyOf(accepted);
    }

    static Numerical read(YamlMap q) {
        Node written = q.value("number");
        if (written == null) {
            q.reportMissing("number", " (a `numerical` question needs `number: { value: 60, tolerance: 30 }` or "
                    + "`number: { min: 30, max: 90 }`)");
            return null;
        }
        List<Node> items = written instanceof SequenceNode list ? list.getValue() : List.of(written);
        if (items.isEmpty()) {
            q.document().error(written, "`number` needs at least one accepted value or range");
            return null;
        }
        List<Range> ranges = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof MappingNode mapping)) {
                q.document().error(item, "`number` must be a mapping such as `{ value: 60, tolerance: 30 }` or "
                        + "`{ min: 30, max: 90 }`, not " + Yaml.describe(item));
                return null;
            }
            Range range = range(new YamlMap(q.document(), mapping, "`number`"));
            if (range == null) {
                return null;
            }
            ranges.add(range);
        }
        String unit = q.optionalText("unit");
        return q.has("unit") && unit == null ? null : new Numerical(ranges, unit);
    }

    private static Range range(YamlMap m) {
        m.rejectUnknownKeys(List.of("value", "tolerance", "min", "max"));
        if (m.has("value") == (m.has("min") || m.has("max"))) {
            m.document().error(m.at(), "write either `value` (with an optional `tolerance`) or `min` and `max`, not "
                    + (m.has("value") ? "both" : "neither"));
            return null;
        }
        if (m.has("value")) {
            BigDecimal value = m.number("value");
            BigDecimal tolerance = m.has("tolerance") ? m.number("tolerance") : BigDecimal.ZERO;
            if (value == null || tolerance == null) {
                return null;
            }
            if (tolerance.signum() < 0) {
                m.document().error(m.value("tolerance"), "`tolerance` must be 0 or more, not " + plain(tolerance));
                return null;
            }
            return new Range(value.subtract(tolerance), value.add(tolerance), value);
        }
        if (!m.has("min") || !m.has("max")) {
            m.reportMissing(m.has("min") ? "max" : "min", " (a range needs both `min` and `max`)");
            return null;
        }
        BigDecimal min = m.number("min");
        BigDecimal max = m.number("max");
        if (min == null || max == null) {
            return null;
        }
        if (min.compareTo(max) > 0) {
            m.document().error(m.value("min"), "`min` (" + plain(min) + ") is above `max` (" + plain(max) + "); swap them");
            return null;
        }
        return new Range(min, max, null);
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERICAL;
    }

    @Override
    public void hash(ContentHash.Form form) {
        accepted.forEach(r -> form.field("range", plain(r.low()) + ".." + plain(r.high())));
        if (unit != null) {
            form.field("unit", unit);
        }
    }

    @Override
    public String text() {
        return accepted.stream().map(Range::words).collect(Collectors.joining(" or ")) + (unit == null ? "" : " " + unit);
    }

    @Override
    public Map<String, Object> json() {
        return unit == null ? Map.of() : Map.of("unit", unit);
    }

    @Override
    public List<String> keyLines() {
        return List.of("accepted: " + text());
    }

    @Override
    public Presented present(Question question, Random random) {
        return Presented.typed(question);
    }

    /** "60", "60 s" or "1,5" (a decimal comma); anything else after the number must be the unit. */
    @Override
    public Graded grade(Presented shown, String typed) {
        Matcher m = TYPED.matcher(typed);
        String rest = m.matches() ? m.group(2).strip() : null;
        boolean unitTyped = rest != null && unit != null && !rest.isEmpty()
                && (Layouts.normalize(rest).equals(Layouts.normalize(unit)) || Layouts.normalize(unit).startsWith(Layouts.normalize(rest)));
        if (rest == null || !rest.isEmpty() && !unitTyped) {
            throw new UserException("type one number" + (unit == null ? "" : " (in " + unit + ")") + ", e.g. 12 or 2.5");
        }
        BigDecimal number = new BigDecimal(m.group(1).replace(',', '.'));
        boolean correct = accepted.stream().anyMatch(r -> r.contains(number));
        return new Graded(correct, typed, Map.of("number", plain(number)), text(), null);
    }

    @Override
    public String hint(Presented shown) {
        return "Type a number" + (unit == null ? "." : " in " + unit + ".");
    }

    @Override
    public String rightAnswer(Presented shown) {
        Range first = accepted.get(0);
        return plain(first.value() != null ? first.value() : first.low().add(first.high()).divide(BigDecimal.valueOf(2)));
    }

    /** Well above every accepted range. */
    @Override
    public String wrongAnswer(Presented shown, IntToDoubleFunction temptation, RandomGenerator random) {
        BigDecimal top = accepted.stream().map(Range::high).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal width = accepted.stream().map(r -> r.high().subtract(r.low())).max(BigDecimal::compareTo).orElseThrow();
        return plain(top.add(width.max(BigDecimal.ONE)).add(BigDecimal.ONE));
    }

    @Override
    public Stream<String> terms() {
        return Stream.of();
    }

    @Override
    public Map<String, Object> yaml() {
        List<Map<String, Object>> ranges = accepted.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            if (r.value() != null) {
                m.put("value", r.value());
                if (r.high().compareTo(r.value()) != 0) {
                    m.put("tolerance", r.high().subtract(r.value()));
                }
            } else {
                m.put("min", r.low());
                m.put("max", r.high());
            }
            return m;
        }).toList();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", ranges.size() == 1 ? ranges.get(0) : ranges);
        if (unit != null) {
            fields.put("unit", unit);
        }
        return fields;
    }

    @Override
    public Optional<String> giftProblem() {
        return Optional.empty();
    }

    /** Moodle's numerical questions have no unit: it goes in a comment that Palpate's importer reads back. */
    @Override
    public List<String> giftComments() {
        return unit == null ? List.of() : List.of("unit: " + unit);
    }

    /** {@code #60:30}, {@code #60} or {@code #30..90}; several ranges one per line, each {@code =}. */
    @Override
    public String gift(GiftStyle style) {
        List<String> ranges = accepted.stream().map(r -> r.value() != null
                ? plain(r.value()) + (r.high().compareTo(r.value()) == 0 ? "" : ":" + plain(r.high().subtract(r.value())))
                : plain(r.low()) + ".." + plain(r.high())).toList();
        return ranges.size() == 1 ? "#" + ranges.get(0)
                : "#" + ranges.stream().map(r -> "\n\t=" + r).collect(Collectors.joining());
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
