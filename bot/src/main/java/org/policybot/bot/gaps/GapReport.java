package org.policybot.bot.gaps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.model.ClosestPassage;

/**
 * What moderators read: each server's unanswered questions grouped by meaning ({@link QuestionGroups}),
 * largest group first, each with how many questions and distinct askers it holds, two example questions
 * (the two most typical: nearest the group's mean), the closest passage and a hint: no document covers
 * this, or a document is close but does not say it. Servers are never mixed. The same records always
 * give the same report.
 */
public record GapReport(int days, List<ServerGaps> servers) {
    /**
     * The similarity from which a question's closest passage is "close": a near miss (the documents talk
     * about it but do not say it) rather than an unrelated question. Measured on the 213 labelled
     * out-of-scope questions of five evaluation corpora (142 near misses, 71 off-topic; eval --trace,
     * {@code tools/gap-hint.py}): 0.915 of them are told apart at 0.40, 0.84 to 0.98 per corpus when
     * the threshold is chosen on the other four.
     */
    public static final double CLOSE = 0.40;
    /** At most this many distinct questions of one server are grouped (the newest): grouping keeps n² similarities. */
    public static final int MAX_GROUPED = 2_000;
    /** Hint: no document's text comes near these questions. */
    public static final String NOT_COVERED = "not-covered";
    /** Hint: a document talks about this but does not say what was asked. */
    public static final String CLOSE_BUT_SILENT = "close";

    private static final ObjectMapper JSON = new ObjectMapper();

    public GapReport {
        servers = List.copyOf(servers);
    }

    /**
     * One server's gaps (or direct messages').
     *
     * @param server    the server id, or null for direct messages
     * @param questions how many questions were recorded
     * @param ungrouped how many distinct older questions were left out of the grouping ({@link #MAX_GROUPED})
     * @param groups    largest first
     */
    public record ServerGaps(String server, int questions, int ungrouped, List<Group> groups) {
        public ServerGaps {
            groups = List.copyOf(groups);
        }
    }

    /**
     * Questions that ask the same thing.
     *
     * @param questions how many were asked
     * @param askers    by how many distinct members
     * @param examples  one or two of them, the most typical first
     * @param closest   the passage that came closest most often, or null
     * @param hint      {@link #NOT_COVERED} or {@link #CLOSE_BUT_SILENT}
     * @param outcomes  how many were abstained, answered with low confidence, voted 👎 (by outcome)
     */
    public record Group(int questions, int askers, List<String> examples, ClosestPassage closest, String hint,
                       Map<String, Integer> outcomes) {
        public Group {
            examples = List.copyOf(examples);
            outcomes = java.util.Collections.unmodifiableMap(new TreeMap<>(outcomes));
        }
    }

    /**
     * Groups {@code questions} per server (in order of server id, direct messages last).
     *
     * @param days the window they were read for (shown in the report)
     */
    public static GapReport of(List<GapQuestion> questions, Embedder embedder, int days) {
        Map<String, List<GapQuestion>> byServer = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (GapQuestion q : questions) {
            byServer.computeIfAbsent(q.server(), k -> new ArrayList<>()).add(q);
        }
        List<ServerGaps> servers = new ArrayList<>();
        byServer.forEach((server, qs) -> servers.add(server(server, qs, embedder)));
        return new GapReport(days, servers);
    }

    /** The same text asked again, in another case or spacing, is the same question. */
    private static String key(String question) {
        return question.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static ServerGaps server(String server, List<GapQuestion> questions, Embedder embedder) {
        Map<String, List<GapQuestion>> byText = new HashMap<>();
        Map<String, String> newest = new HashMap<>();
        for (GapQuestion q : questions) {
            String k = key(q.question());
            byText.computeIfAbsent(k, x -> new ArrayList<>()).add(q);
            newest.merge(k, q.time(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<String> newestFirst = new ArrayList<>(byText.keySet());
        newestFirst.sort(Comparator.<String, String>comparing(newest::get).reversed()
                .thenComparing(Comparator.naturalOrder()));
        int ungrouped = Math.max(0, newestFirst.size() - MAX_GROUPED);
        List<String> keys = new ArrayList<>(newestFirst.subList(0, newestFirst.size() - ungrouped));
        keys.sort(Comparator.naturalOrder());
        List<String> texts = keys.stream().map(k -> byText.get(k).get(0).question().strip()).toList();
        int[] weights = keys.stream().mapToInt(k -> byText.get(k).size()).toArray();
        List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedAll(texts);
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : QuestionGroups.group(vectors, weights, QuestionGroups.SAME_MEANING)) {
            List<GapQuestion> records = new ArrayList<>();
            members.forEach(i -> records.addAll(byText.get(keys.get(i))));
            groups.add(group(members, texts, vectors, weights, records));
        }
        int counted = groups.stream().mapToInt(Group::questions).sum();
        return new ServerGaps(server, counted, ungrouped, groups);
    }

    private static Group group(List<Integer> members, List<String> texts, List<float[]> vectors, int[] weights,
                               List<GapQuestion> records) {
        float[] mean = new float[vectors.get(members.get(0)).length];
        for (int i : members) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += vectors.get(i)[d] * weights[i];
            }
        }
        List<Integer> typical = new ArrayList<>(members);
        typical.sort(Comparator.<Integer>comparingDouble(i -> -Embedder.cosine(vectors.get(i), mean))
                .thenComparing(texts::get));
        List<String> examples = typical.subList(0, Math.min(2, typical.size())).stream().map(texts::get).toList();
        Set<String> askers = new HashSet<>();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (GapQuestion q : records) {
            if (q.asker() != null) {
                askers.add(q.asker());
            }
            q.outcomes().forEach(o -> outcomes.merge(o, 1, Integer::sum));
        }
        ClosestPassage closest = closest(records);
        long near = records.stream().filter(q -> q.passage() != null && q.passage().similarity() >= CLOSE).count();
        String hint = closest != null && near * 2 >= records.size() ? CLOSE_BUT_SILENT : NOT_COVERED;
        return new Group(records.size(), askers.size(), examples, closest, hint, outcomes);
    }

    /** The passage that came closest most often (ties: the nearer one), with its highest similarity. */
    private static ClosestPassage closest(List<GapQuestion> records) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, ClosestPassage> best = new HashMap<>();
        for (GapQuestion q : records) {
            ClosestPassage p = q.passage();
            if (p == null || p.passageId() == null) {
                continue;
            }
            count.merge(p.passageId(), 1, Integer::sum);
            best.merge(p.passageId(), p, (a, b) -> a.similarity() >= b.similarity() ? a : b);
        }
        return best.values().stream().max(Comparator.<ClosestPassage>comparingInt(p -> count.get(p.passageId()))
                .thenComparingDouble(ClosestPassage::similarity)
                .thenComparing(ClosestPassage::passageId, Comparator.reverseOrder())).orElse(null);
    }

