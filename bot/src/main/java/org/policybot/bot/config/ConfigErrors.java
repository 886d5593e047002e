package org.policybot.bot.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;

/**
 * Turns Jackson's failures into one line naming the field. Jackson's own messages are not passed on:
 * they can quote the offending input, and a token pasted into the wrong place must not be echoed.
 */
final class ConfigErrors {
    private ConfigErrors() {
    }

    static String describe(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigException ce) {
                return ce.getMessage();
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(u.getPath());
            String hint = "token".equalsIgnoreCase(u.getPropertyName())
                    ? " (the bot token is read only from the DISCORD_TOKEN environment variable)" : "";
            return field + ": unknown field" + hint;
        }
        if (e instanceof InvalidFormatException f) {
            return path(f.getPath()) + ": expected " + kind(f.getTargetType());
        }
        if (e instanceof ValueInstantiationException) {
            return path(((JsonMappingException) e).getPath()) + ": invalid value";
        }
        if (e instanceof MismatchedInputException m) {
            String field = path(m.getPath());
            return (field.isEmpty() ? "config" : field) + ": expected " + kind(m.getTargetType());
        }
        JsonLocation at = e.getLocation();
        return at == null ? "not valid JSON"
                : "not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
