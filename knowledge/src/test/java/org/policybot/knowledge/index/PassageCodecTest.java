package org.policybot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Span;

class PassageCodecTest {

    @Test
    void sentenceSpansKeepWhereTheirWordsStart() {
        // GIVEN one sentence without a marker and one opening with "6.1 "
        List<Span> spans = List.of(new Span(0, 12), new Span(13, 17, 40));

        // WHEN stored and read back  THEN both starts survive, and a plain span stays in the short form
        String stored = PassageCodec.encodeSpans(spans);
        assertThat(stored).isEqualTo("0-12,13-17-40");
        assertThat(PassageCodec.decodeSpans(stored)).isEqualTo(spans);
    }

    @Test
    void spansStoredBeforeMarkersWereKnownReadAsWithoutMarker() {
        // GIVEN spans written by an earlier version ("start-end")  WHEN read  THEN the body starts at the start
        assertThat(PassageCodec.decodeSpans("0-12,13-40")).containsExactly(new Span(0, 12), new Span(13, 13, 40));
    }
}
