package org.palpate.curriculum;

import java.util.List;

/**
 * How the question bank covers the MBLEx outline: per area its questions, their share of the bank and the number
 * its weight asks for ({@code target}, weight% of the whole bank), and the questions with no area. An area is
 * {@link Status#OK} when its count is the target rounded down or up, else under or over by {@code difference}
 * (count minus the rounded target).
 */
public record MblexCoverage(List<AreaCoverage> areas, int bank, List<String> untagged) {

    public enum Status { UNDER, OK, OVER }

    public record AreaCoverage(MblexArea area, int questions, double share, double target, Status status, long difference) {
    }

    public MblexCoverage {
        areas = List.copyOf(areas);
        untagged = List.copyOf(untagged);
    }

    /** The coverage of every question of {@code curriculum}; null when it has no mblex.yaml. */
    public static MblexCoverage of(Curriculum curriculum) {
        if (!curriculum.mblex().present()) {
            return null;
        }
        List<Question> bank = curriculum.questions();
        List<AreaCoverage> areas = curriculum.mblex().areas().stream().map(area -> {
            int count = (int) bank.stream().filter(q -> area.id().equals(q.mblex())).count();
            double target = bank.size() * area.weight() / 100.0;
            Status status = count < Math.floor(target) ? Status.UNDER : count > Math.ceil(target) ? Status.OVER : Status.OK;
            return new AreaCoverage(area, count, bank.isEmpty() ? 0 : (double) count / bank.size(), target, status,
                    count - Math.round(target));
        }).toList();
        return new MblexCoverage(areas, bank.size(), bank.stream().filter(q -> q.mblex() == null).map(Question::id).toList());
    }
}