    /** How a server is named in the report. */
    public static String where(String server) {
        return server == null ? "direct messages" : "server " + server;
    }

    /** The report for a terminal (or, with {@code maxGroups}, the first groups of each server for a chat message). */
    public String text(int maxGroups) {
        StringBuilder b = new StringBuilder();
        b.append("Questions the bot did not answer, answered with low confidence, or that got a 👎, in the last ")
                .append(days).append(days == 1 ? " day" : " days").append(", grouped by meaning.\n");
        if (servers.isEmpty()) {
            b.append("\nNone recorded.\n");
        }
        for (ServerGaps s : servers) {
            b.append('\n').append(where(s.server())).append(": ").append(count(s.questions(), "question")).append(" in ")
                    .append(count(s.groups().size(), "group")).append('\n');
            int n = 0;
            for (Group g : s.groups()) {
                if (++n > maxGroups) {
                    b.append("… and ").append(count(s.groups().size() - maxGroups, "smaller group"))
                            .append(" (kb gaps on the command line lists them all)\n");
                    break;
                }
                b.append('\n').append(n).append(". ").append(count(g.questions(), "question")).append(" from ")
                        .append(count(g.askers(), "member")).append(" (").append(outcomes(g.outcomes())).append(")\n");
                for (String e : g.examples()) {
                    b.append("   “").append(e.replaceAll("\\s+", " ")).append("”\n");
                }
                if (g.closest() != null) {
                    b.append("   closest: ").append(g.closest().title());
                    if (!g.closest().section().isBlank()) {
                        b.append(" › ").append(g.closest().section());
                    }
                    b.append(String.format(Locale.ROOT, " (similarity %.2f)%n", g.closest().similarity()));
                }
                b.append("   → ").append(CLOSE_BUT_SILENT.equals(g.hint()) ? "a document is close but does not say it"
                        : "no document covers this").append('\n');
            }
            if (s.ungrouped() > 0) {
                b.append("(").append(count(s.ungrouped(), "older distinct question"))
                        .append(" not grouped: at most ").append(MAX_GROUPED).append(" are)\n");
            }
        }
        return b.toString();
    }

    private static String outcomes(Map<String, Integer> outcomes) {
        List<String> parts = new ArrayList<>();
        Integer a = outcomes.get(GapRecord.ABSTAINED);
        Integer l = outcomes.get(GapRecord.LOW_CONFIDENCE);
        Integer d = outcomes.get(GapRecord.VOTED_DOWN);
        if (a != null) {
            parts.add(a + " not answered");
        }
        if (l != null) {
            parts.add(l + " low confidence");
        }
        if (d != null) {
            parts.add(d + " voted 👎");
        }
        return String.join(", ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The report as one JSON object (see README "kb gaps --json"). */
    public ObjectNode json() {
        ObjectNode o = JSON.createObjectNode();
        o.put("days", days);
        ArrayNode list = o.putArray("servers");
        for (ServerGaps s : servers) {
            ObjectNode n = list.addObject();
            if (s.server() == null) {
                n.putNull("server");
            } else {
                n.put("server", s.server());
            }
            n.put("questions", s.questions());
            n.put("ungrouped", s.ungrouped());
            ArrayNode groups = n.putArray("groups");
            for (Group g : s.groups()) {
                ObjectNode x = groups.addObject();
                x.put("questions", g.questions());
                x.put("askers", g.askers());
                ArrayNode examples = x.putArray("examples");
                g.examples().forEach(examples::add);
                if (g.closest() == null) {
                    x.putNull("closest");
                } else {
                    ObjectNode c = x.putObject("closest");
                    c.put("passage_id", g.closest().passageId());
                    c.put("doc", g.closest().doc());
                    c.put("title", g.closest().title());
                    c.put("section", g.closest().section());
                    c.put("similarity", Math.round(g.closest().similarity() * 1000) / 1000.0);
                }
                x.put("hint", g.hint());
                ObjectNode outcomes = x.putObject("outcomes");
                g.outcomes().forEach(outcomes::put);
            }
        }
        return o;
    }

    /** True when no server has a recorded question. */
    public boolean isEmpty() {
        return servers.stream().allMatch(s -> s.groups().isEmpty());
    }

    /** This report limited to one server (null: direct messages). */
    public GapReport only(String server) {
        return new GapReport(days, servers.stream().filter(s -> Objects.equals(s.server(), server)).toList());
    }
}
