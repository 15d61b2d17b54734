package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerSettingsTest {

    @Test
    void defaultsAreTheFsrs6Defaults() {
        SchedulerSettings defaults = SchedulerSettings.defaults();
        assertThat(defaults.weights()).containsExactly(FsrsModel.defaultWeights());
        assertThat(defaults.desiredRetention()).isEqualTo(0.9);
        assertThat(defaults.maximumIntervalDays()).isEqualTo(36500);
        assertThat(defaults.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(defaults.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(defaults.fuzz()).isTrue();
        assertThat(defaults.shortTerm()).isTrue();
    }

    @Test
    void legacyWeightsAreUpgradedToTwentyOne() {
        SchedulerSettings settings = SchedulerSettings.defaults().withWeights(SchedulerLongTermTest.TS_WEIGHTS);
        assertThat(settings.weights()).hasSize(21);
        assertThat(settings.weights()[20]).isEqualTo(0.5);
    }

    @Test
    void isAnImmutableValue() {
        double[] weights = FsrsModel.defaultWeights();
        List<Duration> steps = new ArrayList<>(List.of(Duration.ofMinutes(5)));
        SchedulerSettings settings = SchedulerSettings.defaults().withWeights(weights).withSteps(steps, steps);
        weights[0] = 9;
        steps.add(Duration.ofMinutes(50));
        settings.weights()[1] = 9;
        assertThat(settings.weights()[0]).isEqualTo(0.212);
        assertThat(settings.weights()[1]).isEqualTo(1.2931);
        assertThat(settings.learningSteps()).hasSize(1);
        assertThat(settings).isEqualTo(SchedulerSettings.defaults().withSteps(List.of(Duration.ofMinutes(5)),
                List.of(Duration.ofMinutes(5))));
        assertThat(settings.hashCode()).isEqualTo(SchedulerSettings.defaults()
                .withSteps(List.of(Duration.ofMinutes(5)), List.of(Duration.ofMinutes(5))).hashCode());
        assertThat(settings).isNotEqualTo(settings.withDesiredRetention(0.8));
        assertThat(settings.toString()).contains("0.212").contains("desiredRetention=0.9");
    }

    @Test
    void rejectsNonsense() {
        SchedulerSettings defaults = SchedulerSettings.defaults();
        assertThatThrownBy(() -> defaults.withDesiredRetention(1.0)).hasMessageContaining("desired retention");
        assertThatThrownBy(() -> defaults.withDesiredRetention(0)).hasMessageContaining("desired retention");
        assertThatThrownBy(() -> defaults.withMaximumIntervalDays(0)).hasMessageContaining("maximum interval");
        assertThatThrownBy(() -> defaults.withSteps(List.of(Duration.ZERO), List.of()))
                .hasMessageContaining("learning steps must be positive");
        assertThatThrownBy(() -> defaults.withSteps(List.of(), null)).hasMessageContaining("relearning steps");
        assertThatThrownBy(() -> defaults.withWeights(new double[5])).hasMessageContaining("21 weights");
    }
}
