package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CodeAssistTest {
    private static JavaShell java;
    private static SourceCodeAnalysis analysis;

    @BeforeAll
    static void startShell() {
        java = JavaShell.start();
        java.shell().eval("String greeting = \"hello\";");
        analysis = java.shell().sourceCodeAnalysis();
    }

    @AfterAll
    static void closeShell() {
        java.close();
    }

    @Test
    void completesInTheSnippetThatHoldsTheCursor() {
        String cell = "int n = 1;\ngreeting.toUpp\nint m = 2;";
        int at = cell.indexOf("toUpp") + "toUpp".length();
        ReplacementOptions options = CodeAssist.complete(analysis, cell, at);
        assertThat(options.getReplacements()).contains("toUpperCase(");
        assertThat(cell.substring(options.getSourceStart(), options.getSourceEnd())).isEqualTo("toUpp");
    }

    @Test
    void completesAVariableDeclaredEarlierInTheSameCell() {
        String cell = "int count = 1;\nvoid helper() { }\nvar words = new ArrayList<String>();\nint next = cou";
        ReplacementOptions options = CodeAssist.complete(analysis, cell, cell.length());
        assertThat(options.getReplacements()).contains("count");
        assertThat(cell.substring(options.getSourceStart(), options.getSourceEnd())).isEqualTo("cou");

        String members = "var words = new ArrayList<String>();\nwords.si";
        options = CodeAssist.complete(analysis, members, members.length());
        assertThat(options.getReplacements()).contains("size()");
        assertThat(members.substring(options.getSourceStart(), options.getSourceEnd())).isEqualTo("si");
    }

    @Test
    void completesTheToolkitsImportedClasses() {
        String cell = "new SimpleMat";
        assertThat(CodeAssist.complete(analysis, cell, cell.length()).getReplacements()).contains("SimpleMatrix(");
    }

    @Test
    void noCompletionInsideAMagicLine() {
        String cell = "%classpath li";
        assertThat(CodeAssist.complete(analysis, cell, cell.length()).getReplacements()).isEmpty();
    }

    @Test
    void inspectionShowsTheSignatureOfAMethod() {
        String cell = "Math.max(1, 2)";
        DisplayData data = CodeAssist.inspect(analysis, cell, cell.indexOf("max") + 1, false);
        assertThat(String.valueOf(data.getData(MIMEType.TEXT_PLAIN)))
                .contains("int Math.max(int a, int b)", "long Math.max(long a, long b)");
    }

    @Test
    void inspectionOfAVariableShowsItsType() {
        String cell = "greeting";
        DisplayData data = CodeAssist.inspect(analysis, cell, 3, false);
        assertThat(String.valueOf(data.getData(MIMEType.TEXT_PLAIN))).contains("greeting", "String");
    }

    @Test
    void isCompleteTellsFinishedUnfinishedAndBrokenCodeApart() {
        assertThat(CodeAssist.isComplete(analysis, "int x = 1;\nx + 1")).isEqualTo(CodeAssist.COMPLETE);
        assertThat(CodeAssist.isComplete(analysis, "%jars a.jar\nint y = 2;")).isEqualTo(CodeAssist.COMPLETE);
        assertThat(CodeAssist.isComplete(analysis, "  for (int i = 0; i < 3; i++) {")).isEqualTo("      ");
        assertThat(CodeAssist.isComplete(analysis, "int x = ;")).isEqualTo(CodeAssist.INVALID);
    }
}
