package io.github.backproplab.data;

import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Small made-up data sets whose shape you can see, each drawn from a seed so a notebook gives the
 * same picture every time.
 *
 * <p>The classification sets are two-dimensional tables with columns "x1", "x2" and "class"
 * (0, 1, ...), classes taking turns row by row so they are balanced. Turn one into a dataset with
 * {@code Dataset.classification(table, "class")}. The regression sets have columns "x" and "y":
 * {@code Dataset.regression(table, "y")}. {@code noise} is the standard deviation of the Gaussian
 * noise added to every coordinate (or to y).
 */
public final class SyntheticData {
    private SyntheticData() {
    }

    /**
     * XOR: points around the four corners of the unit square, class 1 where exactly one coordinate
     * is 1. No straight line separates the classes, so a network needs a hidden layer. With
     * {@code n = 4} and no noise it is the truth table itself.
     */
    public static Table xor(int n, double noise, long seed) {
        Random random = new Random(seed);
        Points points = new Points("xor", n);
        for (int i = 0; i < n; i++) {
            int a = i % 2;
            int b = (i / 2) % 2;
            points.add(a + noise * random.nextGaussian(), b + noise * random.nextGaussian(), a ^ b);
        }
        return points.table();
    }

    /** Two interleaving half circles ("moons"), one per class. */
    public static Table twoMoons(int n, double noise, long seed) {
        Random random = new Random(seed);
        Points points = new Points("two moons", n);
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double angle = Math.PI * random.nextDouble();
            double x = label == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
            double y = label == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
            points.add(x + noise * random.nextGaussian(), y + noise * random.nextGaussian(), label);
        }
        return points.table();
    }

    /**
     * Two concentric circles: class 0 on the outer circle of radius 1, class 1 on the inner one.
     *
     * @param innerRadius the inner circle's radius, between 0 and 1 (0.5 is a good start)
     */
    public static Table circles(int n, double noise, double innerRadius, long seed) {
        if (!(innerRadius > 0 && innerRadius < 1)) {
            throw new IllegalArgumentException("inner radius must be between 0 and 1, got " + innerRadius);
        }
        Random random = new Random(seed);
        Points points = new Points("circles", n);
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double radius = label == 0 ? 1 : innerRadius;
            double angle = 2 * Math.PI * random.nextDouble();
            points.add(radius * Math.cos(angle) + noise * random.nextGaussian(),
                    radius * Math.sin(angle) + noise * random.nextGaussian(), label);
        }
        return points.table();
    }

    /**
     * {@code classes} spiral arms winding out from the origin, one per class, each turning about
     * three quarters of a circle. The classic hard case for a linear model.
     */
    public static Table spirals(int n, int classes, double noise, long seed) {
        requireClasses(classes);
        Random random = new Random(seed);
        Points points = new Points("spirals", n);
        for (int i = 0; i < n; i++) {
            int label = i % classes;
            double t = random.nextDouble();
            double angle = 2 * Math.PI * label / classes + 1.5 * Math.PI * t;
            points.add(t * Math.cos(angle) + noise * random.nextGaussian(),
                    t * Math.sin(angle) + noise * random.nextGaussian(), label);
        }
        return points.table();
    }

    /**
     * {@code classes} round Gaussian clouds with centres evenly spaced on a circle of radius 3.
     *
     * @param spread the standard deviation of each cloud (1 gives some overlap)
     */
    public static Table blobs(int n, int classes, double spread, long seed) {
        requireClasses(classes);
        Random random = new Random(seed);
        Points points = new Points("blobs", n);
        for (int i = 0; i < n; i++) {
            int label = i % classes;
            double angle = 2 * Math.PI * label / classes;
            points.add(3 * Math.cos(angle) + spread * random.nextGaussian(),
                    3 * Math.sin(angle) + spread * random.nextGaussian(), label);
        }
        return points.table();
    }

    /** Regression: y = sin(x) plus noise, for x drawn evenly from -pi to pi. */
    public static Table sine(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.PI * (2 * random.nextDouble() - 1);
            y[i] = Math.sin(x[i]) + noise * random.nextGaussian();
        }
        return Table.create("sine", DoubleColumn.create("x", x), DoubleColumn.create("y", y));
    }

    /**
     * Regression: y = c0 + c1 x + c2 x^2 + ... plus noise, for x drawn evenly from -1 to 1.
     *
     * @param coefficients {@code c0, c1, ...}, lowest power first
     */
    public static Table polynomial(int n, double noise, long seed, double... coefficients) {
        if (coefficients.length == 0) {
            throw new IllegalArgumentException("a polynomial needs at least one coefficient");
        }
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * random.nextDouble() - 1;
            double value = 0;
            for (int power = coefficients.length - 1; power >= 0; power--) {
                value = value * x[i] + coefficients[power];
            }
            y[i] = value + noise * random.nextGaussian();
        }
        return Table.create("polynomial", DoubleColumn.create("x", x), DoubleColumn.create("y", y));
    }

    private static void requireClasses(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("need at least 2 classes, got " + classes);
        }
    }

    /** Collects labelled 2-D points into a table. */
    private static final class Points {
        private final String name;
        private final double[] x1;
        private final double[] x2;
        private final int[] labels;
        private int count;

        Points(String name, int n) {
            if (n < 1) {
                throw new IllegalArgumentException("need at least 1 point, got " + n);
            }
            this.name = name;
            this.x1 = new double[n];
            this.x2 = new double[n];
            this.labels = new int[n];
        }

        void add(double a, double b, int label) {
            x1[count] = a;
            x2[count] = b;
            labels[count] = label;
            count++;
        }

        Table table() {
            return Table.create(name, DoubleColumn.create("x1", x1), DoubleColumn.create("x2", x2),
                    IntColumn.create("class", labels));
        }
    }
}
