package org.palpate.learner;

import java.util.Arrays;
import java.util.Locale;

import org.palpate.UserException;

public enum Role {
    STUDENT, INSTRUCTOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String text) {
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(text == null ? "" : text.strip())).findFirst()
                .orElseThrow(() -> new UserException("unknown role '" + text + "': use student or instructor"));
    }
}
