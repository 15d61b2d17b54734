package org.palpate.curriculum.gift;

import java.util.ArrayList;
import java.util.List;

/** {@code $CATEGORY: a/b/c}: the questions that follow belong to category {@code c} inside {@code a/b}. */
public record GiftCategory(int line, String path) implements GiftItem {

    /**
     * The path's parts. Moodle writes a slash inside a category name as {@code //}, so only a single slash
     * separates; empty parts (a leading or trailing slash) are dropped.
     */
    public List<String> segments() {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' && i + 1 < path.length() && path.charAt(i + 1) == '/') {
                part.append('/');
                i++;
            } else if (c == '/') {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The last part of the path (the category the questions go into), or "" for an empty path. */
    public String name() {
        List<String> parts = segments();
        return parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    }
}
