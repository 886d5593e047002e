package org.policybot.index.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;

/**
 * The configset the bot uploads on first use: a classic (not managed) schema, so the fields cannot
 * drift from what the code expects. Text is not analysed by Solr: the bot runs
 * {@link org.policybot.knowledge.text.Terms#indexAnalyzer()} and sends the tokens joined by spaces
 * into whitespace-tokenised fields, so a term and its frequency are exactly the embedded index's and no
 * filter chain has to be kept in step. Scoring does not use Solr's norms or statistics (see
 * {@link SolrSnapshot#lexical}), hence {@code omitNorms}.
 */
final class PassageConfigSet {
    /** Name of the uploaded configset; a new schema gets a new name. */
    static final String NAME = "policybot-passages-1";

    private static final String SCHEMA = """
            <?xml version="1.0" encoding="UTF-8"?>
            <schema name="policybot-passages" version="1.6">
              <uniqueKey>id</uniqueKey>
              <fieldType name="string" class="solr.StrField" sortMissingLast="true" docValues="true"/>
              <fieldType name="stored" class="solr.StrField" indexed="false" docValues="false" stored="true"/>
              <fieldType name="binary" class="solr.BinaryField" stored="true"/>
              <fieldType name="pint" class="solr.IntPointField" docValues="true"/>
              <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
              <fieldType name="tokens" class="solr.TextField" omitNorms="true" omitPositions="true"
                         uninvertible="false" positionIncrementGap="0">
                <analyzer><tokenizer name="whitespace"/></analyzer>
              </fieldType>
              <fieldType name="vector" class="solr.DenseVectorField" vectorDimension="%d"
                         similarityFunction="cosine"/>

              <field name="id" type="string" indexed="true" stored="true" required="true"/>
              <field name="_version_" type="plong" indexed="false" stored="false"/>
              <field name="kind" type="string" indexed="true" stored="true" required="true"/>
              <field name="scope" type="string" indexed="true" stored="true" required="true"/>

              <field name="dv" type="string" indexed="true" stored="true"/>
              <field name="stage" type="string" indexed="true" stored="true"/>
              <field name="ord" type="plong" indexed="true" stored="true"/>
              <field name="pid" type="string" indexed="true" stored="true"/>
              <field name="doc" type="string" indexed="true" stored="true"/>
              <field name="position" type="pint" indexed="true" stored="true"/>
              <field name="title" type="stored"/>
              <field name="section" type="stored"/>
              <field name="section_part" type="stored" multiValued="true"/>
              <field name="text" type="stored"/>
              <field name="url" type="stored"/>
              <field name="sentences" type="stored"/>
              <field name="svec" type="binary"/>
              <field name="vector" type="vector" indexed="true" stored="false"/>
              <field name="text_t" type="tokens" indexed="true" stored="false"/>
              <field name="section_t" type="tokens" indexed="true" stored="false"/>
              <field name="title_t" type="tokens" indexed="true" stored="false"/>
              <field name="words_t" type="tokens" indexed="true" stored="false"/>
              <field name="text_dl" type="pint" indexed="false" stored="false"/>
              <field name="section_dl" type="pint" indexed="false" stored="false"/>
              <field name="title_dl" type="pint" indexed="false" stored="false"/>
              <field name="text_n" type="pint" indexed="true" stored="false"/>
              <field name="section_n" type="pint" indexed="true" stored="false"/>
              <field name="title_n" type="pint" indexed="true" stored="false"/>

              <field name="seq" type="plong" indexed="false" stored="true"/>
              <field name="manifest" type="stored"/>
              <field name="record" type="stored"/>
              <field name="live" type="stored" multiValued="true"/>
              <field name="retired" type="stored" multiValued="true"/>
            </schema>
            """;

    /**
     * No soft auto-commit and hard auto-commits that open no searcher: a change becomes visible only
     * at the writer's explicit commit. The update log serves real-time get (the pointer is read with
     * it) and optimistic concurrency on {@code _version_}.
     */
    private static final String SOLRCONFIG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <config>
              <luceneMatchVersion>9.12</luceneMatchVersion>
              <dataDir>${solr.data.dir:}</dataDir>
              <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
              <schemaFactory class="ClassicIndexSchemaFactory"/>
              <codecFactory class="solr.SchemaCodecFactory"/>
              <updateHandler class="solr.DirectUpdateHandler2">
                <updateLog><str name="dir">${solr.ulog.dir:}</str></updateLog>
                <autoCommit><maxTime>60000</maxTime><openSearcher>false</openSearcher></autoCommit>
                <autoSoftCommit><maxTime>-1</maxTime></autoSoftCommit>
              </updateHandler>
              <query>
                <maxBooleanClauses>4096</maxBooleanClauses>
                <filterCache size="512" initialSize="64" autowarmCount="0"/>
              </query>
              <requestHandler name="/select" class="solr.SearchHandler">
                <lst name="defaults"><str name="echoParams">none</str></lst>
              </requestHandler>
              <requestHandler name="/get" class="solr.RealTimeGetHandler">
                <lst name="defaults"><str name="omitHeader">true</str></lst>
              </requestHandler>
            </config>
            """;

    private PassageConfigSet() {
    }

    /** The configset's files by name, for vectors of {@code dimensions}. */
    static Map<String, String> files(int dimensions) {
        return Map.of("schema.xml", SCHEMA.formatted(dimensions), "solrconfig.xml", SOLRCONFIG);
    }

    /**
     * Uploads the configset over HTTP (the Configsets API): an untrusted upload is enough since it
     * uses no library or script.
     */
    static void upload(SolrClient client, int dimensions) throws IOException, SolrServerException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files(dimensions).entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        Path zip = Files.createTempFile("policybot-configset", ".zip");
        try {
            Files.write(zip, bytes.toByteArray());
            new ConfigSetAdminRequest.Upload().setConfigSetName(NAME).setUploadFile(zip.toFile(), "application/zip")
                    .process(client);
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
