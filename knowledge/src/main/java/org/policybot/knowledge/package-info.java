/** The knowledge engine: ingest, index, retrieve, compose and cite. */
package org.policybot.knowledge;
