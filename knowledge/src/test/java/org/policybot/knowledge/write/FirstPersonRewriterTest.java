package org.policybot.knowledge.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstPersonRewriterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we do not train on API customer data.|OpenAI does not train on API customer data.",
        "We are working on changes.|OpenAI is working on changes.",
        "We will continue to invest.|OpenAI will continue to invest.",
        "We have always been focused on safety.|OpenAI has always been focused on safety.",
        "We also want feedback.|OpenAI also wants feedback.",
        "We’re eager to hear more.|OpenAI is eager to hear more.",
        "It helped make our trip a success.|It helped make OpenAI’s trip a success.",
        "giving us an opportunity to say that we do not train|giving OpenAI an opportunity to say that it does not train",
        "an OpenAI team led by our CEO|an OpenAI team led by its CEO",
        "We sat down with dozens of senior policymakers.|OpenAI sat down with dozens of senior policymakers.",
        "We focus on safety and we teach others.|OpenAI focuses on safety and it teaches others.",
        "Users asked, and the answer was clear.|Users asked, and the answer was clear.",
        "We know that we need to spend time.|OpenAI knows that it needs to spend time.",
        "We proceeded and we succeed.|OpenAI proceeded and it succeeds.",
        "We think you should tell us.|OpenAI thinks you should tell OpenAI.",
        "We and our partners use cookies.|OpenAI and its partners use cookies.",
        "We sometimes share data.|OpenAI sometimes shares data.",
        "We may transfer your data to the US.|OpenAI may transfer your data to the US.",
        "Use the form at https://acme.org/contact-us or write to us@acme.org.|Use the form at"
            + " https://acme.org/contact-us or write to us@acme.org.",
        "Write to us.|Write to OpenAI."})
    void firstPersonPluralBecomesTheAuthorWithAgreement(String sentence, String expected) {
        assertThat(FirstPersonRewriter.rewrite(sentence, "OpenAI")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"we do not train.|we do not train.", "Our values.|Our values."})
    void withoutAnAuthorNothingChanges(String sentence, String expected) {
        assertThat(FirstPersonRewriter.rewrite(sentence, "")).isEqualTo(expected);
    }
}
