package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChunkTest {
    private static JShell shell;
    private static SourceCodeAnalysis analysis;

    @BeforeAll
    static void startShell() {
        shell = JShell.builder().executionEngine("local").build();
        analysis = shell.sourceCodeAnalysis();
    }

    @AfterAll
    static void closeShell() {
        shell.close();
    }

    @Test
    void splitsIntoSnippetsWithTheirOffsetsInTheCell() {
        String code = "int x = 1;\n// why\nx + 1";
        List<Chunk> chunks = Chunk.split(analysis, code, 100);
        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0).start()).isEqualTo(100);
        assertThat(chunks.get(1).start()).isEqualTo(100 + code.indexOf("\n// why"));
        assertThat(chunks.get(1).codeStart()).isEqualTo(100 + code.indexOf("x + 1"));
        assertThat(chunks.get(1).source()).endsWith("x + 1");
        assertThat(chunks.get(1).completeness().isComplete()).isTrue();
    }

    @Test
    void unfinishedCodeIsKeptAsOneIncompleteChunk() {
        String code = "int x = 1;\nfor (int i = 0; i < 3; i++) {";
        List<Chunk> chunks = Chunk.split(analysis, code, 0);
        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(1).completeness()).isEqualTo(Completeness.DEFINITELY_INCOMPLETE);
        assertThat(chunks.get(1).end()).isEqualTo(code.length());
    }

    @Test
    void codeStartSkipsBlockCommentsToo() {
        Chunk chunk = new Chunk("\n /* a\n b */ int y;", 5, "", Completeness.COMPLETE);
        assertThat(chunk.codeStart()).isEqualTo(5 + chunk.text().indexOf("int"));
    }

    @Test
    void linesCountFromOne() {
        assertThat(Chunk.lineOf("a\nb\nc", 0)).isEqualTo(1);
        assertThat(Chunk.lineOf("a\nb\nc", 4)).isEqualTo(3);
    }
}
