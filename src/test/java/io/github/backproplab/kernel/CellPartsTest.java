package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellPartsTest {
    @Test
    void codeWithoutMagicsIsOnePart() {
        String cell = "int x = 1;\nx % 2";
        assertThat(CellParts.of(cell)).containsExactly(new CellParts.Code(cell, 0));
    }

    @Test
    void magicsSplitTheCellInOrderAndKeepOffsets() {
        String cell = "int a = 1;\n%classpath lib/*.jar other\nint b = 2;\n  %maven g:a:1";
        List<CellParts.Part> parts = CellParts.of(cell);
        assertThat(parts).containsExactly(
                new CellParts.Code("int a = 1;\n", 0),
                new CellParts.Magic("classpath", List.of("lib/*.jar", "other"), 2),
                new CellParts.Code("int b = 2;\n", cell.indexOf("int b")),
                new CellParts.Magic("maven", List.of("g:a:1"), 4));
    }

    @Test
    void percentNotFollowedByALetterIsJava() {
        assertThat(CellParts.isMagic("% 2")).isFalse();
        assertThat(CellParts.isMagic("%2")).isFalse();
        assertThat(CellParts.isMagic("%jars x")).isTrue();
    }

    @Test
    void quotesKeepBlanksInsideOneArgument() {
        assertThat(Words.split("  'a b'  c \"d e\"f ")).containsExactly("a b", "c", "d ef");
        assertThat(Words.split("")).isEmpty();
    }
}
