package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spencerpark.jupyter.messages.publish.PublishStream.StreamType;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchedOutputTest {
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final BatchedOutput output = new BatchedOutput((stream, text) -> sent.add(stream + ":" + text));
    private final PrintStream out = new PrintStream(output.stream(StreamType.OUT), false, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(output.stream(StreamType.ERR), false, StandardCharsets.UTF_8);

    @Test
    void printsWaitUntilAFlushAndThenGoOutAsOneMessage() {
        for (int i = 0; i < 5; i++) {
            out.print(i + " ");
        }
        assertThat(sent).isEmpty();
        output.flush();
        assertThat(sent).containsExactly("OUT:0 1 2 3 4 ");
    }

    @Test
    void switchingStreamsSendsTheOtherStreamsTextFirst() {
        out.print("a");
        out.print("b");
        err.print("c");
        out.print("d");
        output.flush();
        assertThat(sent).containsExactly("OUT:ab", "ERR:c", "OUT:d");
    }

    @Test
    void pendingTextIsSentAfterTheIntervalWithoutAFlush() throws InterruptedException {
        out.print("later");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (sent.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sent).containsExactly("OUT:later");
    }

    @Test
    void aBigBatchIsSentWithoutWaiting() {
        String line = "x".repeat(1000) + "\n";
        for (int i = 0; i < 40; i++) {
            out.print(line);
        }
        assertThat(sent).isNotEmpty(); // the rest follows after the interval
        assertThat(sent.get(0)).hasSize("OUT:".length() + 33 * line.length());
    }

    @Test
    void aCharacterSplitAcrossWritesIsSentWhole() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8); // three bytes
        out.write(euro, 0, 2);
        output.flush();
        assertThat(sent).isEmpty();
        out.write(euro, 2, 1);
        output.flush();
        assertThat(sent).containsExactly("OUT:€");
    }

    @Test
    void theNextSinkGetsOnlyWhatWasPrintedAfterTheSwitch() {
        List<String> next = new ArrayList<>();
        out.print("first cell");
        output.switchTo((stream, text) -> next.add(text));
        out.print("second cell");
        output.flush();
        assertThat(sent).containsExactly("OUT:first cell");
        assertThat(next).containsExactly("second cell");
    }

    @Test
    void completeUtf8LengthStopsBeforeAnUnfinishedCharacter() {
        byte[] text = "aé€😀".getBytes(StandardCharsets.UTF_8); // 1 + 2 + 3 + 4 bytes
        assertThat(BatchedOutput.completeUtf8Length(text)).isEqualTo(10);
        for (int cut = 7; cut < 10; cut++) {
            assertThat(BatchedOutput.completeUtf8Length(Arrays.copyOf(text, cut))).isEqualTo(6);
        }
        assertThat(BatchedOutput.completeUtf8Length(Arrays.copyOf(text, 2))).isEqualTo(1);
    }
}
