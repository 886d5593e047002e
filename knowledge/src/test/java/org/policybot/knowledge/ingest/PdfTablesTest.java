package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.ingest.Fixtures.Placed;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

class PdfTablesTest {
    private static final float[] COLUMNS = {60, 200, 340};
    private static final float BODY = 10;
    private static final float CELL = 9;

    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    private String text(byte[] pdf) {
        ParsedDocument doc = ingestor.parse(Source.of("refunds.pdf", pdf));
        return String.join("\n", new Splitter().split("refunds", doc).stream().map(Passage::text).toList());
    }

    /** The cells of one row, drawn cell by cell, each cell's lines {@code step} points apart, from {@code top}. */
    private static void row(List<Placed> out, float top, float step, List<List<String>> cells) {
        for (int c = 0; c < cells.size(); c++) {
            float y = top;
            for (String line : cells.get(c)) {
                out.add(new Placed(COLUMNS[c], y, CELL, line));
                y -= step;
            }
        }
    }

    /** A paragraph, then a refund table's header drawn as a browser draws it, its top at 750 points. */
    private static List<Placed> refundsOpening() {
        List<Placed> out = new ArrayList<>();
        out.add(new Placed(60, 780, BODY, "Refunds are summed up below for each product we sell to members."));
        row(out, 750, 12, List.of(List.of("Product"), List.of("Full refund"), List.of("No refund")));
        return out;
    }

