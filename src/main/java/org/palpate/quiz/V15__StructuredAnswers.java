package org.palpate.quiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 15: fills {@code review_log.response} for rows written before answers were recorded as data, from the
 * readable {@code answer} of that time. The old forms are told apart by their shape, as each kind wrote its own:
 * {@code true}/{@code false}; {@code B) text} or {@code A) text; C) text} (choices); {@code a -> b -> c} (an order);
 * {@code left = right; left = right} (pairs); anything else is typed text. The one ambiguity that made the old
 * reading unreliable remains for these old rows only: a choice whose own text contains {@code "; B) "} is split
 * there. Spring Boot hands this bean to Flyway, which runs it after V14 in the same way on H2 and PostgreSQL (the
 * class name is Flyway's naming rule for the version and description).
 */
@Component
class V15__StructuredAnswers extends BaseJavaMigration {

    private static final Pattern CHOICE = Pattern.compile("^[A-Z]\\) ");
    private static final Pattern NEXT_CHOICE = Pattern.compile("; (?=[A-Z]\\) )");
    private static final Pattern PAIRS = Pattern.compile("^[^;]+ = [^;]+(; [^;]+ = [^;]+)+$");
    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                     "SELECT id, answer FROM review_log WHERE response IS NULL AND answer <> ''");
             PreparedStatement update = connection.prepareStatement("UPDATE review_log SET response = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, ResponseJson.write(response(rows.getString(2))));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    /** The response an answer recorded in the old readable form stands for. */
    static Map<String, Object> response(String answer) {
        if (answer.equals("true") || answer.equals("false")) {
            return Map.of("answer", Boolean.parseBoolean(answer));
        }
        if (CHOICE.matcher(answer).find()) {
            return Map.of("choices", NEXT_CHOICE.splitAsStream(answer).map(c -> CHOICE.matcher(c).replaceFirst("")).toList());
        }
        if (answer.contains(" -> ")) {
            return Map.of("order", List.of(answer.split(" -> ", -1)));
        }
        if (PAIRS.matcher(answer).matches()) {
            List<Map<String, String>> pairs = new ArrayList<>();
            for (String pair : answer.split("; ")) {
                int eq = pair.indexOf(" = ");
                pairs.add(Map.of("left", pair.substring(0, eq), "right", pair.substring(eq + 3)));
            }
            return Map.of("pairs", pairs);
        }
        return Map.of("text", answer);
    }
}
