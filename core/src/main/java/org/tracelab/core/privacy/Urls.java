package org.tracelab.core.privacy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs with the private parts a user may paste into them: user info ({@code user:password@}), query parameters
 * ({@code ?api_key=…}) and a fragment. What is kept of an endpoint is {@code scheme://host:port/path}
 * ({@link #withoutCredentials}); what is shown, in a log line or a message, has the private parts masked
 * ({@link #masked}). Text that fails to parse as a URL is cut the same way by position, never passed through.
 */
public final class Urls {

    /** What masked parts read as. */
    public static final String MASK = "***";

    /**
     * A URL inside free text: a scheme, {@code ://}, then anything up to white space or a quote, less trailing
     * punctuation (the end of the sentence it sits in).
     */
    private static final Pattern URL_IN_TEXT =
            Pattern.compile("\\b[A-Za-z][A-Za-z0-9+.\\-]*://[^\\s\"'<>]*[^\\s\"'<>.,;:!?)\\]]");

    private Urls() {}

    /** {@code scheme://host[:port]/path}: no user info, query or fragment. */
    public static String withoutCredentials(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return cutByPosition(url, false);
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getHost() + port + path;
    }

    public static String withoutCredentials(URI url) {
        return withoutCredentials(url.toString());
    }

    /**
     * The URL as it may be shown: user info replaced by {@value #MASK}, every query parameter's value too (names
     * stay, so a person sees which parameter was sent), the fragment dropped.
     */
    public static String masked(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return cutByPosition(url, true);
        }
        StringBuilder shown = new StringBuilder(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
            shown.append(MASK).append('@');
        }
        shown.append(uri.getHost());
        if (uri.getPort() >= 0) {
            shown.append(':').append(uri.getPort());
        }
        shown.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            shown.append('?').append(maskedQuery(uri.getRawQuery()));
        }
        return shown.toString();
    }

    public static String masked(URI url) {
        return masked(url.toString());
    }

    /** {@code text} with every URL in it masked ({@link #masked}): for messages that quote a URL. */
    public static String maskIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = URL_IN_TEXT.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(masked(matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Whether the URL carries anything {@link #withoutCredentials} drops. */
    public static boolean hasCredentials(String url) {
        return !withoutCredentials(url).equals(url);
    }

    private static String maskedQuery(String query) {
        StringBuilder masked = new StringBuilder();
        for (String parameter : query.split("&", -1)) {
            if (masked.length() > 0) {
                masked.append('&');
            }
            int equals = parameter.indexOf('=');
            masked.append(equals < 0 ? MASK : parameter.substring(0, equals + 1) + MASK);
        }
        return masked.toString();
    }

    /** For text that is not a parseable URL: drop everything before an '@' of the authority and after '?' or '#'. */
    private static String cutByPosition(String text, boolean mask) {
        String rest = text;
        int scheme = rest.indexOf("://");
        String prefix = "";
        if (scheme >= 0) {
            prefix = rest.substring(0, scheme + 3);
            rest = rest.substring(scheme + 3);
        }
        int end = firstOf(rest, '?', '#');
        String tail = end < 0 ? "" : rest.substring(end);
        rest = end < 0 ? rest : rest.substring(0, end);
        int slash = rest.indexOf('/');
        int at = rest.lastIndexOf('@', slash < 0 ? rest.length() - 1 : slash);
        if (at >= 0) {
            rest = (mask ? MASK + "@" : "") + rest.substring(at + 1);
        }
        if (mask && tail.startsWith("?")) {
            int fragment = tail.indexOf('#');
            rest += "?" + maskedQuery(fragment < 0 ? tail.substring(1) : tail.substring(1, fragment));
        }
        return prefix + rest;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static URI parse(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