    /** A retention table's header and first rows, a line each, drawn cell by cell with their tops at {@code tops}. */
    private static List<Placed> retention(float... tops) {
        List<List<List<String>>> rows = List.of(List.of(List.of("Data"), List.of("Kept for"), List.of("Then")),
                List.of(List.of("Server logs"), List.of("30 days"), List.of("Deleted")),
                List.of(List.of("Invoices"), List.of("7 years"), List.of("Archived")),
                List.of(List.of("Chat logs"), List.of("90 days"), List.of("Deleted")));
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < tops.length; i++) {
            row(out, tops[i], 12, rows.get(i));
        }
        return out;
    }

    @Test
    void aTableDrawnCellByCellWithWrappedCellsReadsAsRowsNamedByTheHeader() {
        // GIVEN a paragraph, a table whose cells wrap (lines 12 points apart, rows 18) drawn one cell after
        // another as a browser prints HTML, and a paragraph after it
        List<Placed> pieces = refundsOpening();
        row(pieces, 732, 12, List.of(List.of("Single course"), List.of("Within 14 days and", "under 25% done"),
                List.of("After 14 days")));
        row(pieces, 702, 12, List.of(List.of("Bootcamp (excluding", "deposit)"), List.of("At least 7 days",
                "before the start"), List.of("After the first", "week")));
        pieces.add(new Placed(60, 650, BODY, "Refunds are paid to the original payment method within ten days."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN each row reads as one line naming its columns, and the paragraphs around it stay text
        assertThat(text).contains("Product: Single course; Full refund: Within 14 days and under 25% done; "
                        + "No refund: After 14 days.",
                "Product: Bootcamp (excluding deposit); Full refund: At least 7 days before the start; "
                        + "No refund: After the first week.",
                "Refunds are summed up below for each product we sell to members.",
                "Refunds are paid to the original payment method within ten days.");
        assertThat(text).doesNotContain("Single course Within");
    }

    @Test
    void cellsCentredInTheirRowsAsABrowserSetsThemReadAsRows() {
        // GIVEN a table whose cells are centred in their rows (lines 12 points apart, rows 18), each cell drawn
        // after the one before it, so that a row's first cell drawn stands below its other cells' first lines
        List<Placed> pieces = refundsOpening();
        row(pieces, 732, 12, List.of(List.of(), List.of("Within 14 days and", "under 25% done"), List.of()));
        row(pieces, 726, 12, List.of(List.of("Single course"), List.of(), List.of("After 14 days")));
        pieces.add(new Placed(COLUMNS[0], 696, CELL, "Annual"));
        pieces.add(new Placed(COLUMNS[0], 684, CELL, "subscription"));
        pieces.add(new Placed(COLUMNS[1], 690, CELL, "Within 30 days"));
        row(pieces, 702, 12, List.of(List.of(), List.of(), List.of("Prorated until the", "end of the sixth", "month")));
        pieces.add(new Placed(60, 640, BODY, "Refunds are paid to the original payment method within ten days."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN each row reads as one line naming its columns, and the paragraphs around it stay text
        assertThat(text).contains("Product: Single course; Full refund: Within 14 days and under 25% done; "
                        + "No refund: After 14 days.",
                "Product: Annual subscription; Full refund: Within 30 days; "
                        + "No refund: Prorated until the end of the sixth month.",
                "Refunds are paid to the original payment method within ten days.");
    }

    @Test
    void aHeaderCentredOverItsColumnsNamesThem() {
        // GIVEN a table whose header cells are centred over their columns, as a browser sets <th>
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "Refunds are summed up below for each product we sell to members."));
        pieces.add(new Placed(COLUMNS[0] + 25, 750, CELL, "Product"));
        pieces.add(new Placed(COLUMNS[1] + 30, 750, CELL, "Full refund"));
        pieces.add(new Placed(COLUMNS[2] + 30, 750, CELL, "No refund"));
        row(pieces, 732, 12, List.of(List.of("Single course"), List.of("Within 14 days"), List.of("After 14 days")));
        row(pieces, 714, 12, List.of(List.of("Bootcamp"), List.of("At least 7 days before"), List.of("After a week")));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN the header names the columns of every row
        assertThat(text).contains("Product: Single course; Full refund: Within 14 days; No refund: After 14 days.",
                "Product: Bootcamp; Full refund: At least 7 days before; No refund: After a week.");
    }

    @Test
    void cellsThatNearlyTouchTheNextColumnArePartedWhereItsCellsStart() {
        // GIVEN a table printed with its columns only as wide as their widest cell, three points apart: the
        // header's "Category" nearly touches "Instruments" and "£3 per month" nearly touches "12 months", gaps no
        // wider than a word space, while other rows leave wide gaps at the same columns
        float gap = 3;
        float x1 = 60 + Placed.width("Category", CELL, false) + gap;
        float x2 = x1 + Placed.width("Instruments", CELL, false) + 30;
        float x3 = x2 + Placed.width("£3 per month", CELL, false) + gap;
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "Instruments are lent to members on the terms below, by category."));
        String[][] rows = {{"Category", "Instruments", "Monthly fee", "Loan period"},
                {"A", "Violin, viola", "£3 per month", "12 months"}, {"B", "Cello", "£6", "24 months"}};
        for (int r = 0; r < rows.length; r++) {
            cells(pieces, 750 - 18 * r, new float[] {60, x1, x2, x3}, rows[r]);
        }

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN each cell stands in its column, named by its header
        assertThat(text).contains("Category: A; Instruments: Violin, viola; Monthly fee: £3 per month; "
                        + "Loan period: 12 months.",
                "Category: B; Instruments: Cello; Monthly fee: £6; Loan period: 24 months.");
    }

    @Test
    void aBoldHeaderWhoseCellsNearlyTouchNamesTheColumnsBelowIt() {
        // GIVEN a table whose bold header cells are the widest of their columns, each three points from the next,
        // so the header line has no wide gap, above rows with wide ones
        float x1 = 60 + Placed.width("Membership band", CELL, true) + 3;
        float x2 = x1 + Placed.width("Who it applies to", CELL, true) + 3;
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "Fees are due each September and depend on your membership band."));
        pieces.add(new Placed(60, 750, CELL, true, "Membership band"));
        pieces.add(new Placed(x1, 750, CELL, true, "Who it applies to"));
        pieces.add(new Placed(x2, 750, CELL, true, "Annual fee"));
        cells(pieces, 732, new float[] {60, x1, x2}, "Junior", "Under 18", "£60");
        cells(pieces, 714, new float[] {60, x1, x2}, "Standard", "Adults", "£186");

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN the header names the columns of every row
        assertThat(text).contains("Membership band: Junior; Who it applies to: Under 18; Annual fee: £60.",
                "Membership band: Standard; Who it applies to: Adults; Annual fee: £186.");
    }

    @Test
    void aParagraphWhoseWordStartsAtAColumnIsNotTakenIntoTheTableAbove() {
        // GIVEN a two-column table, then a paragraph in the same type whose second line has a word that happens to
        // start where the table's second column does
        float x2 = 60 + Placed.width("Members who ", CELL, false);
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "Court hire is charged by the hour as below, at every site."));
        String[][] rows = {{"Court", "Price per hour"}, {"Indoor", "GBP 12"}, {"Outdoor", "GBP 6"}};
        for (int r = 0; r < rows.length; r++) {
            cells(pieces, 750 - 14 * r, new float[] {60, x2}, rows[r]);
        }
        pieces.add(new Placed(60, 708, CELL, "Prices include VAT and are reviewed by the committee every spring."));
        pieces.add(new Placed(60, 697, CELL, "Members who join after January pay half the annual fee for that year."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN the table keeps its rows and the paragraph stays whole
        assertThat(text).contains("Indoor: GBP 12.", "Outdoor: GBP 6.",
                "Members who join after January pay half the annual fee for that year.");
    }

    @Test
    void twoShortBlocksSideBySideAreNoTable() {
        // GIVEN two blocks of two lines set side by side (contacts printed from a page's floats), the left block drawn
        // first, so the second line of each stands level with the other's
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "Write to the officers below with any question about this policy."));
        pieces.add(new Placed(60, 750, BODY, "Club secretary"));
        pieces.add(new Placed(60, 738, BODY, "Jane Smith"));
        pieces.add(new Placed(300, 750, BODY, "Membership officer"));
        pieces.add(new Placed(300, 738, BODY, "Tom Brown"));
        pieces.add(new Placed(60, 700, BODY, "We answer every letter within ten working days of receiving it."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN no line of one block is paired with a line of the other
        assertThat(text).contains("Jane Smith", "Tom Brown").doesNotContain("Jane Smith: Tom Brown");
    }

    @Test
    void aBoldHeaderRightBelowAHeadingLeavesTheHeadingAndTheTablesAfterIt() {
        // GIVEN a bold heading, right below it a table whose bold header has no wide gap, and later another table
        float x1 = 60 + Placed.width("Membership band", CELL, true) + 3;
        float x2 = x1 + Placed.width("Who it applies to", CELL, true) + 3;
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, CELL, "These are the fees for the season, set by the committee each spring."));
        pieces.add(new Placed(60, 762, CELL, true, "Membership"));
        pieces.add(new Placed(60, 748, CELL, true, "Membership band"));
        pieces.add(new Placed(x1, 748, CELL, true, "Who it applies to"));
        pieces.add(new Placed(x2, 748, CELL, true, "Annual fee"));
        cells(pieces, 732, new float[] {60, x1, x2}, "Junior", "Under 18", "£60");
        cells(pieces, 716, new float[] {60, x1, x2}, "Standard", "Adults", "£186");
        pieces.add(new Placed(60, 690, CELL, "Fees are due each September, and pitch hire is charged as below."));
        pieces.add(new Placed(COLUMNS[0], 670, CELL, "Pitch"));
        pieces.add(new Placed(COLUMNS[1], 670, CELL, "Peak"));
        pieces.add(new Placed(COLUMNS[2], 670, CELL, "Off-peak"));
        row(pieces, 654, 12, List.of(List.of("Grass"), List.of("£40"), List.of("£30")));
        pieces.add(new Placed(60, 620, CELL, "Bookings are made online."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN both tables read as rows
        assertThat(text).contains("Membership band: Junior; Who it applies to: Under 18; Annual fee: £60.",
                "Pitch: Grass; Peak: £40; Off-peak: £30.");
    }

    @Test
    void aBoldHeaderCellThatWrapsToAShortLineOfItsOwnIsNoHeading() {
        // GIVEN a table whose bold header's last cell wraps, leaving "responsible" alone on a line, short and bold as a
        // heading is, above rows whose cells wrap too
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "We keep information only as long as we need it, as the table shows."));
        pieces.add(new Placed(COLUMNS[0], 750, CELL, true, "Information"));
        pieces.add(new Placed(COLUMNS[1], 750, CELL, true, "How long we keep it"));
        pieces.add(new Placed(COLUMNS[2], 750, CELL, true, "Who is"));
        pieces.add(new Placed(COLUMNS[2], 738, CELL, true, "responsible"));
        row(pieces, 720, 12, List.of(List.of("Logger recordings of all", "output"), List.of("42 days"),
                List.of("Head of", "Programmes")));
        row(pieces, 690, 12, List.of(List.of("CCTV footage"), List.of("31 days"), List.of("Station Manager")));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN the header, both its lines, names the columns of every row
        assertThat(text).contains("Information: Logger recordings of all output; How long we keep it: 42 days; "
                + "Who is responsible: Head of Programmes.", "Information: CCTV footage; How long we keep it: 31 days; "
                + "Who is responsible: Station Manager.");
    }

    /** A row of one-line cells, each at its column's {@code xs} point, its baseline at {@code y}. */
    private static void cells(List<Placed> out, float y, float[] xs, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            out.add(new Placed(xs[c], y, CELL, cells[c]));
        }
    }

    @Test
    void centredRowsWithABrowsersDefaultThreePointsOfPaddingStandApart() {
        // GIVEN centred cells whose rows stand 3 points further apart than a wrapped cell's lines
        List<Placed> pieces = new ArrayList<>();
        row(pieces, 750, 12, List.of(List.of("Product"), List.of("Full refund"), List.of("No refund")));
        row(pieces, 732, 12, List.of(List.of(), List.of("Within 14 days and", "under 25% done"), List.of()));
        row(pieces, 726, 12, List.of(List.of("Single course"), List.of(), List.of("After 14 days")));
        row(pieces, 705, 12, List.of(List.of(), List.of("At least 7 days", "before the start"), List.of()));
        row(pieces, 699, 12, List.of(List.of("Bootcamp"), List.of(), List.of("After a week")));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN the padding parts the rows
        assertThat(text).contains("Product: Single course; Full refund: Within 14 days and under 25% done; "
                + "No refund: After 14 days.", "Product: Bootcamp; Full refund: At least 7 days before the start; "
                + "No refund: After a week.");
    }

    @Test
    void aTableWhoseEveryCellStandsOnLinesOfItsOwnIsReadAsRows() {
        // GIVEN a table printed by a browser whose cells are each centred in their row and drawn one after another,
        // and whose middle cells wrap, so that no line drawn holds two cells: "Tier" stands level with "Fee and
        // payment terms", but between them come the two lines of the wrapped header cell
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "The team entry fee is charged for each half-season of thirteen weeks."));
        pieces.add(new Placed(COLUMNS[0], 750, CELL, "Tier"));
        pieces.add(new Placed(COLUMNS[1], 756, CELL, "Division and what"));
        pieces.add(new Placed(COLUMNS[1], 744, CELL, "the fee includes"));
        pieces.add(new Placed(COLUMNS[2], 750, CELL, "Fee and payment terms"));
        pieces.add(new Placed(COLUMNS[0], 712, CELL, "A"));
        row(pieces, 724, 12, List.of(List.of(), List.of("Monday Open Fives,", "13 league matches", "and a referee"),
                List.of("480 pounds, due 14", "days before the start")));
        pieces.set(pieces.size() - 2, new Placed(COLUMNS[2], 718, CELL, "480 pounds, due 14"));
        pieces.set(pieces.size() - 1, new Placed(COLUMNS[2], 706, CELL, "days before the start"));
        pieces.add(new Placed(COLUMNS[0], 670, CELL, "B"));
        row(pieces, 682, 12, List.of(List.of(), List.of("Thursday Walking", "Football, 13 sessions", "and tea after"),
                List.of("210 pounds, due 14", "days before the start")));
        pieces.set(pieces.size() - 2, new Placed(COLUMNS[2], 676, CELL, "210 pounds, due 14"));
        pieces.set(pieces.size() - 1, new Placed(COLUMNS[2], 664, CELL, "days before the start"));
        pieces.add(new Placed(60, 630, BODY, "Fees are not refunded once the fixture list has been published."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN each row reads as one line named by the header
        assertThat(text).contains("Tier: A; Division and what the fee includes: Monday Open Fives, 13 league matches "
                        + "and a referee; Fee and payment terms: 480 pounds, due 14 days before the start.",
                "Tier: B; Division and what the fee includes: Thursday Walking Football, 13 sessions and tea after; "
                        + "Fee and payment terms: 210 pounds, due 14 days before the start.",
                "Fees are not refunded once the fixture list has been published.");
    }

    @Test
    void aHeaderCellThatWrapsBesideCentredOnesOpensItsColumn() {
        // GIVEN a header whose last cell wraps onto two lines and is drawn after the two centred cells before it, so
        // its column is first seen on lines of its own, above and below the line that opens the table
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "Subscriptions are due each September from every playing member."));
        row(pieces, 744, 12, List.of(List.of("Band"), List.of("Who"), List.of("Annual fee", "(due by 30 Sept)")));
        pieces.set(pieces.size() - 2, new Placed(COLUMNS[2], 750, CELL, "Annual fee"));
        pieces.set(pieces.size() - 1, new Placed(COLUMNS[2], 738, CELL, "(due by 30 Sept)"));
        row(pieces, 720, 12, List.of(List.of("Standard"), List.of("Adults"), List.of("£186")));
        row(pieces, 702, 12, List.of(List.of("Junior"), List.of("Under 18"), List.of("£60")));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN the wrapped header names its column in every row
        assertThat(text).contains("Band: Standard; Who: Adults; Annual fee (due by 30 Sept): £186.",
                "Band: Junior; Who: Under 18; Annual fee (due by 30 Sept): £60.");
    }

    @Test
    void aTableThatRunsOnToTheNextPageGoesOnThereInItsColumns() {
        // GIVEN a table whose second row the page cuts after its first line, finished at the head of the next page,
        // where a third row drawn cell by cell follows, and a paragraph after it
        List<Placed> first = new ArrayList<>();
        first.add(new Placed(60, 780, BODY, "Refunds are summed up below for each product we sell to members."));
        row(first, 150, 12, List.of(List.of("Product"), List.of("Full refund"), List.of("No refund")));
        row(first, 132, 12, List.of(List.of("Single course"), List.of("Within 14 days"), List.of("After 14 days")));
        row(first, 114, 12, List.of(List.of("Bootcamp"), List.of("At least 7 days"), List.of("After the first")));
        List<Placed> next = new ArrayList<>();
        row(next, 800, 12, List.of(List.of(), List.of("before the start"), List.of("week")));
        row(next, 782, 12, List.of(List.of("Workshop"), List.of("Until 1 June"), List.of("After 1 June")));
        next.add(new Placed(60, 740, BODY, "Refunds are paid to the original payment method within ten days."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPages(List.of(first, next)));

        // THEN the cut row is whole, the next page's row is named by the header, and the paragraph stays text
        assertThat(text).contains("Product: Bootcamp; Full refund: At least 7 days before the start; "
                        + "No refund: After the first week.",
                "Product: Workshop; Full refund: Until 1 June; No refund: After 1 June.",
                "Refunds are paid to the original payment method within ten days.");
    }

    @Test
    void aRunningHeaderDrawnAfterATableAboveItIsNotInIt() {
        // GIVEN a table with a wrapped cell and a page header drawn after it in its first column, two and a half
        // ems above it, as a browser draws the page's margin boxes last
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "Refunds are summed up below for each product we sell to members."));
        row(pieces, 150, 12, List.of(List.of("Product"), List.of("Full refund"), List.of("No refund")));
        row(pieces, 132, 12, List.of(List.of("Single course"), List.of("Within 14 days and", "under 25% done"),
                List.of("After 14 days")));
        pieces.add(new Placed(COLUMNS[0], 172, CELL, "Riverside Orchestra"));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN the table is read without it
        assertThat(text).contains("Product: Single course; Full refund: Within 14 days and under 25% done; "
                + "No refund: After 14 days.", "Riverside Orchestra");
        assertThat(text).doesNotContain("Product: Riverside");
    }

    @Test
    void aTitleOpeningTheNextPageIsNoRowOfATableAtTheFootOfThePageBefore() {
        // GIVEN a table at the foot of its page, and a title in its first column opening the next page
        List<Placed> first = new ArrayList<>();
        first.add(new Placed(60, 780, BODY, "We keep each kind of data only as long as the table below says."));
        first.add(new Placed(60, 766, BODY, "Backups follow the same periods, a week behind."));
        first.addAll(retention(120, 108, 96));
        List<Placed> next = new ArrayList<>();
        next.add(new Placed(COLUMNS[0], 800, CELL, "Your rights"));
        next.add(new Placed(60, 780, BODY, "You may ask us for a copy of the data we hold about you at any time."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPages(List.of(first, next)));

        // THEN the title stays a line of its own
        assertThat(text).contains("Data: Invoices; Kept for: 7 years; Then: Archived.", "Your rights");
        assertThat(text).doesNotContain("Data: Your rights");
    }

    @Test
    void aTableThatEndsHighOnItsPageDoesNotGoOnOverTheNext() {
        // GIVEN a table that ends near the top of its page, and a next page that opens with two words in its columns
        List<Placed> first = refundsOpening();
        row(first, 732, 12, List.of(List.of("Single course"), List.of("Within 14 days"), List.of("After 14 days")));
        List<Placed> next = new ArrayList<>();
        next.add(new Placed(COLUMNS[0], 800, CELL, "Contact"));
        next.add(new Placed(COLUMNS[1], 800, CELL, "Us"));
        next.add(new Placed(60, 780, BODY, "Write to the data protection officer at the address on our website."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPages(List.of(first, next)));

        // THEN the next page's words are no row of the table
        assertThat(text).contains("Product: Single course; Full refund: Within 14 days; No refund: After 14 days.");
        assertThat(text).doesNotContain("Product: Contact");
    }

    @Test
    void aHeaderRepeatedAtTheHeadOfTheNextPageIsReadOnce() {
        // GIVEN a table that runs on to the next page, where its header is set again
        List<Placed> first = new ArrayList<>();
        first.add(new Placed(60, 780, BODY, "We keep each kind of data only as long as the table below says."));
        first.add(new Placed(60, 766, BODY, "Backups follow the same periods, a week behind."));
        first.addAll(retention(120, 108, 96));
        List<Placed> next = new ArrayList<>();
        row(next, 800, 12, List.of(List.of("Data"), List.of("Kept for"), List.of("Then")));
        row(next, 788, 12, List.of(List.of("Chat logs"), List.of("90 days"), List.of("Deleted")));

        // WHEN it is ingested
        String text = text(Fixtures.placedPages(List.of(first, next)));

        // THEN the rows on the next page are named by it, and it is no row of its own
        assertThat(text).contains("Data: Chat logs; Kept for: 90 days; Then: Deleted.");
        assertThat(text).doesNotContain("Data: Data");
    }

    @Test
    void aHeaderSetApartFromOneLineRowsLeavesEachRowApart() {
        // GIVEN a header 18 points above rows of one line each, 12 points apart
        List<Placed> pieces = retention(750, 732, 720, 708);

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN every row is its own
        assertThat(text).contains("Data: Server logs; Kept for: 30 days; Then: Deleted.",
                "Data: Invoices; Kept for: 7 years; Then: Archived.", "Data: Chat logs; Kept for: 90 days; Then: Deleted.");
    }

    @Test
    void aShortLineWellBelowATableAndClausesSetWithTabsAreNotTableRows() {
        // GIVEN a table, a short line of the cells' size twice its rows' spacing below it, and then clauses whose
        // numbers stand apart from their text as a tab sets them
        List<Placed> pieces = retention(750, 738, 726);
        pieces.add(new Placed(60, 700, CELL, "Cancellations"));
        pieces.add(new Placed(60, 660, CELL, "1.1"));
        pieces.add(new Placed(90, 660, CELL, "Members may cancel a booking at any time before arrival."));
        pieces.add(new Placed(60, 648, CELL, "1.2"));
        pieces.add(new Placed(90, 648, CELL, "Refunds are paid within ten days of a cancellation."));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN the table ends before the short line, and the clauses read as text
        assertThat(text).contains("Data: Invoices; Kept for: 7 years; Then: Archived.",
                "Members may cancel a booking at any time before arrival.");
        assertThat(text).doesNotContain("Archived Cancellations", "Then: Archived Cancellations", "1.1:");
    }

    @Test
    void withoutPaddingALineWithNothingInTheFirstColumnContinuesTheRowAbove() {
        // GIVEN a table whose lines are all 12 points apart (no padding between rows), one of its cells wrapped
        List<Placed> pieces = new ArrayList<>();
        pieces.add(new Placed(60, 780, BODY, "Retention periods:"));
        row(pieces, 750, 12, List.of(List.of("Data"), List.of("Kept for"), List.of("Then")));
        row(pieces, 738, 12, List.of(List.of("Server logs"), List.of("30 days"), List.of("Deleted")));
        row(pieces, 726, 12, List.of(List.of("Invoices"), List.of("7 years"), List.of("Archived offline", "by staff")));
        row(pieces, 702, 12, List.of(List.of("Chat logs"), List.of("90 days"), List.of("Deleted")));

        // WHEN it is ingested
        String text = text(Fixtures.placedPdf(pieces));

        // THEN the wrapped cell stays in its row
        assertThat(text).contains("Data: Invoices; Kept for: 7 years; Then: Archived offline by staff.",
                "Data: Server logs; Kept for: 30 days; Then: Deleted.",
                "Data: Chat logs; Kept for: 90 days; Then: Deleted.");
    }
}
