package org.policybot.bot.cli;

import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.model.Passage;

/**
 * A document's structure as a moderator checks it: its section paths as an indented tree in reading order, with
 * the number of passages each section holds, so a heading taken for text (or text for a heading) or a section
 * under the wrong parent shows at a glance.
 */
final class SectionOutline {
    /** What a document's text before its first heading is listed as. */
    static final String NO_SECTION = "(before the first heading)";
    private static final String INDENT = "  ";

    private SectionOutline() {
    }

    /**
     * One line per section, indented by depth, "name  [n passages]" where passages sit; a section met again
     * after another one (text after a sub-section) is listed again where it is met.
     */
    static List<String> lines(List<Passage> passages) {
        List<String> out = new ArrayList<>();
        List<String> previous = null;
        int count = 0;
        for (Passage p : passages) {
            List<String> path = p.section();
            if (path.equals(previous)) {
                count++;
                continue;
            }
            if (previous != null) {
                close(out, previous, count);
            }
            int shared = previous == null ? 0 : common(previous, path);
            if (path.isEmpty()) {
                out.add(INDENT + NO_SECTION);
            }
            for (int depth = path.isEmpty() ? 0 : Math.min(shared, path.size() - 1); depth < path.size(); depth++) {
                out.add(INDENT.repeat(depth + 1) + path.get(depth));
            }
            previous = path;
            count = 1;
        }
        if (previous != null) {
            close(out, previous, count);
        }
        return out;
    }

    private static void close(List<String> out, List<String> path, int count) {
        int last = out.size() - 1;
        out.set(last, out.get(last) + "  [" + count + (count == 1 ? " passage]" : " passages]"));
    }

    private static int common(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }
}
