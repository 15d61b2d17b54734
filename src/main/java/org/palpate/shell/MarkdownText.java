package org.palpate.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown made readable in a terminal, in plain text (no escape codes, so it also reads well in a pipe or a log):
 * underlined headings, wrapped paragraphs, bullets and numbers, indented quotes and code.
 */
final class MarkdownText {

    private static final int WIDTH = 88;

    private MarkdownText() {
    }

    static String render(String markdown) {
        Renderer renderer = new Renderer();
        Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown).accept(renderer);
        return renderer.out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static final class Renderer extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder();
        private String indent = "";

        @Override
        public void visit(Heading heading) {
            String title = inline(heading);
            out.append('\n').append(title).append('\n').append((heading.getLevel() == 1 ? "=" : "-").repeat(title.length())).append("\n\n");
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(inline(paragraph));
        }

        @Override
        public void visit(BulletList list) {
            items(list, false);
        }

        @Override
        public void visit(OrderedList list) {
            items(list, true);
        }

        @Override
        public void visit(BlockQuote quote) {
            String saved = indent;
            indent = indent + "  | ";
            visitChildren(quote);
            indent = saved;
        }

        @Override
        public void visit(FencedCodeBlock code) {
            code(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            code(code.getLiteral());
        }

        /** Tables (GFM): aligned columns when they fit the width, else one line per row, "Column: value; ...". */
        @Override
        public void visit(CustomBlock block) {
            if (!(block instanceof TableBlock)) {
                visitChildren(block);
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(inline(cell).strip());
                    }
                    rows.add(cells);
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            List<List<String>> shown = TextTable.shown(rows);
            int[] widths = TextTable.widths(shown);
            int total = Arrays.stream(widths).sum() + 2 * widths.length + indent.length();
            if (total <= WIDTH) {
                String table = TextTable.render(shown, widths, indent, false);
                int headerEnd = table.indexOf('\n') + 1;
                out.append(table, 0, headerEnd).append(indent).append("-".repeat(Math.max(0, total - indent.length() - 2)))
                        .append('\n').append(table.substring(headerEnd)).append('\n');
                return;
            }
            List<String> header = rows.get(0);
            for (List<String> row : rows.subList(1, rows.size())) {
                StringBuilder line = new StringBuilder(row.isEmpty() ? "" : row.get(0));
                for (int i = 1; i < row.size(); i++) {
                    // the first column names the row; later columns beyond the second say which column they are
                    line.append(i == 1 ? ": " : "; " + (i < header.size() && !header.get(i).isBlank() ? header.get(i) + ": " : ""))
                            .append(row.get(i));
                }
                String wrapped = org.palpate.shell.Text.wrap(line.toString(), WIDTH - indent.length() - 2);
                out.append(indent).append("- ").append(wrapped.replace("\n", "\n" + indent + "  ")).append('\n');
            }
            out.append('\n');
        }

        @Override
        public void visit(ThematicBreak rule) {
            out.append(indent).append("-".repeat(40)).append("\n\n");
        }

        private void items(Node list, boolean numbered) {
            int number = 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String marker = numbered ? (number++) + ". " : "- ";
                String saved = indent;
                StringBuilder itemText = new StringBuilder();
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Paragraph) {
                        itemText.append(inline(child)).append(' ');
                    }
                }
                String wrapped = org.palpate.shell.Text.wrap(itemText.toString().strip(), WIDTH - indent.length() - marker.length());
                out.append(indent).append(marker).append(wrapped.replace("\n", "\n" + indent + " ".repeat(marker.length()))).append('\n');
                indent = saved + "   ";
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (!(child instanceof Paragraph)) {
                        child.accept(this);
                    }
                }
                indent = saved;
            }
            out.append('\n');
        }

        private void code(String literal) {
            literal.stripTrailing().lines().forEach(line -> out.append(indent).append("    ").append(line).append('\n'));
            out.append('\n');
        }

        private void block(String text) {
            String wrapped = org.palpate.shell.Text.wrap(text, WIDTH - indent.length());
            out.append(indent).append(wrapped.replace("\n", "\n" + indent)).append("\n\n");
        }

        /** The text of a block's inline content; emphasis marks are dropped, code keeps its backticks. */
        private static String inline(Node block) {
            StringBuilder text = new StringBuilder();
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(Text node) {
                    text.append(node.getLiteral());
                }

                @Override
                public void visit(Code node) {
                    text.append('`').append(node.getLiteral()).append('`');
                }

                @Override
                public void visit(SoftLineBreak node) {
                    text.append(' ');
                }

                @Override
                public void visit(HardLineBreak node) {
                    text.append('\n');
                }
            });
            return text.toString();
        }
    }
}
