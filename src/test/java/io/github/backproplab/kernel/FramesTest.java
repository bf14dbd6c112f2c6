package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramesTest {
    @Test
    void aRecursionIsShownOnceAndCounted() {
        List<String> calls = new ArrayList<>(Collections.nCopies(1021, "down (line 1)"));
        calls.add("line 2");
        assertThat(Frames.fold(calls)).containsExactly(
                "down (line 1)", "... 1,020 more calls of down", "line 2");
    }

    @Test
    void aCycleOfSeveralMethodsIsFoldedWhole() {
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.addAll(List.of("ping (line 1)", "pong (line 2)", "pang (line 3)"));
        }
        assertThat(Frames.fold(calls)).containsExactly(
                "ping (line 1)", "pong (line 2)", "pang (line 3)", "... 27 more calls of ping, pong and pang");
    }

    @Test
    void shortRepeatsStayAsTheyAre() {
        List<String> calls = List.of("a (line 1)", "a (line 1)", "b (line 2)", "line 3");
        assertThat(Frames.fold(calls)).isEqualTo(calls);
    }

    @Test
    void jshellWrapperNamesGiveWayToTheCellsOwn() {
        assertThat(Frames.withoutWrappers("Cannot invoke \"String.length()\" because \"REPL.$JShell$23.nothing\" is null"))
                .isEqualTo("Cannot invoke \"String.length()\" because \"nothing\" is null");
        assertThat(Frames.withoutWrappers("REPL.$JShell$24$MyError: custom")).isEqualTo("MyError: custom");
        assertThat(Frames.withoutWrappers("class REPL.$JShell$12B$Box cannot be cast to class java.lang.String"))
                .isEqualTo("class Box cannot be cast to class java.lang.String");
        assertThat(Frames.withoutWrappers("java.lang.IllegalStateException")).isEqualTo("java.lang.IllegalStateException");
    }
}
