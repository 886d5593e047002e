package org.policybot.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybot.knowledge.text.AnswerKind;

class QuestionTypeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Does OpenAI train on API customer data?|YES_NO", "and can ChatGPT users opt out?|YES_NO",
        "Is there demand for code?|YES_NO", "How many continents did the trip cover?|COUNT",
        "how long was the trip|DURATION", "within how many days must I appeal?|DURATION",
        "When did the trip take place?|WHEN", "What year was it?|OCCASION", "what year did version 3 come out?|OCCASION",
        "What happens when a member has a conflict of interest?|OTHER", "when may moderators ping everyone?|OTHER",
        "Who led the tour?|WHO", "Which team led it?|WHO", "and who decides?|WHO", "Where did they go?|WHERE",
        "Which countries were visited?|WHERE", "Why does OpenAI train on data?|WHY",
        "how do i report a moderator|HOW", "What risks did people raise?|OTHER", "Tell me about literacy|OTHER",
        "ok so how much does membership cost|PRICE", "how often does the council meet?|FREQUENCY",
        "How many times a year are elections held?|FREQUENCY",
        "how much advance notice do distributors get?|DURATION",
        "how much heads up do we get before a release?|DURATION", "How much time do I have to appeal?|DURATION",
        "when they evaluate other languages are they only using benchmarks?|OTHER",
        "When evaluating models, does the team use benchmarks?|OTHER", "When the board meets, who chairs?|WHO",
        "when did the tour happen?|WHEN", "When's the next election?|OCCASION",
        "whats the longest someone can be suspended for|DURATION",
        "My points were cancelled for misuse. How long do I have to appeal?|DURATION",
        "what's the cutoff date for the exception?|WHEN", "Version 2.0 applies. How long does it last?|DURATION",
        "whats the email to report a security bug|EMAIL", "which email address do I write to?|EMAIL",
        "what's the conduct team's email?|EMAIL", "what's the email policy?|OTHER", "can I email the team?|YES_NO",
        "whats the phone number for support|IDENTIFIER", "What is the company's VAT registration number?|IDENTIFIER",
        "what's the number to call after hours?|IDENTIFIER", "what's the number of members?|COUNT",
        "what's the section number for appeals?|OTHER", "what's the url of the translation server?|WEB",
        "whats the link to the appeal form|WEB", "what are the website rules?|OTHER",
        "which versions get security fixes?|VERSION", "what release is current?|VERSION",
        "what does make release-minor do?|OTHER", "what time does the pool close on sundays?|TIME_OF_DAY",
        "until what time can we play music?|TIME_OF_DAY", "what hours is the office open|TIME_OF_DAY",
        "what are the opening hours of the cafe?|TIME_OF_DAY", "what time zone are the meetings in?|WHEN",
        "how much do the officers get paid|PRICE", "what fee do I pay to join?|PRICE",
        "how much is a private lesson|PRICE", "how much are the lockers?|PRICE",
        "how much is it for a weekend ticket|PRICE", "how much is the minimum notice period?|AMOUNT",
        "how much is allowed in hand luggage?|AMOUNT", "what does the policy no longer cover?|OTHER",
        "whats the policy no. for the insurance|IDENTIFIER", "how many people paid?|COUNT",
        "what time of year is the AGM?|WHEN",
        "what date is this year's dinner?|OCCASION",
        "i heard it's reviewed every 3 years? when is the next one|OCCASION", "when is the AGM held?|WHEN",
        "what day of the week does the council meet|OCCASION", "When is the annual dinner this year?|OCCASION",
        "when do I get paid if I start next month?|WHEN", "when is the next of kin contacted?|WHEN",
        "what are the gym's opening hours?|TIME_OF_DAY", "what time off do I get for jury duty?|WHEN",
        "what time is the deadline for nominations?|WHEN", "what hours do volunteers work per week?|OTHER",
        "how much paid leave do I get?|AMOUNT", "how much of the deposit is refundable?|AMOUNT",
        "Hi all, can I appeal?|YES_NO", "hey guys, is it free?|YES_NO", "what’s the cutoff date?|WHEN",
        "what’s the longest ban?|DURATION", "what's the deadline for appeals?|DURATION", "how much's the fee?|PRICE",
        "what's the fee to join?|PRICE", "what the fee for a plot?|PRICE",
        "which directive limits how long a client may take?|OTHER", "who decides how much history is rewritten?|WHO",
        "whats the price of a locker|PRICE", "what's the helpline number?|IDENTIFIER",
        "whats the policy number for the insurance|IDENTIFIER",
        "what's the sort code?|IDENTIFIER", "what's the club's IBAN?|IDENTIFIER",
        "what are the bank account signing rules?|OTHER",
        "if i cancel can i get a refund|OTHER", "what's the fee waiver process?|OTHER", "what's the fee?|PRICE",
        "what is the cost of a locker?|PRICE", "can u recommend a good wetsuit for under £100|RECOMMEND",
        "which ticket insurance do u recommend and how much does it cost|RECOMMEND",
        "recommend a good two player board game|RECOMMEND", "any recommendations for a first climb?|RECOMMEND",
        "what tool do they recommend for managing versions?|OTHER", "does the policy recommend two reviewers?|YES_NO",
        "recommended delay for an upload fixing bugs?|OTHER",
        "how deep is the shallow end of the pool?|MEASURE", "how hot does the sauna get?|MEASURE",
        "What are the dimensions of the storage crates?|MEASURE", "whats the weight limit for hold luggage|MEASURE",
        "what temperature is the pool kept at?|MEASURE", "my kid is short, how deep is the shallow end?|MEASURE",
        "how far in advance do I have to book?|OTHER", "how big is the hall?|COUNT", "what size team can enter?|OTHER",
        "what's the distance learning policy?|OTHER",
        "what if the temperature drops below freezing, is the swim cancelled?|OTHER",
        "how heavy is the time commitment for trustees?|OTHER",
        "where is the deep end and how deep is it?|WHERE",
        "what time does the sauna open and how hot does it get?|TIME_OF_DAY"})
    void questionsAreClassifiedByWhatTheyAskFor(String question, QuestionType expected) {
        // WHEN a question is read for its type
        // THEN the kind of answer it invites is read from how it (or a coordinated part) opens
        assertThat(QuestionType.of(question)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"how deep is the shallow end?|length", "how hot does the sauna get?|temperature",
        "whats the weight limit for hold luggage|mass", "What are the dimensions of the crates?|length",
        "how long is the walk?|", "how far in advance do I book?|"})
    void aMeasureAskedIsReadWithItsDimension(String question, String dimension) {
        // WHEN a question is read for the physical measure it asks
        // THEN the adjective or noun of measure gives its dimension (lexicon/measure-adjectives.txt, measure-nouns.txt)
        assertThat(QuestionType.measure(question)).isEqualTo(dimension);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"COUNT|FIGURE", "AMOUNT|AMOUNT", "PRICE|AMOUNT", "DURATION|DURATION", "WHEN|TIME",
        "TIME_OF_DAY|TIME_OF_DAY", "OCCASION|CALENDAR_DATE", "WHO|AGENT",
        "FREQUENCY|FREQUENCY", "WHERE|PLACE", "EMAIL|EMAIL", "IDENTIFIER|IDENTIFIER", "WEB|WEB_ADDRESS",
        "VERSION|VERSION", "MEASURE|MEASURE", "YES_NO|ANY", "RECOMMEND|ANY", "OTHER|ANY"})
    void eachTypeExpectsAKind(QuestionType type, AnswerKind kind) {
        assertThat(type.expects()).isEqualTo(kind);
    }
}
