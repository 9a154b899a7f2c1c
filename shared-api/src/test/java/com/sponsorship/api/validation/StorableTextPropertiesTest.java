package com.sponsorship.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.Violations;
import com.sponsorship.api.common.Rules;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The storable-text rule over generated text: refused exactly when a character cannot be stored. */
class StorableTextPropertiesTest {

    record LongTextInput(@LongText String text) {
    }

    record LineInput(@SearchText String text) {
    }

    @Property(tries = 200)
    void textWithoutControlCharactersOrBrokenPairsIsAccepted(@ForAll("storable") String text) {
        assertThat(Violations.describe(new LongTextInput(text))).isEmpty();
    }

    @Property(tries = 200)
    void aNulOrAnotherControlCharacterAnywhereIsRefused(@ForAll("storable") String text,
                                                        @ForAll("controls") char control,
                                                        @ForAll("positions") double at) {
        int position = text.offsetByCodePoints(0, (int) (at * text.codePointCount(0, text.length())));
        String withControl = text.substring(0, position) + control + text.substring(position);
        assertThat(Violations.describe(new LongTextInput(withControl)))
                .containsExactly("text: " + Rules.TEXT_CONTROL_CHARACTERS);
    }

    @Property(tries = 200)
    void aLoneSurrogateIsRefused(@ForAll("storable") String text, @ForAll("surrogates") char half) {
        assertThat(Violations.describe(new LongTextInput(text + half + "x")))
                .containsExactly("text: " + Rules.TEXT_BROKEN_CHARACTERS);
    }

    @Property(tries = 100)
    void lineBreaksAndTabsAreRefusedOnlyInOneLineTexts(@ForAll("storable") String text,
                                                      @ForAll("lineBreaks") char lineBreak) {
        assertThat(Violations.describe(new LongTextInput(text + lineBreak))).isEmpty();
        assertThat(Violations.describe(new LineInput(lineBreak + firstCodePoints(text, 50))))
                .containsExactly("text: " + Rules.TEXT_LINE_BREAKS);
    }

    /** Up to 60 code points of letters, marks, RTL script, emoji (whole pairs) and symbols. */
    @Provide
    Arbitrary<String> storable() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(' ', '-', '\'', '"', '<', '&', '%', '_'),
                Arbitraries.strings().withCharRange('\u0590', '\u06FF'),
                Arbitraries.strings().withCharRange('\u0300', '\u036F'),
                Arbitraries.of("\uD83D\uDE00", "\uD83C\uDF89", "\uD834\uDD1E", "\u200F", "\uFEFF", "\u00A0", "\u2028"));
        return pieces.list().ofMaxSize(20).map(list -> firstCodePoints(String.join("", list), 60));
    }

    private static String firstCodePoints(String text, int count) {
        return text.substring(0, text.offsetByCodePoints(0, Math.min(count, text.codePointCount(0, text.length()))));
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'), Arbitraries.chars().range('\u000B', '\u000C'),
                Arbitraries.chars().range('\u000E', '\u001F'), Arbitraries.chars().range('\u007F', '\u009F'));
    }

    @Provide
    Arbitrary<Character> surrogates() {
        return Arbitraries.chars().range('\uD800', '\uDFFF');
    }

    @Provide
    Arbitrary<Character> lineBreaks() {
        return Arbitraries.of('\t', '\n', '\r');
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1);
    }
}
