package org.policybot.bot.discord.fake;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/** Sends the Discord hosts through the fake's proxy and everything else (loopback attachments, gateway) direct. */
final class DiscordOnlySelector extends ProxySelector {
    private final Proxy proxy;

    DiscordOnlySelector(SocketAddress address) {
        this.proxy = new Proxy(Proxy.Type.HTTP, address);
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        return host != null && TestCertificates.HOSTS.contains(host) ? List.of(proxy) : List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to learn: the proxy is local
    }
}
