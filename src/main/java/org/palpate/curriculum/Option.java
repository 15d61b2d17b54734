package org.palpate.curriculum;

/** One labelled thing the learner can pick: a choice (A, B...), a left item (1, 2...) or a right item. */
public record Option(String key, String text) {
}
