package org.palpate.curriculum.gift;

import java.util.List;

import org.palpate.curriculum.Severity;

/** Issues about one GIFT question, phrased with its name and placed at its line. */
final class GiftReporter {

    private final String file;
    private final List<GiftImport.Issue> issues;
    private final GiftQuestion question;

    GiftReporter(String file, List<GiftImport.Issue> issues, GiftQuestion question) {
        this.file = file;
        this.issues = issues;
        this.question = question;
    }

    private String label() {
        return question.name() == null || question.name().isEmpty() ? "the question" : "question `" + question.name() + "`";
    }

    GiftConverter.Draft skip(String why) {
        issues.add(new GiftImport.Issue(Severity.ERROR, file, question.line(), label() + " is not imported: " + why));
        return null;
    }

    void warning(String message) {
        issues.add(new GiftImport.Issue(Severity.WARNING, file, question.line(), label() + ": " + message));
    }

    /** A warning that reads on from the question's name: "question `x` is already in ...". */
    void note(String rest) {
        issues.add(new GiftImport.Issue(Severity.WARNING, file, question.line(), label() + " " + rest));
    }
}
