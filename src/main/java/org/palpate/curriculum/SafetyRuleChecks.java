package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.ModuleDraft;
import org.palpate.curriculum.Drafts.QuestionDraft;
import org.palpate.curriculum.Drafts.SafetyRulesDraft;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The questions against safety-rules.yaml: every rule a question names is declared, every critical question names
 * at least one rule, and every rule is tested by some question. A curriculum without safety-rules.yaml declares no
 * rules, so its critical questions are not asked for any (the rule file is how a course opts in); naming a rule
 * there is an error.
 */
final class SafetyRuleChecks {

    private final Problems problems;

    SafetyRuleChecks(Problems problems) {
        this.problems = problems;
    }

    void check(SafetyRulesDraft rules, List<ModuleDraft> modules) {
        if (rules.present() && !rules.readable()) {
            return; // the file's own errors are reported; checking references against nothing would only repeat them
        }
        Set<String> declared = new LinkedHashSet<>();
        rules.rules().forEach(r -> declared.add(r.value().id()));
        Set<String> tested = new HashSet<>();
        for (ModuleDraft module : modules) {
            for (QuestionDraft question : module.questions()) {
                for (Located<String> ref : question.rules()) {
                    tested.add(ref.value());
                    if (!declared.contains(ref.value())) {
                        problems.error(ref.file(), ref.at(), unknown(ref.value(), rules, declared));
                    }
                }
                if (rules.present() && question.critical() != null && question.rules().isEmpty()) {
                    Located<Boolean> critical = question.critical();
                    problems.error(critical.file(), critical.at(), "a critical question must name the safety rule(s) it "
                            + "tests; add `rules: [rule-id]` with ids from " + rules.file());
                }
            }
        }
        for (Located<SafetyRule> rule : rules.rules()) {
            if (!tested.contains(rule.value().id())) {
                problems.warning(rule.file(), rule.at(), "no question tests safety rule `" + rule.value().id() + "`; add "
                        + "`rules: [" + rule.value().id() + "]` to a question that tests it, or write one");
            }
        }
    }

    private static String unknown(String id, SafetyRulesDraft rules, Set<String> declared) {
        if (!rules.present()) {
            return "unknown safety rule `" + id + "`: this curriculum has no " + CurriculumFiles.SAFETY_RULES + "; create "
                    + rules.file() + " with a `rules:` list (id, rule, sources), or remove `" + id + "`";
        }
        return "unknown safety rule `" + id + "`" + DidYouMean.suggest(id, declared)
                .map(s -> "; did you mean `" + s + "`?")
                .orElse("; declare it in " + rules.file() + " or use one of its ids");
    }
}
