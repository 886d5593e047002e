package org.policybot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One REST call the bot made to the fake Discord.
 *
 * @param method  HTTP method
 * @param path    path without the {@code /api/v10} prefix, e.g. {@code /channels/1/messages}
 * @param body    the JSON body, or a missing node
 * @param headers request headers (lower-case names)
 * @param status  the status the fake answered with
 * @param files   files sent with it (a multipart request), by file name, in order
 */
public record RecordedRequest(String method, String path, JsonNode body, Map<String, List<String>> headers, int status,
                              Map<String, byte[]> files) {
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + " " + body;
    }
}
