package org.policybot.knowledge.model;

/**
 * One passage that differs between two versions of a document.
 *
 * @param kind   added (only in the newer version), removed (only in the older) or changed (its text differs)
 * @param before the older text, or null when added
 * @param after  the newer text, or null when removed
 */
public record PassageChange(Kind kind, String before, String after) {
    /** How the passage differs. */
    public enum Kind { ADDED, REMOVED, CHANGED }
}
