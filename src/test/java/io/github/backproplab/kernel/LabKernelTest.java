package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells evaluated by the kernel itself, without a Jupyter connection in between. */
class LabKernelTest extends KernelCells {
    @Test
    void theLastExpressionIsRenderedFromTheLiveObject() throws Exception {
        DisplayData data = kernel.eval("var img = new java.awt.image.BufferedImage(3, 2, 1);\nimg");
        // A PNG can only come from the object itself, not from a string JShell kept of it.
        assertThat(data.hasDataForType(MIMEType.IMAGE_PNG)).isTrue();
        assertThat(text(kernel.eval("img.getWidth() * 10"))).isEqualTo("30");
    }

    @Test
    void declarationsStatementsAndAssignmentsShowNothing() throws Exception {
        assertThat(kernel.eval("int quiet = 1;")).isNull();
        assertThat(kernel.eval("quiet = 2")).isNull();
        assertThat(kernel.eval("if (quiet > 0) { quiet++; }")).isNull();
        assertThat(text(kernel.eval("quiet"))).isEqualTo("3");
        assertThat(text(kernel.eval("(String) null"))).isEqualTo("null");
    }

    @Test
    void redeclaringAMethodOrAClassReplacesIt() throws Exception {
        kernel.eval("int version() { return 1; }\nclass Box { int size() { return 10; } }");
        kernel.eval("Box first = new Box();");
        kernel.eval("int version() { return 2; }\nclass Box { int size() { return 20; } }");
        assertThat(text(kernel.eval("version()"))).isEqualTo("2");
        assertThat(text(kernel.eval("new Box().size()"))).isEqualTo("20");
    }

    @Test
    void theToolkitAndTheNotebookFunctionsAreImportedAtStartUp() throws Exception {
        assertThat(text(kernel.eval("new SimpleMatrix(2, 3).getNumCols()"))).isEqualTo("3");
        assertThat(text(kernel.eval("Table.create(\"scores\").name()"))).isEqualTo("scores");
        assertThat(text(kernel.eval("render(\"shown\")"))).isEqualTo("shown");
        DisplayData jpeg = kernel.eval("render(new java.awt.image.BufferedImage(2, 2, 1), \"image/jpeg\")");
        assertThat(jpeg.hasDataForType(MIMEType.IMAGE_JPEG)).isTrue();
        assertThat(jpeg.hasDataForType(MIMEType.IMAGE_PNG)).isFalse();
    }

    @Test
    void aCompileErrorNamesTheMessageAndTheCellLine() {
        assertThatThrownBy(() -> kernel.eval("int ok = 1;\n\nint bad = \"text\";"))
                .isInstanceOfSatisfying(CompileError.class, e -> assertThat(e.lines()).containsExactly(
                        "error: incompatible types: java.lang.String cannot be converted to int",
                        "line 3: int bad = \"text\";",
                        "                  ^"));
    }

    @Test
    void anUndeclaredNameIsReportedWithoutJShellsWrapperClass() {
        assertThatThrownBy(() -> kernel.eval("int y = undeclared + 1;"))
                .isInstanceOfSatisfying(CompileError.class, e -> assertThat(String.join("\n", e.lines()))
                        .contains("cannot find symbol", "variable undeclared", "line 1")
                        .doesNotContain("$JShell"));
    }

    @Test
    void anExceptionShowsTypeMessageAndTheCellsFramesOnly() {
        String cell = "int ratio(int a, int b) {\n    return a / b;\n}\nint seven = 7;\nratio(seven, 0)";
        assertThatThrownBy(() -> kernel.eval(cell))
                .isInstanceOfSatisfying(CellException.class, e -> assertThat(e.lines()).containsExactly(
                        "java.lang.ArithmeticException: / by zero",
                        "    at ratio (line 2)",
                        "    at line 5"));
    }

    @Test
    void theCauseOfAnExceptionIsShownToo() {
        assertThatThrownBy(() -> kernel.eval(
                "throw new RuntimeException(\"outer\", new IllegalStateException(\"inner\"));"))
                .isInstanceOfSatisfying(CellException.class, e -> assertThat(e.lines())
                        .contains("java.lang.RuntimeException: outer",
                                "Caused by: java.lang.IllegalStateException: inner"));
    }

    @Test
    void usingAMethodThatNeedsAnUndeclaredNameSaysWhichName() throws Exception {
        assertThat(kernel.eval("double area(double r) { return PI_ISH * r * r; }")).isNull();
        assertThatThrownBy(() -> kernel.eval("area(2)"))
                .isInstanceOfSatisfying(CellException.class, e -> assertThat(e.lines())
                        .containsExactly("area cannot be used until variable PI_ISH is declared."));
        kernel.eval("double PI_ISH = 3;");
        assertThat(text(kernel.eval("area(2)"))).isEqualTo("12.0");
    }

    @Test
    void theKernelKeepsItsVariablesAfterErrors() throws Exception {
        kernel.eval("int survivor = 41;");
        assertThatThrownBy(() -> kernel.eval("survivor / 0")).isInstanceOf(CellException.class);
        assertThatThrownBy(() -> kernel.eval("survivor +")).isInstanceOf(CompileError.class);
        assertThat(text(kernel.eval("survivor + 1"))).isEqualTo("42");
    }

    @Test
    void anInterruptStopsASleepingCellAndKeepsEarlierVariables() throws Exception {
        kernel.eval("int before = 5;");
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(kernel::interrupt);
        long start = System.nanoTime();
        assertThatThrownBy(() -> kernel.eval("int during = 1;\nThread.sleep(30_000);\nint after = 2;"))
                .isInstanceOf(CellInterrupted.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(text(kernel.eval("before + during"))).isEqualTo("6");
        assertThatThrownBy(() -> kernel.eval("after")).isInstanceOf(CompileError.class); // never ran
    }

    @Test
    void aCellThatIgnoresTheInterruptIsStoppedAfterAGracePeriod() throws Exception {
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(kernel::interrupt);
        assertThatThrownBy(() -> kernel.eval("while (true) { }")).isInstanceOf(CellInterrupted.class);
        assertThat(text(kernel.eval("1 + 1"))).isEqualTo("2");
    }

    @Test
    void classpathMagicAddsAClassFolderForTheCodeBelowIt(@TempDir Path classes) throws Exception {
        Path source = classes.resolve("Hello.java");
        Files.writeString(source,
                "package greeting; public class Hello { public static String hi() { return \"hi\"; } }");
        assertThat(ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-d", classes.toString(), source.toString())).isZero();
        assertThat(text(kernel.eval("%classpath " + classes + "\ngreeting.Hello.hi()"))).isEqualTo("hi");
    }

    @Test
    void magicErrorsSayWhatWentWrong(@TempDir Path empty) {
        assertThatThrownBy(() -> kernel.eval("%frobnicate"))
                .isInstanceOf(MagicException.class)
                .hasMessageContaining("Unknown magic %frobnicate").hasMessageContaining("%maven");
        assertThatThrownBy(() -> kernel.eval("%jars " + empty + "/*.jar"))
                .isInstanceOf(MagicException.class).hasMessageContaining("nothing matches");
        assertThatThrownBy(() -> kernel.eval("%maven"))
                .isInstanceOf(MagicException.class).hasMessageContaining("needs coordinates");
    }

    @Test
    void formatErrorGivesTheReportLines() {
        CompileError error = new CompileError("x", List.of("line a", "line b"));
        assertThat(kernel.formatError(error)).containsExactly("line a", "line b");
    }
}
