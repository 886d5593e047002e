package org.policybot.bot.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import org.policybot.knowledge.model.Source;

/**
 * Generated policy documents for load and scale runs: Markdown with a title, sections, sub-sections
 * and paragraphs of varied sentences drawn from a policy vocabulary, so that passages differ in words
 * and length like real ones. Each paragraph holds 4 to 6 sentences (about 50 to 110 words), which the
 * splitter keeps as one passage; a fixed seed makes the same corpus every time.
 */
public final class SyntheticDocuments {
    /** Paragraphs (so roughly passages) per generated document. */
    static final int PARAGRAPHS_PER_DOCUMENT = 100;

    private static final String[] SUBJECTS = {"Moderators", "Members", "The support team", "Administrators",
        "New members", "Volunteers", "The safety team", "Partners", "Contractors", "Employees", "Reviewers",
        "The community manager", "Guests", "Event hosts", "Developers", "The billing team", "Account owners",
        "Trusted members", "The legal team", "Staff"};
    private static final String[] MODALS = {"must", "should", "may", "will", "can", "are expected to"};
    private static final String[] VERBS = {"review", "report", "approve", "archive", "delete", "publish",
        "escalate", "document", "verify", "share", "restrict", "update", "retain", "audit", "encrypt", "moderate",
        "flag", "remove", "translate", "summarise", "request", "renew", "suspend", "restore", "export", "label",
        "schedule", "announce", "confirm", "record", "monitor", "limit", "forward", "answer", "reject", "assign",
        "backup", "notify", "investigate", "close"};
    private static final String[] ADJECTIVES = {"personal", "sensitive", "public", "private", "archived", "shared",
        "urgent", "routine", "financial", "technical", "anonymous", "verified", "temporary", "permanent", "internal",
        "external", "regional", "annual", "monthly", "weekly", "automated", "manual", "confidential", "disputed",
        "pending", "approved", "expired", "duplicate", "encrypted", "open"};
    private static final String[] NOUNS = {"account", "message", "report", "invoice", "refund", "appeal",
        "ban", "warning", "channel", "thread", "attachment", "password", "backup", "log", "record", "request",
        "complaint", "donation", "event", "ticket", "subscription", "license", "contract", "payment", "badge",
        "role", "permission", "invitation", "poll", "announcement", "screenshot", "recording", "transcript",
        "profile", "nickname", "avatar", "emoji", "bot", "webhook", "integration", "server", "forum", "wiki",
        "newsletter", "survey", "feedback", "translation", "policy", "guideline", "exception", "holiday",
        "schedule", "shift", "training", "certificate", "device", "laptop", "badge photo", "parking permit",
        "expense claim", "travel booking", "meeting note", "security incident", "data request", "privacy notice",
        "cookie banner", "mailing list", "vendor review", "code review", "release note", "support article",
        "storage quota", "upload limit", "rate limit", "access token", "audit trail", "retention period",
        "escalation path", "review board", "voting period"};
    private static final String[] GROUPS = {"every member", "new members", "moderators", "staff", "guests",
        "partners", "minors", "volunteers", "contractors", "administrators", "former members", "donors",
        "subscribers", "speakers", "event hosts", "developers", "translators", "reviewers", "visitors", "customers"};
    private static final String[] QUALIFIERS = {"within %d days", "before the end of each month",
        "after a second warning", "unless a moderator objects", "at least %d hours in advance",
        "during business hours", "once a year", "for %d months", "on request", "without delay",
        "before it is made public", "after %d failed attempts", "through the help desk", "in writing",
        "with the owner's consent", "when the review board agrees", "for no longer than %d weeks",
        "in the member's own language", "outside peak hours", "every %d days"};
    private static final String[] REASONS = {"to protect member privacy", "so that decisions can be traced",
        "because the law requires it", "to keep the server welcoming", "so that nobody is surprised",
        "to limit abuse", "to keep costs predictable", "so that appeals stay fair", "to reduce spam",
        "so that records stay accurate"};

