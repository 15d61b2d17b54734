package org.palpate.progress;

import java.util.ArrayList;
import java.util.List;

/** The cohort heatmap, and the text helpers it needs: wrapped column titles and cell text that contrasts with its fill. */
final class SvgHeatmap {

    private SvgHeatmap() {
    }

    /**
     * A grid of shares: rows (learners) by columns (modules), each cell coloured and labelled with its percentage.
     * Column titles wrap onto up to three lines under the width of their column, so neighbours never run together.
     */
    static Html draw(String title, List<String> rowLabels, List<Boolean> rowMarked, List<String> columnLabels, List<List<Double>> values) {
        double mastered = MasteryPolicy.MASTERED;
        int labelWidth = 170;
        int cellWidth = Math.max(90, Math.min(230, 720 / Math.max(1, columnLabels.size())));
        int cellHeight = rowLabels.size() > 60 ? 13 : 20;
        int charsPerLine = (cellWidth - 10) / 7;
        List<List<String>> heads = columnLabels.stream().map(c -> wrap(c, charsPerLine, 3)).toList();
        int headLines = heads.stream().mapToInt(List::size).max().orElse(1);
        int top = 34 + headLines * 15;
        int width = labelWidth + columnLabels.size() * cellWidth + 10;
        int height = top + rowLabels.size() * cellHeight + 8;
        Html s = Svg.open(width, height, title);
        int lx = labelWidth;
        String level = Math.round(mastered * 100) + "%";
        s.add(Svg.text(lx - 8, 14, "0%", "end", "font-size:11px;fill:" + Svg.MUTED));
        for (int i = 0; i < 10; i++) {
            s.add(Svg.rect(lx + i * 14, 4, 14, 12, masteryColor(i * mastered / 10, mastered), null));
        }
        s.add(Svg.text(lx + 146, 14, "under " + level, "start", "font-size:11px;fill:" + Svg.MUTED));
        s.add(Svg.rect(lx + 214, 4, 14, 12, masteryColor(1, mastered), null));
        s.add(Svg.text(lx + 232, 14, level + " or more (mastery level)", "start", "font-size:11px;fill:" + Svg.MUTED));
        for (int c = 0; c < columnLabels.size(); c++) {
            List<String> lines = heads.get(c);
            int x = labelWidth + c * cellWidth + cellWidth / 2;
            for (int l = 0; l < lines.size(); l++) {
                // bottom-aligned: the last line sits just above the cells
                s.add(Svg.text(x, top - 8 - (lines.size() - 1 - l) * 15, lines.get(l), "middle", "font-size:12px;font-weight:600"));
            }
        }
        int font = cellHeight >= 18 ? 12 : 9;
        for (int r = 0; r < rowLabels.size(); r++) {
            int y = top + r * cellHeight;
            boolean marked = rowMarked.get(r);
            s.add(Svg.text(labelWidth - 8, y + cellHeight - (cellHeight - font) / 2 - 2, rowLabels.get(r) + (marked ? " ●" : ""), "end",
                    "font-size:" + font + "px" + (marked ? ";fill:" + Svg.BAD : "")));
            for (int c = 0; c < columnLabels.size(); c++) {
                double v = values.get(r).get(c);
                String fill = masteryColor(v, mastered);
                s.add(Svg.rect(labelWidth + c * cellWidth, y, cellWidth - 2, cellHeight - 2, fill,
                        rowLabels.get(r) + " / " + columnLabels.get(c) + ": " + Math.round(v * 100) + "%"));
                s.add(Svg.text(labelWidth + c * cellWidth + cellWidth / 2, y + cellHeight - (cellHeight - font) / 2 - 3,
                        Math.round(v * 100) + "%", "middle", "font-size:" + font + "px;fill:" + inkOn(fill)));
            }
        }
        return s.close("svg");
    }

    /** Heatmap colour: below {@code mastered} the pale-to-mid part of the scale, at or above it the darkest colour. */
    static String masteryColor(double share, double mastered) {
        return share >= mastered ? "#08306b" : Svg.color(0.8 * Math.max(0, share) / mastered);
    }

    /**
     * White or black text, whichever contrasts more with the fill (WCAG relative luminance). One of the two always
     * reaches 4.58:1, above the 4.5:1 WCAG asks of small text; the page's dark grey would fall short on mid blues.
     */
    static String inkOn(String fill) {
        double l = luminance(fill);
        return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? "#ffffff" : "#000000";
    }

    /** WCAG contrast ratio of two colours (1 to 21). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** Words of {@code text} in lines of at most {@code width} characters, at most {@code lines} of them (the last clipped). */
    static List<String> wrap(String text, int width, int lines) {
        List<String> out = new ArrayList<>();
        String line = "";
        for (String word : text.split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                out.add(line);
                line = "";
            }
            line = line.isEmpty() ? word : line + " " + word;
        }
        out.add(line);
        if (out.size() > lines) {
            List<String> kept = new ArrayList<>(out.subList(0, lines));
            kept.set(lines - 1, Svg.clip(String.join(" ", out.subList(lines - 1, out.size())), width));
            return kept;
        }
        return out.stream().map(l -> Svg.clip(l, width)).toList();
    }

}
