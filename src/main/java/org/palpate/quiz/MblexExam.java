package org.palpate.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.palpate.UserException;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.MblexArea;
import org.palpate.curriculum.Question;

/**
 * A mock exam drawn by the MBLEx content outline: {@code count} questions shared between the areas by their weights
 * with the same largest-remainder {@link Blueprint} as the program's exams, so an area the bank cannot fill passes
 * its places on to the others; the areas that fell short are reported. Questions without an area are not drawn.
 */
final class MblexExam {

    private MblexExam() {
    }

    static ExamBlueprint.Draw draw(Curriculum curriculum, int count, Random random) {
        if (!curriculum.mblex().present()) {
            throw new UserException("this curriculum has no MBLEx outline (mblex.yaml), so --blueprint mblex cannot "
                    + "share an exam by its areas; leave out --blueprint to use the program's blueprint");
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, List<String>> pools = new LinkedHashMap<>();
        for (MblexArea area : curriculum.mblex().areas()) {
            weights.put(area.id(), (double) area.weight());
            pools.put(area.id(), new ArrayList<>());
        }
        for (Question q : curriculum.questions()) {
            if (q.mblex() != null && pools.containsKey(q.mblex())) {
                pools.get(q.mblex()).add(q.id());
            }
        }
        if (pools.values().stream().allMatch(List::isEmpty)) {
            throw new UserException("no question of the course has an MBLEx content area yet, so there is nothing to "
                    + "draw by the outline; leave out --blueprint to use the program's blueprint");
        }
        // the shares if every area had enough questions, then the shares this bank can give
        Map<String, Integer> wanted = Blueprint.allocate(weights, count, id -> count);
        Map<String, Integer> quota = Blueprint.allocate(weights, count, id -> pools.get(id).size());
        List<String> drawn = new ArrayList<>();
        List<ExamShortfall> shortfalls = new ArrayList<>();
        for (MblexArea area : curriculum.mblex().areas()) {
            List<String> pool = pools.get(area.id());
            Collections.shuffle(pool, random);
            drawn.addAll(pool.subList(0, quota.get(area.id())));
            if (quota.get(area.id()) < wanted.get(area.id())) {
                shortfalls.add(new ExamShortfall(area.id(), area.title(), wanted.get(area.id()), quota.get(area.id()), pool.size()));
            }
        }
        Collections.shuffle(drawn, random);
        return new ExamBlueprint.Draw(drawn, shortfalls);
    }
}
