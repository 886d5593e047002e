/**
 * Plain-text rules shared by ingest and answering: sentence boundaries (and where a sentence's words start after a
 * list marker or clause number), terms and figures.
 */
package org.policybot.knowledge.text;
