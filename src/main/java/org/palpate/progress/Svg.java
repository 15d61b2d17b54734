package org.palpate.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The charts of the HTML reports, written as inline SVG by hand: no script, no font and no library. Every chart has a
 * title and text labels, so it reads without colour too (and prints in grey).
 */
final class Svg {

    /** Mastery and retention colours: one hue from pale to dark, readable for colour-blind readers and in grey print. */
    private static final int[][] SCALE = {{0xee, 0xf2, 0xf7}, {0xc6, 0xdb, 0xef}, {0x6b, 0xae, 0xd6}, {0x21, 0x71, 0xb5}, {0x08, 0x30, 0x6b}};
    static final String BAD = "#b3261e";
    static final String MUTED = "#5b6775";
    static final String LINE = "#d8dee6";
    static final String INK = "#1d2733";

    private Svg() {
    }

    record Bar(String label, double value, boolean indent, String note) {
    }

    record Column(String label, int value) {
    }

    record Point(String label, double x, double y, boolean flagged) {
    }

    record Stack(String label, int[] parts) {
    }

    /** Colour for a share in [0, 1]. */
    static String color(double share) {
        double v = Math.max(0, Math.min(1, share)) * (SCALE.length - 1);
        int i = Math.min(SCALE.length - 2, (int) Math.floor(v));
        double f = v - i;
        int[] a = SCALE[i];
        int[] b = SCALE[i + 1];
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(a[0], b[0], f), mix(a[1], b[1], f), mix(a[2], b[2], f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Horizontal bars of shares (0-100%), with a dashed target line (e.g. 90% = mastered). */
    static Html shareBars(String title, List<Bar> bars, Double target, String targetLabel) {
        int labelWidth = 340;
        int barWidth = 500;
        int row = 24;
        int top = 22;
        int height = top + bars.size() * row + 24;
        // room for the longest "value  note" label (about 7 px a character at 12.5 px), so none is cut at the edge
        int longest = bars.stream().mapToInt(b -> 6 + (b.note() == null ? 0 : b.note().length())).max().orElse(0);
        int width = labelWidth + barWidth + Math.max(110, 16 + (int) Math.ceil(longest * 7.2));
        Html s = open(width, height, title);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * row;
            double v = Double.isNaN(bar.value()) ? 0 : Math.max(0, Math.min(1, bar.value()));
            s.add(text(bar.indent() ? 22 : 4, y + 16, clip(bar.label(), bar.indent() ? 44 : 40), "start",
                    bar.indent() ? "font-size:12.5px;fill:" + MUTED : "font-size:13.5px;font-weight:600"));
            s.add(rect(labelWidth, y + 4, barWidth, row - 8, "#eef2f7", null));
            if (!Double.isNaN(bar.value())) {
                s.add(rect(labelWidth, y + 4, barWidth * v, row - 8, color(0.25 + 0.75 * v), null));
            }
            String value = Double.isNaN(bar.value()) ? "–" : Math.round(v * 100) + "%";
            s.add(text(labelWidth + barWidth + 8, y + 16, value + (bar.note() == null ? "" : "  " + bar.note()), "start",
                    "font-size:12.5px;font-variant-numeric:tabular-nums"));
        }
        if (target != null) {
            double x = labelWidth + barWidth * target;
            s.empty("line", "x1", x, "y1", top - 4, "x2", x, "y2", top + bars.size() * row, "stroke", BAD, "stroke-width", "1.5",
                    "stroke-dasharray", "4 3");
            s.add(text((int) x, top - 8, targetLabel, "middle", "font-size:11px;fill:" + BAD));
        }
        for (int p = 0; p <= 100; p += 25) {
            s.add(text(labelWidth + barWidth * p / 100, top + bars.size() * row + 16, p + "%", "middle", "font-size:11px;fill:" + MUTED));
        }
        return s.close("svg");
    }

    /** Vertical columns of counts (the due forecast); every {@code labelEvery}-th column is labelled. */
    static Html columns(String title, List<Column> columns, int labelEvery) {
        int left = 40;
        int plot = 900;
        int height = 200;
        int top = 16;
        int plotHeight = height - top - 40;
        int max = Math.max(1, columns.stream().mapToInt(Column::value).max().orElse(1));
        int step = niceStep(max);
        int axisMax = ((max + step - 1) / step) * step;
        double w = plot / (double) Math.max(1, columns.size());
        Html s = open(left + plot + 10, height, title);
        for (int v = 0; v <= axisMax; v += step) {
            double y = top + plotHeight - plotHeight * v / (double) axisMax;
            s.empty("line", "x1", left, "y1", y, "x2", left + plot, "y2", y, "stroke", LINE);
            s.add(text(left - 6, (int) y + 4, String.valueOf(v), "end", "font-size:11px;fill:" + MUTED));
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double h = plotHeight * c.value() / (double) axisMax;
            double x = left + i * w;
            s.add(rect(x + 2, top + plotHeight - h, w - 4, h, i == 0 ? "#08306b" : "#4a90c8", c.label() + ": " + c.value()));
            if (c.value() > 0 && w >= 20) {
                s.add(text((int) (x + w / 2), (int) (top + plotHeight - h - 3), String.valueOf(c.value()), "middle", "font-size:10.5px"));
            }
            if (i % labelEvery == 0) {
                s.add(text((int) (x + w / 2), top + plotHeight + 16, c.label(), "middle", "font-size:11px;fill:" + MUTED));
            }
        }
        return s.close("svg");
    }

    /** A year of study days as a grid of weeks (columns) by weekday (rows), darker for more answers. */
    static Html calendar(String title, Map<LocalDate, Integer> reviews, LocalDate today, int weeks) {
        int cell = 15;
        int left = 34;
        int top = 20;
        LocalDate firstMonday = today.minusWeeks(weeks - 1L).with(DayOfWeek.MONDAY);
        int max = Math.max(1, reviews.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int width = left + weeks * cell + 10;
        int height = top + 7 * cell + 36;
        Html s = open(width, height, title);
        String[] rows = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int d = 0; d < 7; d++) {
            s.add(text(left - 6, top + d * cell + 11, rows[d], "end", "font-size:10px;fill:" + MUTED));
        }
        int lastMonth = -1;
        for (int w = 0; w < weeks; w++) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = firstMonday.plusDays(w * 7L + d);
                if (day.isAfter(today)) {
                    continue;
                }
                int n = reviews.getOrDefault(day, 0);
                String fill = n == 0 ? "#eef2f7" : color(0.3 + 0.7 * Math.sqrt(n / (double) max));
                s.add(rect(left + w * cell, top + d * cell, cell - 3, cell - 3, fill, day + ": " + n + " answer" + (n == 1 ? "" : "s")));
            }
            LocalDate monday = firstMonday.plusWeeks(w);
            if (monday.getMonthValue() != lastMonth && monday.getDayOfMonth() <= 7) {
                s.add(text(left + w * cell, top - 6, monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "start",
                        "font-size:10px;fill:" + MUTED));
                lastMonth = monday.getMonthValue();
            }
        }
        int ly = top + 7 * cell + 12;
        s.add(text(left, ly + 10, "fewer", "start", "font-size:10px;fill:" + MUTED));
        for (int i = 0; i < 5; i++) {
            s.add(rect(left + 36 + i * cell, ly, cell - 3, cell - 3, i == 0 ? "#eef2f7" : color(0.3 + 0.7 * i / 4.0), null));
        }
        s.add(text(left + 36 + 5 * cell + 4, ly + 10, "more answers (darkest: " + max + " in a day)", "start", "font-size:10px;fill:" + MUTED));
        return s.close("svg");
    }

    /** Horizontal stacked bars of counts (module completion: mastered, started, not started). */
    static Html stacks(String title, List<Stack> stacks, List<String> partLabels, List<String> partColors) {
        int labelWidth = 0;
        int barWidth = 840;
        int row = 46;
        int top = 4;
        int height = top + stacks.size() * row + 30;
        Html s = open(labelWidth + barWidth + 20, height, title);
        for (int i = 0; i < stacks.size(); i++) {
            Stack st = stacks.get(i);
            int y = top + i * row + 18;
            int total = Math.max(1, java.util.Arrays.stream(st.parts()).sum());
            s.add(text(0, y - 4, st.label(), "start", "font-size:13px;font-weight:600"));
            double x = labelWidth;
            for (int p = 0; p < st.parts().length; p++) {
                double w = barWidth * st.parts()[p] / (double) total;
                s.add(rect(x, y + 2, w, 20, partColors.get(p), st.label() + " — " + partLabels.get(p) + ": " + st.parts()[p]));
                if (w > 30) {
                    s.add(text((int) (x + w / 2), y + 16, String.valueOf(st.parts()[p]), "middle",
                            "font-size:11.5px;fill:" + SvgHeatmap.inkOn(partColors.get(p))));
                }
                x += w;
            }
        }
        int ly = top + stacks.size() * row + 8;
        int lx = labelWidth;
        for (int p = 0; p < partLabels.size(); p++) {
            s.add(rect(lx, ly, 12, 12, partColors.get(p), null));
            s.add(text(lx + 16, ly + 10, partLabels.get(p), "start", "font-size:11.5px"));
            lx += 30 + partLabels.get(p).length() * 7;
        }
        return s.close("svg");
    }

    /**
     * Facility (x, 0-1) against discrimination (y, -0.5..1, values outside drawn at the edge). The shaded band is
     * where items usually work (facility 0.3-0.9, discrimination 0.3 or more); flagged items are red and labelled.
     */
    static Html itemMap(String title, List<Point> points) {
        int left = 56;
        int top = 14;
        int w = 620;
        int h = 330;
        double yMin = -0.5;
        double yMax = 1;
        Function<Double, Double> px = x -> left + w * Math.max(0, Math.min(1, x));
        Function<Double, Double> py = y -> top + h * (yMax - Math.max(yMin, Math.min(yMax, y))) / (yMax - yMin);
        Html s = open(left + w + 150, top + h + 46, title);
        s.empty("rect", "x", px.apply(0.3), "y", py.apply(1.0), "width", px.apply(0.9) - px.apply(0.3), "height", py.apply(0.3) - py.apply(1.0),
                "fill", "#e3f1e6");
        s.empty("rect", "x", left, "y", py.apply(0.0), "width", w, "height", py.apply(-0.5) - py.apply(0.0), "fill", "#fbe9e7");
        for (double y = -0.5; y <= 1.0001; y += 0.25) {
            double yy = py.apply(y);
            s.empty("line", "x1", left, "y1", yy, "x2", left + w, "y2", yy, "stroke", Math.abs(y) < 1e-9 ? "#8a96a3" : LINE);
            s.add(text(left - 6, (int) yy + 4, String.format(Locale.ROOT, "%.2f", y), "end", "font-size:11px;fill:" + MUTED));
        }
        for (int x = 0; x <= 100; x += 10) {
            double xx = px.apply(x / 100.0);
            s.empty("line", "x1", xx, "y1", top, "x2", xx, "y2", top + h, "stroke", LINE);
            s.add(text((int) xx, top + h + 16, x + "%", "middle", "font-size:11px;fill:" + MUTED));
        }
        s.add(text(left + w / 2, top + h + 36, "facility index (share right on first attempts)", "middle", "font-size:12px"));
        s.el("text", "discrimination", "x", 14, "y", top + h / 2, "transform", "rotate(-90 14 " + (top + h / 2) + ")", "text-anchor", "middle",
                "style", "font-size:12px");
        List<double[]> placed = new java.util.ArrayList<>();
        for (Point p : points) {
            double x = px.apply(p.x());
            double y = py.apply(p.y());
            placed.add(new double[] {x - 5, y - 5, x + 5, y + 5});
            s.el("circle", Html.of().el("title", p.label()), "cx", x, "cy", y, "r", 5, "fill", p.flagged() ? BAD : "#2171b5", "fill-opacity", "0.85",
                    "stroke", "#ffffff");
        }
        // Labels of flagged questions go right, left, above or below their dot, wherever they overlap nothing yet;
        // a label with no free place is left out (the dot's tooltip still names it, and the table lists it).
        for (Point p : points) {
            if (!p.flagged()) {
                continue;
            }
            double x = px.apply(p.x());
            double y = py.apply(p.y());
            double lw = p.label().length() * 6.0;
            double[][] boxes = {{x + 7, y - 6, x + 7 + lw, y + 6}, {x - 7 - lw, y - 6, x - 7, y + 6},
                    {x - lw / 2, y - 20, x + lw / 2, y - 8}, {x - lw / 2, y + 8, x + lw / 2, y + 20}};
            for (double[] box : boxes) {
                boolean free = box[0] >= left && box[2] <= left + w + 10 && placed.stream().noneMatch(o -> overlaps(o, box));
                if (free) {
                    placed.add(box);
                    s.add(text((int) box[0], (int) box[3] - 2, p.label(), "start", "font-size:10.5px;fill:" + BAD));
                    break;
                }
            }
        }
        int lx = left + w + 14;
        s.add(rect(lx, top + 4, 12, 12, "#e3f1e6", null)).add(text(lx + 16, top + 14, "works well", "start", "font-size:11px"));
        s.add(rect(lx, top + 24, 12, 12, "#fbe9e7", null)).add(text(lx + 16, top + 34, "negative", "start", "font-size:11px"));
        s.empty("circle", "cx", lx + 6, "cy", top + 52, "r", 5, "fill", BAD)
                .add(text(lx + 16, top + 56, "flagged", "start", "font-size:11px"));
        return s.close("svg");
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static int niceStep(int max) {
        int[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};
        for (int step : steps) {
            if (max / step <= 5) {
                return step;
            }
        }
        return max / 5;
    }

    /** An open {@code <svg>} element with its title; the caller closes it. */
    static Html open(int width, int height, String title) {
        return Html.of().open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + width + " " + height, "width", width,
                "height", height, "role", "img", "aria-label", title).el("title", title);
    }

    static Html rect(double x, double y, double w, double h, String fill, String tooltip) {
        Object[] shape = {"x", x, "y", y, "width", Math.max(0, w), "height", Math.max(0, h), "rx", 2, "fill", fill};
        return tooltip == null ? Html.of().empty("rect", shape) : Html.of().el("rect", Html.of().el("title", tooltip), shape);
    }

    static Html text(int x, int y, String content, String anchor, String style) {
        return Html.of().el("text", content, "x", x, "y", y, "text-anchor", anchor, "style", style);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }
}
