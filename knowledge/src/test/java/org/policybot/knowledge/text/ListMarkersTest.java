package org.policybot.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListMarkersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6.1 Moderators are volunteers.|Moderators are volunteers.",
        "6.1. Powers|Powers",
        "12. Fees are yearly.|Fees are yearly.",
        "(a) the Board; and|the Board; and",
        "b) tick the box.|tick the box.",
        "(iv) a fourth case|a fourth case",
        "A) Capital item|Capital item",
        "- A public notice is posted.|A public notice is posted.",
        "• Bullet text|Bullet text",
        "1. (a) nested|nested",
        "3.5 million people came.|3.5 million people came.",
        "30 days pass.|30 days pass.",
        "J. Smith agreed.|J. Smith agreed.",
        "e.g. this one|e.g. this one",
    })
    void stripsLeadingMarkersButNotWords(String text, String body) {
        // GIVEN a sentence  WHEN its leading markers are stripped  THEN its words remain
        assertThat(ListMarkers.strip(text)).isEqualTo(body);
    }

    @ParameterizedTest
    @CsvSource({"1.,true", "(a),true", "-,true", "6.1.,true", "Owner,false", "2023.,false"})
    void tellsAMarkerAlone(String token, boolean marker) {
        assertThat(ListMarkers.isMarker(token)).isEqualTo(marker);
    }
}
