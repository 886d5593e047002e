/**
 * Plain records shared by the engine and its callers: questions (with the scope of documents that
 * answers them), answers and citations, documents, passages and sources.
 */
package org.policybot.knowledge.model;
