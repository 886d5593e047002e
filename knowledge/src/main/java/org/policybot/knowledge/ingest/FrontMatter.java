package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The YAML-like header of a Markdown file: {@code key: value} lines between {@code ---} fences, values
 * optionally quoted, lists as {@code [a, b]} or as {@code - item} lines. Not a YAML parser; enough for
 * title, url, published/date, author and tags.
 */
record FrontMatter(Map<String, String> values, List<String> tags, String body) {
    static FrontMatter of(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> tags = new ArrayList<>();
        if (!text.startsWith("---\n")) {
            return new FrontMatter(values, tags, text);
        }
        List<String> lines = text.lines().toList();
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return new FrontMatter(values, tags, text);
        }
        String listKey = null;
        for (String line : lines.subList(1, end)) {
            String l = line.strip();
            if (l.startsWith("- ") && listKey != null) {
                if (listKey.equals("tags")) {
                    tags.add(unquote(l.substring(2)));
                }
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = l.substring(colon + 1).strip();
            listKey = value.isEmpty() ? key : null;
            if (key.equals("tags") || key.equals("keywords") || key.equals("categories")) {
                if (value.startsWith("[") && value.endsWith("]")) {
                    for (String t : value.substring(1, value.length() - 1).split(",")) {
                        if (!t.isBlank()) {
                            tags.add(unquote(t));
                        }
                    }
                } else if (!value.isEmpty()) {
                    for (String t : value.split(",")) {
                        tags.add(unquote(t));
                    }
                }
                listKey = value.isEmpty() ? "tags" : null;
            } else {
                values.put(key, unquote(value));
            }
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        return new FrontMatter(values, tags, body);
    }

    String get(String... keys) {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip();
    }
}
