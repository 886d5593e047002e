package org.policybot.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybot.knowledge.index.OriginRun;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.PassageOrigin;

/**
 * Which version each passage's text dates from, carried across a change: a passage of the new
 * version whose section and text a passage of the old version had keeps that passage's origin
 * (identical passages are matched in order); any other passage dates from the new version.
 */
final class Origins {
    private Origins() {
    }

    /**
     * The origins of {@code next}, as runs.
     *
     * @param previous        the passages the document had, in position order
     * @param previousOrigins their origins, by position
     * @param next            the passages it will have
     * @param fresh           the origin of text that is new
     */
    static List<OriginRun> carry(List<Passage> previous, List<PassageOrigin> previousOrigins, List<Passage> next,
                                 PassageOrigin fresh) {
        Map<String, ArrayDeque<PassageOrigin>> byText = new HashMap<>();
        for (int i = 0; i < previous.size() && i < previousOrigins.size(); i++) {
            byText.computeIfAbsent(key(previous.get(i)), k -> new ArrayDeque<>()).add(previousOrigins.get(i));
        }
        List<PassageOrigin> out = new ArrayList<>(next.size());
        for (Passage p : next) {
            ArrayDeque<PassageOrigin> same = byText.get(key(p));
            out.add(same == null || same.isEmpty() ? fresh : same.poll());
        }
        return runs(out);
    }

    /** {@code origins} fitted to {@code count} passages: cut short, or completed with {@code fresh}. */
    static List<OriginRun> fit(List<PassageOrigin> origins, int count, PassageOrigin fresh) {
        List<PassageOrigin> out = new ArrayList<>(origins.subList(0, Math.min(count, origins.size())));
        while (out.size() < count) {
            out.add(fresh);
        }
        return runs(out);
    }

    /** Consecutive equal origins as runs. */
    static List<OriginRun> runs(List<PassageOrigin> origins) {
        List<OriginRun> runs = new ArrayList<>();
        PassageOrigin current = null;
        int count = 0;
        for (PassageOrigin o : origins) {
            if (o.equals(current)) {
                count++;
                continue;
            }
            if (current != null) {
                runs.add(new OriginRun(current.version(), current.since().toString(), count));
            }
            current = o;
            count = 1;
        }
        if (current != null) {
            runs.add(new OriginRun(current.version(), current.since().toString(), count));
        }
        return runs;
    }

    private static String key(Passage p) {
        return p.sectionLabel() + '\n' + p.text();
    }
}
