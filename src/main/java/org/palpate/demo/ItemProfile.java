package org.palpate.demo;

import java.util.List;
import java.util.SplittableRandom;

import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Question;

/** What one question is like for the simulated cohort: how hard, how well it separates, how tempting each wrong choice. */
record ItemProfile(double difficulty, double discrimination, double[] choiceWeights) {

    static ItemProfile draw(Question q, SplittableRandom random) {
        double authored = q.difficulty() == null ? 0 : (q.difficulty() - 3) * 0.4;
        double difficulty = authored + DemoSimulation.gaussian(random) * 0.9;
        // A few questions are flawed: the stronger learners get them wrong more often (negative discrimination).
        double discrimination = random.nextDouble() < 0.08 ? -0.7 : 0.5 + random.nextDouble() * 1.1;
        List<Choice> options = q.key().options();
        double[] weights = new double[options.size()];
        int wrong = (int) options.stream().filter(c -> !c.correct()).count();
        for (int i = 0; i < weights.length; i++) {
            if (options.get(i).correct()) {
                continue;
            }
            // Some distractors tempt nobody: item analysis should flag them.
            weights[i] = wrong >= 3 && random.nextDouble() < 0.2 ? 0 : Math.exp(DemoSimulation.gaussian(random));
        }
        return new ItemProfile(difficulty, discrimination, weights);
    }
}
