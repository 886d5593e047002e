package org.policybot.knowledge.write.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.text.Terms;

/**
 * A cited passage made ready for the {@link SupportCheck}: the stemmed terms and the embedding of
 * each of its sentences, and the numbers it states. A passage that speaks to the model
 * ({@link Injection}) is quarantined: it keeps its place but offers no sentence as evidence.
 */
public final class PassageEvidence {
    /** A sentence that ends in a question mark, perhaps inside closing brackets or quotes. */
    private static final Pattern ASKS = Pattern.compile("(?s).*\\?[)\"”’]*");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b([Ww]e|[Oo]urs?|us|[Oo]urselves)\\b");
    private final Passage passage;
    private final boolean quarantined;
    private final List<Set<String>> terms;
    private final List<float[]> vectors;
    private final Set<String> numbers;
    private final Set<String> allTerms;
    private final List<Boolean> firstPerson;

    private PassageEvidence(Passage passage, boolean quarantined, List<Set<String>> terms, List<float[]> vectors) {
        this.passage = passage;
        this.quarantined = quarantined;
        this.terms = terms;
        this.vectors = vectors;
        this.numbers = Numbers.in(passage.text());
        Set<String> union = new HashSet<>();
        terms.forEach(union::addAll);
        this.allTerms = Set.copyOf(union);
        List<Boolean> we = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            we.add(FIRST_PERSON.matcher(passage.sentence(i)).find());
        }
        this.firstPerson = List.copyOf(we);
    }

    /** Prepares several passages with one batch of embeddings. */
    public static List<PassageEvidence> of(List<Passage> passages, Embedder embedder) {
        List<String> texts = new ArrayList<>();
        List<Boolean> quarantine = new ArrayList<>();
        for (Passage p : passages) {
            boolean q = false;
            for (int i = 0; i < p.sentences().size(); i++) {
                q |= Injection.looksLikeInstruction(p.sentence(i));
            }
            quarantine.add(q);
            if (!q) {
                for (int i = 0; i < p.sentences().size(); i++) {
                    texts.add(p.sentence(i));
                }
            }
        }
        List<float[]> all = embedder.embedAll(texts);
        List<PassageEvidence> out = new ArrayList<>(passages.size());
        int next = 0;
        for (int k = 0; k < passages.size(); k++) {
            Passage p = passages.get(k);
            List<Set<String>> terms = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            if (!quarantine.get(k)) {
                for (int i = 0; i < p.sentences().size(); i++) {
                    // a question the text asks ("Can I bring my dog?" over an FAQ's answer) states nothing
                    terms.add(asks(p.sentence(i)) ? Set.of() : new HashSet<>(Terms.of(p.sentence(i))));
                    vectors.add(all.get(next++));
                }
            }
            out.add(new PassageEvidence(p, quarantine.get(k), List.copyOf(terms), List.copyOf(vectors)));
        }
        return out;
    }

    private static boolean asks(String sentence) {
        return ASKS.matcher(sentence.strip()).matches();
    }

    public static PassageEvidence of(Passage passage, Embedder embedder) {
        return of(List.of(passage), embedder).get(0);
    }

    public Passage passage() {
        return passage;
    }

    /** True when the passage holds text addressed to the model; it then supports nothing. */
    public boolean quarantined() {
        return quarantined;
    }

    /** Sentences usable as evidence (none when quarantined). */
    int size() {
        return terms.size();
    }

    Set<String> terms(int sentence) {
        return terms.get(sentence);
    }

    float[] vector(int sentence) {
        return vectors.get(sentence);
    }

    String sentence(int sentence) {
        return passage.sentence(sentence);
    }

    Set<String> numbers() {
        return numbers;
    }

    /** True when the sentence speaks as "we": the author's name may stand in for it in a claim. */
    boolean firstPerson(int sentence) {
        return firstPerson.get(sentence);
    }

    /** Every term of the passage's usable sentences. */
    Set<String> allTerms() {
        return allTerms;
    }
}
