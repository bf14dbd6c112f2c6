package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellHistoryTest {

    private static List<Integer> numbers(List<CellHistory.Cell> cells) {
        return cells.stream().map(CellHistory.Cell::number).toList();
    }

    @Test
    void keepsTheLatestCellsOnly() {
        CellHistory history = new CellHistory();
        for (int i = 1; i <= CellHistory.KEPT + 5; i++) {
            history.add(i, "int x" + i + " = " + i + ";");
        }
        assertThat(history.tail(Integer.MAX_VALUE)).hasSize(CellHistory.KEPT);
        assertThat(numbers(history.tail(2))).containsExactly(CellHistory.KEPT + 4, CellHistory.KEPT + 5);
        assertThat(history.range(0, 1, 6)).isEmpty();
        assertThat(history.tail(-1)).isEmpty();
    }

    @Test
    void rangeIsHalfOpenAndOnlyForThisSession() {
        CellHistory history = new CellHistory();
        for (int i = 1; i <= 5; i++) {
            history.add(i, "cell " + i);
        }
        assertThat(numbers(history.range(0, 2, 4))).containsExactly(2, 3);
        assertThat(numbers(history.range(CellHistory.SESSION, 4, 0))).containsExactly(4, 5);
        assertThat(history.range(-1, 1, 6)).isEmpty();
        assertThat(history.range(2, 1, 6)).isEmpty();
    }

    @Test
    void searchTakesAGlobNotARegularExpression() {
        CellHistory history = new CellHistory();
        history.add(1, "net.forward(x)");
        history.add(2, "netXforward(x)");
        history.add(3, "trainer.fit(x, y)");
        history.add(4, "net.forward(x)");
        assertThat(numbers(history.search("net.forward(?)", 0, false))).containsExactly(1, 4);
        assertThat(numbers(history.search("net.forward(?)", 0, true))).containsExactly(4);
        assertThat(numbers(history.search("*fit*", 10, false))).containsExactly(3);
        assertThat(numbers(history.search("*", 2, false))).containsExactly(3, 4);
    }
}
