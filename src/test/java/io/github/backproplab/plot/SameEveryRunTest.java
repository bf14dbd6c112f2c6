package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored picture changes only when what it shows changes: no clock times, no random ids. */
class SameEveryRunTest {
    @Test
    void everyFigureDrawsTheSameBytesTwice() {
        List<Figure<?>> first = EveryFigure.instances();
        List<Figure<?>> second = EveryFigure.instances();
        for (int i = 0; i < first.size(); i++) {
            Figure<?> a = first.get(i);
            Figure<?> b = second.get(i);
            assertThat(b.title()).as("title of " + a).isEqualTo(a.title());
            assertThat(b.toPng()).as("PNG of " + a).isEqualTo(a.toPng());
            if (a.charts().size() == 1) {
                assertThat(b.toSvg()).as("SVG of " + a).isEqualTo(a.toSvg());
            }
        }
    }
}
