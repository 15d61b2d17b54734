package org.palpate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;

/**
 * Every property a bean condition of Palpate's context reads is one {@link SpringAotGuard} watches: under Spring AOT
 * those conditions were decided at build time, so a start that sets one of them otherwise must run without AOT. A new
 * {@code @ConditionalOnProperty} (Palpate's own or a new starter's) fails here until the guard knows its key.
 */
@PalpateTest
class SpringAotConditionsTest {

    /** Where a condition names the property it read, whole: "@ConditionalOnProperty (a.b=c) matched". */
    private static final Pattern PROPERTY = Pattern.compile("@Conditional\\w*Property \\(([^)=]+)[=)]");

    @Autowired
    ConfigurableListableBeanFactory beans;

    @Test
    void everyPropertyAConditionReadsIsWatchedByTheGuard() {
        Set<String> read = new TreeSet<>();
        ConditionEvaluationReport.get(beans).getConditionAndOutcomesBySource().values().forEach(outcomes ->
                outcomes.forEach(outcome -> {
                    Matcher m = PROPERTY.matcher(outcome.getOutcome().getMessage());
                    while (m.find()) {
                        read.add(m.group(1).strip());
                    }
                }));
        System.out.println("SpringAotConditionsTest: properties read by conditions: " + read);
        assertThat(read).as("the report names properties (else this test reads nothing)").isNotEmpty();
        assertThat(read).allSatisfy(key -> assertThat(SpringAotGuard.DECIDED_AT_BUILD.contains(key)
                || SpringAotGuard.CHOSEN_AT_RUN_TIME.contains(key)).as(key).isTrue());
    }
}
