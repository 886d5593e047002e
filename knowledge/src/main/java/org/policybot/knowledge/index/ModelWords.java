package org.policybot.knowledge.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The English words the embedding model's tokenizer holds whole (about 22,000 lower-case words of
 * its 30,522 WordPiece tokens): common words are single tokens, typos are not ("care", "rate" and
 * "stuff" are; "custmer", "recieve" and "commitee" are not). Spelling correction reads it so that a
 * real word the documents lack stays that word instead of becoming a document word one letter away
 * ("care" is not "core", "stuff" is not "staff"). Read from the tokenizer file the process already
 * ships, on first need.
 */
public final class ModelWords {
    /** Inflectional endings and what each leaves of the base: "fixes" fix, "parties" party, "stopped" stop. */
    private static final String[][] INFLECTIONS = {
        {"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"},
    };
    /** Shortest base an inflection is taken off to ("bus" is no plural of "bu"). */
    private static final int BASE_MIN = 3;

    private static volatile Set<String> words;

    private ModelWords() {
    }

    /** True when {@code word} (lower case) is a whole word of the model's vocabulary. */
    public static boolean contains(String word) {
        Set<String> w = words;
        if (w == null) {
            synchronized (ModelWords.class) {
                w = words;
                if (w == null) {
                    w = read();
                    words = w;
                }
            }
        }
        return w.contains(word);
    }

    /**
     * True when {@code word} is a whole word of the model's vocabulary or a regular inflection of one
     * ("fixes", "bounties", "nominated", "stopped"): the tokenizer holds many words only in their base form.
     */
    public static boolean isWord(String word) {
        if (contains(word)) {
            return true;
        }
        for (String[] ending : INFLECTIONS) {
            if (word.endsWith(ending[0])) {
                String base = word.substring(0, word.length() - ending[0].length()) + ending[1];
                if (base.length() >= BASE_MIN && (contains(base) || undoubled(base))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "stopp" of "stopped": a base with its last consonant doubled before the ending. */
    private static boolean undoubled(String base) {
        int n = base.length();
        return n > BASE_MIN && base.charAt(n - 1) == base.charAt(n - 2) && contains(base.substring(0, n - 1));
    }

    /** The keys of the tokenizer's {@code model.vocab} object that are words of letters, not word pieces. */
    private static Set<String> read() {
        Set<String> out = new HashSet<>();
        try (InputStream in = MiniLmEmbedder.openTokenizer();
             JsonParser p = new JsonFactory().createParser(in)) {
            int depth = 0;
            boolean inModel = false;
            while (p.nextToken() != null) {
                JsonToken t = p.currentToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    inModel = p.currentName().equals("model");
                } else if (t == JsonToken.FIELD_NAME && depth == 2 && inModel && p.currentName().equals("vocab")) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String token = p.currentName();
                        if (token.chars().allMatch(Character::isLowerCase)) {
                            out.add(token);
                        }
                        p.nextToken();
                    }
                    return Set.copyOf(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the embedding model's vocabulary", e);
        }
        throw new IllegalStateException("the embedding model's tokenizer has no model.vocab");
    }
}
