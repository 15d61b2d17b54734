package org.palpate.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A valid curriculum of any size for the benchmarks: modules of true/false questions (topics of 50), one lesson per
 * topic. Question {@code m3-q17} has the answer {@link #answer(String)}: true for even numbers, false for odd ones.
 */
record GeneratedCurriculum(Path dir, List<String> modules, int questions) {

    static GeneratedCurriculum write(Path dir, int modules, int questionsPerModule) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int m = 1; m <= modules; m++) {
            ids.add("m" + m);
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("program.yaml"), program(ids));
        for (String id : ids) {
            writeModule(dir.resolve(id), id, questionsPerModule);
        }
        return new GeneratedCurriculum(dir, List.copyOf(ids), modules * questionsPerModule);
    }

    /** The blueprint must sum to 1: the last module takes what rounding left over. */
    private static String program(List<String> ids) {
        double share = Math.floor(1_000_000.0 / ids.size()) / 1_000_000.0;
        StringBuilder out = new StringBuilder("title: Generated course\nmodules: [" + String.join(", ", ids) + "]\nblueprint:\n");
        for (int m = 0; m < ids.size(); m++) {
            double value = m == ids.size() - 1 ? 1.0 - share * (ids.size() - 1) : share;
            out.append("  ").append(ids.get(m)).append(": ").append(String.format(Locale.ROOT, "%.6f", value)).append('\n');
        }
        return out.toString();
    }

    private static void writeModule(Path dir, String id, int questions) throws IOException {
        int topics = Math.max(1, (questions + 49) / 50);
        Files.createDirectories(dir.resolve("lessons"));
        StringBuilder module = new StringBuilder("id: " + id + "\ntitle: Module " + id + "\nsummary: Generated for a benchmark.\n"
                + "objectives:\n  - Answer generated questions\ntopics:\n");
        for (int t = 1; t <= topics; t++) {
            module.append("  - { id: t").append(t).append(", title: Topic ").append(t).append(" }\n");
            Files.writeString(dir.resolve("lessons/t" + t + ".md"), "---\nid: " + id + "-t" + t + "\ntitle: Topic " + t + "\ntopic: t" + t
                    + "\nsources: [Generated source]\n---\n# Topic " + t + "\nGenerated text.\n");
        }
        module.append("prerequisites: []\ncases: []\n");
        Files.writeString(dir.resolve("module.yaml"), module.toString());
        StringBuilder yaml = new StringBuilder("questions:\n");
        for (int q = 1; q <= questions; q++) {
            String qid = id + "-q" + q;
            yaml.append("  - id: ").append(qid).append('\n')
                    .append("    topic: t").append((q - 1) / 50 + 1).append('\n')
                    .append("    type: true-false\n")
                    .append("    difficulty: ").append(q % 3 + 1).append('\n')
                    .append("    prompt: Generated statement number ").append(q).append(" of module ").append(id).append(" is true.\n")
                    .append("    answer: ").append(answer(qid)).append('\n')
                    .append("    explanation: >-\n      Statement ").append(q).append(" is ").append(answer(qid))
                    .append(" by construction; this sentence only gives the explanation a realistic length.\n")
                    .append("    sources: [Generated source]\n");
        }
        Files.writeString(dir.resolve("questions.yaml"), yaml.toString());
    }

    static boolean answer(String questionId) {
        return Integer.parseInt(questionId.substring(questionId.lastIndexOf('q') + 1)) % 2 == 0;
    }
}
