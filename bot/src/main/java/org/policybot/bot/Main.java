package org.policybot.bot;

/** Command-line entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("policybot");
    }
}
