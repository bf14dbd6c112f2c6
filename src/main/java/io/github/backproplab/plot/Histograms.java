package io.github.backproplab.plot;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.Histogram;

/** Binning of weight matrices with XChart's {@link Histogram}. */
final class Histograms {
    private Histograms() {
    }

    /** All entries of {@code matrix} as a list; the matrix is not modified. */
    static List<Double> values(DMatrixRMaj matrix) {
        List<Double> values = new ArrayList<>(matrix.getNumElements());
        for (int i = 0; i < matrix.getNumElements(); i++) {
            values.add(matrix.get(i));
        }
        return values;
    }

    /**
     * Counts {@code values} in {@code bins} equal bins over [min, max]; a range of zero width
     * (all weights equal, as after zero initialisation) is widened so that the bins exist.
     */
    static Histogram of(List<Double> values, int bins, double min, double max) {
        if (!(max > min)) {
            double pad = Math.max(1e-3, Math.abs(min) * 0.1);
            min -= pad;
            max += pad;
        }
        return new Histogram(values, bins, min, max);
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
