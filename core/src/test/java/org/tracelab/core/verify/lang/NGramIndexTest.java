package org.tracelab.core.verify.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NGramIndexTest {

    @Test
    void keysDistinguishLengthAndEveryChar() {
        assertThat(NGramIndex.key("a")).isNotEqualTo(NGramIndex.key("\u0000a"));
        assertThat(NGramIndex.key("ab")).isNotEqualTo(NGramIndex.key("\u0000ab"));
        assertThat(NGramIndex.key(" ab")).isEqualTo(NGramIndex.key(' ', 'a', 'b'));
        assertThat(NGramIndex.key("\uffff\uffff\uffff")).isNotEqualTo(NGramIndex.key("\uffff\uffff"));
        assertThatThrownBy(() -> NGramIndex.key("abcd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NGramIndex.key("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void internsIdsInFirstSeenOrderAcrossGrowth() {
        NGramIndex.Builder builder = new NGramIndex.Builder();
        for (int c = 0; c < 50_000; c++) {
            assertThat(builder.intern(NGramIndex.key((char) c, 'x'))).isEqualTo(c);
        }
        assertThat(builder.intern(NGramIndex.key((char) 7, 'x'))).isEqualTo(7);
        NGramIndex index = builder.build();
        assertThat(index.size()).isEqualTo(50_000);
        for (int c = 0; c < 50_000; c++) {
            assertThat(index.idOf(NGramIndex.key((char) c, 'x'))).isEqualTo(c);
        }
        assertThat(index.idOf(NGramIndex.key('x', 'y'))).isEqualTo(NGramIndex.ABSENT);
        assertThat(index.idOf(NGramIndex.key('x'))).isEqualTo(NGramIndex.ABSENT);
    }
}
