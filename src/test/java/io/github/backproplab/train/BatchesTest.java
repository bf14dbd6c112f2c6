package io.github.backproplab.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** A batch holds the rows the order names, in that order, for narrow and wide rows alike. */
class BatchesTest {

    @Test
    void gatherCopiesTheNamedRowsInOrder() {
        for (int cols : new int[] {1, 3, 15, 16, 40}) {
            DMatrixRMaj source = new DMatrixRMaj(10, cols);
            for (int i = 0; i < source.getNumElements(); i++) {
                source.data[i] = i;
            }
            int[] order = {9, 2, 7, 0, 5, 1, 3, 8, 6, 4};
            DMatrixRMaj batch = new DMatrixRMaj(4, cols);
            Batches.gather(source, order, 3, batch);   // rows 0, 5, 1, 3
            int[] expected = {0, 5, 1, 3};
            for (int row = 0; row < 4; row++) {
                for (int j = 0; j < cols; j++) {
                    assertThat(batch.get(row, j)).as("%d columns, batch row %d, column %d", cols, row, j)
                            .isEqualTo(source.get(expected[row], j));
                }
            }
        }
    }
}
