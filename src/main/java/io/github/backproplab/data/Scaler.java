package io.github.backproplab.data;

import io.github.backproplab.nn.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Rescales each feature column: {@code (x - offset) / scale}. Fit it on the training data only,
 * then apply the same offsets and scales to validation, test and new data; fitting on test data
 * would leak information about it into the model.
 *
 * <ul>
 *   <li>{@link #standardize}: offset = mean, scale = standard deviation, so each training column
 *       gets mean 0 and standard deviation 1;</li>
 *   <li>{@link #minMax}: offset = minimum, scale = maximum - minimum, so each training column
 *       spans 0 to 1.</li>
 * </ul>
 *
 * <p>A column that is constant in the training data has no spread to divide by. It is not an
 * error (the 8x8 digits have pixels that are blank in every image): such a column is centred
 * with scale 1, so it becomes 0 in the training data, and the scaler lists it in
 * {@link #constantFeatures()} and in its {@link #toString()}.
 */
public final class Scaler {
    /** The two ways to fit a scaler. */
    public enum Method {
        /** Subtract the mean, divide by the standard deviation. */
        STANDARDIZE,
        /** Subtract the minimum, divide by the range. */
        MIN_MAX
    }

    private final Method method;
    private final double[] offsets;
    private final double[] scales;
    private final List<Integer> constantFeatures;

    private Scaler(Method method, double[] offsets, double[] scales, List<Integer> constantFeatures) {
        this.method = method;
        this.offsets = offsets;
        this.scales = scales;
        this.constantFeatures = List.copyOf(constantFeatures);
    }

    /** Fits offsets = column means and scales = column standard deviations of the training features. */
    public static Scaler standardize(Dataset training) {
        return standardize(training.x());
    }

    /**
     * Fits offsets = column means and scales = column standard deviations (dividing by n).
     *
     * @param x {@code n x d} training features, {@code n >= 1}; not modified
     */
    public static Scaler standardize(DMatrixRMaj x) {
        requireFinite(x);
        int n = x.numRows;
        double[] means = new double[x.numCols];
        double[] deviations = new double[x.numCols];
        for (int j = 0; j < x.numCols; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += x.get(i, j);
            }
            means[j] = sum / n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double d = x.get(i, j) - means[j];
                squares += d * d;
            }
            deviations[j] = Math.sqrt(squares / n);
        }
        return new Scaler(Method.STANDARDIZE, means, deviations, constantToOne(deviations));
    }

    /** Fits offsets = column minima and scales = column ranges of the training features. */
    public static Scaler minMax(Dataset training) {
        return minMax(training.x());
    }

    /**
     * Fits offsets = column minima and scales = column ranges (maximum - minimum).
     *
     * @param x {@code n x d} training features, {@code n >= 1}; not modified
     */
    public static Scaler minMax(DMatrixRMaj x) {
        requireFinite(x);
        double[] minima = new double[x.numCols];
        double[] ranges = new double[x.numCols];
        for (int j = 0; j < x.numCols; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.numRows; i++) {
                min = Math.min(min, x.get(i, j));
                max = Math.max(max, x.get(i, j));
            }
            minima[j] = min;
            ranges[j] = max - min;
        }
        return new Scaler(Method.MIN_MAX, minima, ranges, constantToOne(ranges));
    }

    /** A scaler with given offsets and scales, for example read from a model file (arrays are copied). */
    public static Scaler of(Method method, double[] offsets, double[] scales) {
        if (offsets.length != scales.length) {
            throw new IllegalArgumentException(offsets.length + " offsets but " + scales.length + " scales");
        }
        for (int j = 0; j < scales.length; j++) {
            if (!Double.isFinite(offsets[j]) || !Double.isFinite(scales[j]) || scales[j] == 0) {
                throw new IllegalArgumentException("feature " + j + ": offset " + offsets[j] + " and scale "
                        + scales[j] + " must be finite and the scale not 0");
            }
        }
        return new Scaler(method, offsets.clone(), scales.clone(), List.of());
    }

    /**
     * A constant column has no spread; dividing by 0 would turn it into NaN, so its scale becomes 1.
     * Returns the indices of those columns.
     *
     * @param scales modified: every 0 becomes 1
     */
    private static List<Integer> constantToOne(double[] scales) {
        List<Integer> constant = new ArrayList<>();
        for (int j = 0; j < scales.length; j++) {
            if (scales[j] == 0) {
                scales[j] = 1;
                constant.add(j);
            }
        }
        return constant;
    }

    private static void requireFinite(DMatrixRMaj x) {
        if (x.numRows == 0) {
            throw new IllegalArgumentException("cannot fit a scaler on 0 rows (X is " + Shapes.of(x) + ")");
        }
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                if (!Double.isFinite(x.get(i, j))) {
                    throw new IllegalArgumentException("X[" + i + ", " + j + "] is " + x.get(i, j)
                            + ": a scaler needs finite values");
                }
            }
        }
    }

    /** How this scaler was fitted. */
    public Method method() {
        return method;
    }

    /**
     * The features (column indices, first = 0) that were constant in the data this scaler was
     * fitted on: centred, with scale 1 instead of a spread of 0. Empty for a scaler made with
     * {@link #of}.
     */
    public List<Integer> constantFeatures() {
        return constantFeatures;
    }

    /** The value subtracted from each feature (a copy). */
    public double[] offsets() {
        return offsets.clone();
    }

    /** The value each feature is divided by after subtracting the offset (a copy). */
    public double[] scales() {
        return scales.clone();
    }

    /**
     * Scales features.
     *
     * @param x {@code n x d} features, {@code d} the number of features fitted; not modified
     * @return a new {@code n x d} matrix of {@code (x - offset) / scale}
     */
    public DMatrixRMaj apply(DMatrixRMaj x) {
        requireWidth(x);
        DMatrixRMaj scaled = new DMatrixRMaj(x.numRows, x.numCols);
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                scaled.set(i, j, (x.get(i, j) - offsets[j]) / scales[j]);
            }
        }
        return scaled;
    }

    /** The same examples with scaled features; the targets are unchanged. */
    public Dataset apply(Dataset data) {
        return data.withFeatures(apply(data.x()));
    }

    /**
     * Undoes {@link #apply(DMatrixRMaj)}: {@code scaled * scale + offset}.
     *
     * @param scaled {@code n x d}; not modified
     * @return a new {@code n x d} matrix in the original units
     */
    public DMatrixRMaj invert(DMatrixRMaj scaled) {
        requireWidth(scaled);
        DMatrixRMaj x = new DMatrixRMaj(scaled.numRows, scaled.numCols);
        for (int i = 0; i < scaled.numRows; i++) {
            for (int j = 0; j < scaled.numCols; j++) {
                x.set(i, j, scaled.get(i, j) * scales[j] + offsets[j]);
            }
        }
        return x;
    }

    private void requireWidth(DMatrixRMaj x) {
        if (x.numCols != offsets.length) {
            throw new IllegalArgumentException("the scaler was fitted on " + offsets.length
                    + " features but X is " + Shapes.of(x));
        }
    }

    @Override
    public String toString() {
        return "Scaler[" + method + ", offsets " + Arrays.toString(offsets) + ", scales " + Arrays.toString(scales)
                + (constantFeatures.isEmpty() ? "" : ", features " + constantFeatures
                        + " constant in the training data: centred, scale 1") + "]";
    }
}
