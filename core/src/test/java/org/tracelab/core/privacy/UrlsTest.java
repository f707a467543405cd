package org.tracelab.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {

    private static final String PRIVATE = "http://user:secret@127.0.0.1:8080/v1?api_key=secret2&mode=x#frag";

    @Test
    void keepsSchemeHostPortAndPathOnly() {
        assertThat(Urls.withoutCredentials(PRIVATE)).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(Urls.withoutCredentials("https://api.example.org/v1")).isEqualTo("https://api.example.org/v1");
        assertThat(Urls.hasCredentials(PRIVATE)).isTrue();
        assertThat(Urls.hasCredentials("http://localhost:11434/v1")).isFalse();
    }

    @Test
    void masksUserInfoAndQueryValuesForDisplay() {
        assertThat(Urls.masked(PRIVATE)).isEqualTo("http://***@127.0.0.1:8080/v1?api_key=***&mode=***");
    }

    @Test
    void cutsTextThatIsNoValidUrlByPositionInstead() {
        String broken = "http://us er:sec ret@host name:80/v1?key=s3cr3t";
        assertThat(Urls.withoutCredentials(broken)).isEqualTo("http://host name:80/v1");
        assertThat(Urls.masked(broken))
                .isEqualTo("http://***@host name:80/v1?key=***")
                .doesNotContain("s3cr3t");
    }

    @Test
    void masksEveryUrlInsideAMessage() {
        assertThat(Urls.maskIn("cannot reach " + PRIVATE + ": refused; also tried http://a:b@c/v1."))
                .isEqualTo("cannot reach http://***@127.0.0.1:8080/v1?api_key=***&mode=***: refused; also tried"
                        + " http://***@c/v1.")
                .doesNotContain("secret");
    }

    @Test
    void namesALocalFileByItsFileName() {
        assertThat(LocalPaths.fileName("/home/ana/models/qwen.gguf")).isEqualTo("qwen.gguf");
        assertThat(LocalPaths.fileName("C:\\Users\\ana\\qwen.gguf")).isEqualTo("qwen.gguf");
        assertThat(LocalPaths.fileName("qwen.gguf")).isEqualTo("qwen.gguf");
        assertThat(LocalPaths.isAbsolute("/home/ana")).isTrue();
        assertThat(LocalPaths.isAbsolute("C:\\data")).isTrue();
        assertThat(LocalPaths.isAbsolute("data/prompts.jsonl")).isFalse();
    }
}
