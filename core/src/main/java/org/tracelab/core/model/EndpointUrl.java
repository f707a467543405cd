package org.tracelab.core.model;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.tracelab.core.privacy.Urls;

/**
 * An endpoint URL as the user gave it, taken apart so that its private parts are used but never shown: user info
 * becomes a Basic {@code Authorization} header, query parameters (e.g. {@code ?api_key=…}) go with every request,
 * and messages name the endpoint by {@link #safe()} only. {@link #toString()} is the safe form too.
 */
final class EndpointUrl {

    private final String safe;
    private final String rawQuery;
    private final String userInfo;
    private final List<String> secrets = new ArrayList<>();

    EndpointUrl(URI url) {
        this.safe = Urls.withoutCredentials(url);
        this.rawQuery = url.getRawQuery();
        this.userInfo = url.getUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            secrets.add(userInfo);
            int colon = userInfo.indexOf(':');
            if (colon >= 0 && colon < userInfo.length() - 1) {
                secrets.add(userInfo.substring(colon + 1));
            }
            secrets.add(url.getRawUserInfo());
        }
        if (rawQuery != null) {
            for (String parameter : rawQuery.split("&")) {
                int equals = parameter.indexOf('=');
                String value = equals < 0 ? parameter : parameter.substring(equals + 1);
                if (!value.isEmpty()) {
                    secrets.add(value);
                    secrets.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** {@code scheme://host:port/path}: what logs, messages and the store may show. */
    String safe() {
        return safe;
    }

    /** The URL of {@code path} below the endpoint, with the endpoint's query parameters. */
    URI resolve(String path) {
        return URI.create(safe + path + (rawQuery == null ? "" : "?" + rawQuery));
    }

    /** A Basic authorization header value from {@code user:password@}, when the URL has one. */
    Optional<String> basicAuthorization() {
        if (userInfo == null || userInfo.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code text} with every private part of the URL replaced, for messages that quote what a server said. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 3) {
                redacted = redacted.replace(secret, Urls.MASK);
            }
        }
        return Urls.maskIn(redacted);
    }

    boolean appearsIn(String text) {
        return text != null && secrets.stream().anyMatch(s -> s != null && s.length() >= 3 && text.contains(s));
    }

    @Override
    public String toString() {
        return safe;
    }
}
