package org.policybot.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.ingest.Splitter;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

class SyntheticDocumentsTest {
    @Test
    void generatesAboutTheAskedPassagesAsVariedMarkdownDocuments() {
        // GIVEN a request for 250 passages  WHEN generated and split as the knowledge base would
        List<Source> docs = new SyntheticDocuments(1).generate(250);
        Ingestor ingestor = new Ingestor(20L * 1024 * 1024);
        Splitter splitter = new Splitter();
        int passages = 0;
        Set<String> texts = new HashSet<>();
        Set<String> sections = new HashSet<>();
        for (Source s : docs) {
            ParsedDocument parsed = ingestor.parse(s);
            for (Passage p : splitter.split(s.fileName().replace(".md", ""), parsed)) {
                passages++;
                texts.add(p.text());
                sections.add(p.sectionLabel());
            }
        }

        // THEN three documents hold about 250 distinct passages under many sections
        assertThat(docs).extracting(Source::fileName).containsExactly("synthetic-0001.md", "synthetic-0002.md",
                "synthetic-0003.md");
        assertThat(passages).isBetween(240, 260);
        assertThat(texts).hasSize(passages);
        assertThat(sections.size()).isGreaterThan(50);
    }

    @Test
    void theSameSeedMakesTheSameCorpus() {
        assertThat(new SyntheticDocuments(5).generate(30).get(0).content())
                .isEqualTo(new SyntheticDocuments(5).generate(30).get(0).content());
    }
}