    private final Random random;

    public SyntheticDocuments(long seed) {
        this.random = new Random(seed);
    }

    /** Markdown documents holding about {@code passages} paragraphs in all, named {@code synthetic-NNNN.md}. */
    public List<Source> generate(int passages) {
        List<Source> out = new ArrayList<>();
        stream(passages).forEachRemaining(out::add);
        return out;
    }

    /**
     * The same documents as {@link #generate}, each made when asked for: a build of 100,000 passages
     * never holds the whole corpus in memory.
     */
    public Iterator<Source> stream(int passages) {
        if (passages < 1) {
            throw new IllegalArgumentException("passages: must be >= 1, was " + passages);
        }
        return new Iterator<>() {
            private int left = passages;
            private int number;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public Source next() {
                if (left <= 0) {
                    throw new NoSuchElementException();
                }
                int n = Math.min(PARAGRAPHS_PER_DOCUMENT, left);
                left -= n;
                number++;
                return Source.of(String.format(Locale.ROOT, "synthetic-%04d.md", number),
                        document(number, n).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** How many documents {@link #stream} makes for {@code passages}. */
    public static int documents(int passages) {
        return (passages + PARAGRAPHS_PER_DOCUMENT - 1) / PARAGRAPHS_PER_DOCUMENT;
    }

    private String document(int number, int paragraphs) {
        StringBuilder md = new StringBuilder();
        String topic = pick(NOUNS);
        md.append("---\ntitle: ").append(capital(pick(ADJECTIVES))).append(' ').append(topic)
                .append(" policy ").append(number).append("\nurl: https://example.org/policies/synthetic-")
                .append(number).append("\nauthor: Example Community\n---\n\n");
        md.append("# ").append(capital(pick(ADJECTIVES))).append(' ').append(topic).append(" policy ").append(number)
                .append("\n\n");
        int written = 0;
        while (written < paragraphs) {
            md.append("## ").append(capital(pick(VERBS))).append("ing ").append(pick(ADJECTIVES)).append(' ')
                    .append(plural(pick(NOUNS))).append("\n\n");
            int subsections = 1 + random.nextInt(3);
            for (int s = 0; s < subsections && written < paragraphs; s++) {
                md.append("### ").append(capital(pick(NOUNS))).append(" for ").append(pick(GROUPS)).append("\n\n");
                int count = 1 + random.nextInt(3);
                for (int p = 0; p < count && written < paragraphs; p++, written++) {
                    md.append(paragraph()).append("\n\n");
                }
            }
        }
        return md.toString();
    }

    private String paragraph() {
        int sentences = 4 + random.nextInt(3);
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence());
        }
        return p.toString();
    }

    private String sentence() {
        String object = pick(ADJECTIVES) + " " + plural(pick(NOUNS));
        return switch (random.nextInt(5)) {
            case 0 -> pick(SUBJECTS) + " " + pick(MODALS) + " " + pick(VERBS) + " " + object + " " + qualifier() + ".";
            case 1 -> "If " + a(pick(NOUNS)) + " is " + pick(ADJECTIVES) + ", " + pick(SUBJECTS).toLowerCase(Locale.ROOT)
                    + " " + pick(MODALS) + " " + pick(VERBS) + " it " + qualifier() + ".";
            case 2 -> capital(object) + " are kept for " + pick(GROUPS) + " " + qualifier() + " " + pick(REASONS) + ".";
            case 3 -> "Questions about " + object + " go to " + pick(SUBJECTS).toLowerCase(Locale.ROOT)
                    + ", who answer " + qualifier() + ".";
            default -> "We " + pick(VERBS) + " " + object + " of " + pick(GROUPS) + " " + pick(REASONS) + ".";
        };
    }

    private String qualifier() {
        String q = pick(QUALIFIERS);
        return q.contains("%d") ? String.format(Locale.ROOT, q, 2 + random.nextInt(89)) : q;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String a(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") ? noun + "es" : noun + "s";
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
