package org.tracelab.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void splitsWordsWhitespaceAndPunctuationWithOffsets() {
        String text = "Hello,  world!\nBye";
        List<Token> tokens = Tokens.of(text);

        assertThat(tokens).extracting(t -> t.of(text)).containsExactly("Hello", ",", "  ", "world", "!", "\n", "Bye");
        assertThat(tokens)
                .extracting(Token::kind)
                .containsExactly(
                        Token.Kind.WORD,
                        Token.Kind.OTHER,
                        Token.Kind.SPACE,
                        Token.Kind.WORD,
                        Token.Kind.OTHER,
                        Token.Kind.SPACE,
                        Token.Kind.WORD);
        assertThat(tokens.get(3)).isEqualTo(new Token(Token.Kind.WORD, 8, 13));
    }

    @Test
    void eachPunctuationCharacterIsItsOwnToken() {
        assertThat(Tokens.of("...")).hasSize(3);
        assertThat(Tokens.of("don't")).extracting(t -> t.of("don't")).containsExactly("don", "'", "t");
    }

    @Test
    void keepsSurrogatePairsAndCombiningMarksWhole() {
        String text = "cafe\u0301 \uD83D\uDE00!";
        assertThat(Tokens.of(text)).extracting(t -> t.of(text)).containsExactly("cafe\u0301", " ", "\uD83D\uDE00", "!");
    }

    @Test
    void ideographsAreOneTokenEach() {
        String text = "我喜欢猫 ok";
        assertThat(Tokens.of(text)).extracting(t -> t.of(text)).containsExactly("我", "喜", "欢", "猫", " ", "ok");
    }

    @Test
    void nonBreakingSpaceIsWhitespace() {
        assertThat(Tokens.of("a\u00A0b"))
                .extracting(Token::kind)
                .containsExactly(Token.Kind.WORD, Token.Kind.SPACE, Token.Kind.WORD);
    }

    @Test
    void tokensCoverTheTextWithoutGaps() {
        String text = "  Leading space, tabs\tand «quotes» — 42 times…\r\n\n";
        List<Token> tokens = Tokens.of(text);
        StringBuilder joined = new StringBuilder();
        int at = 0;
        for (Token token : tokens) {
            assertThat(token.start()).isEqualTo(at);
            joined.append(token.of(text));
            at = token.end();
        }
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(Tokens.of("")).isEmpty();
    }
}
