package io.github.backproplab.data;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
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
        Points points = new Points("xor", n, noise, new Random(seed));
        for (int i = 0; i < n; i++) {
            int a = i % 2;
            int b = (i / 2) % 2;
            points.add(a, b, a ^ b);
        }
        return points.table();
    }

    /** Two interleaving half circles ("moons"), one per class. */
    public static Table twoMoons(int n, double noise, long seed) {
        Random random = new Random(seed);
        Points points = new Points("two moons", n, noise, random);
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double angle = Math.PI * random.nextDouble();
            double x = label == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
            double y = label == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
            points.add(x, y, label);
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
        Points points = new Points("circles", n, noise, random);
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double radius = label == 0 ? 1 : innerRadius;
            points.addPolar(radius, 2 * Math.PI * random.nextDouble(), label);
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
        Points points = new Points("spirals", n, noise, random);
        for (int i = 0; i < n; i++) {
            int label = i % classes;
            double t = random.nextDouble();
            points.addPolar(t, 2 * Math.PI * label / classes + 1.5 * Math.PI * t, label);
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
        Points points = new Points("blobs", n, spread, new Random(seed));
        for (int i = 0; i < n; i++) {
            int label = i % classes;
            points.addPolar(3, 2 * Math.PI * label / classes, label);
        }
        return points.table();
    }

    /** Regression: y = sin(x) plus noise, for x drawn evenly from -pi to pi. */
    public static Table sine(int n, double noise, long seed) {
        return curve("sine", n, noise, seed, Math.PI, Math::sin);
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
        return curve("polynomial", n, noise, seed, 1, x -> {
            double value = 0;
            for (int power = coefficients.length - 1; power >= 0; power--) {
                value = value * x + coefficients[power];
            }
            return value;
        });
    }

    /** Points (x, f(x) + noise) for x drawn evenly from -halfWidth to halfWidth. */
    private static Table curve(String name, int n, double noise, long seed, double halfWidth,
            DoubleUnaryOperator f) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = halfWidth * (2 * random.nextDouble() - 1);
            y[i] = f.applyAsDouble(x[i]) + noise * random.nextGaussian();
        }
        return Table.create(name, DoubleColumn.create("x", x), DoubleColumn.create("y", y));
    }

    private static void requireClasses(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("need at least 2 classes, got " + classes);
        }
    }

    /**
     * Collects labelled 2-D points into a table, adding the noise to each coordinate. It shares
     * {@code random} with the generator, so one seed fixes every number drawn.
     */
    private static final class Points {
        private final String name;
        private final double noise;
        private final Random random;
        private final double[] x1;
        private final double[] x2;
        private final int[] labels;
        private int count;

        Points(String name, int n, double noise, Random random) {
            if (n < 1) {
                throw new IllegalArgumentException("need at least 1 point, got " + n);
            }
            this.name = name;
            this.noise = noise;
            this.random = random;
            this.x1 = new double[n];
            this.x2 = new double[n];
            this.labels = new int[n];
        }

        /** Adds the point (a, b) plus noise. */
        void add(double a, double b, int label) {
            x1[count] = a + noise * random.nextGaussian();
            x2[count] = b + noise * random.nextGaussian();
            labels[count] = label;
            count++;
        }

        /** Adds the point at {@code radius} and {@code angle} (radians) from the origin, plus noise. */
        void addPolar(double radius, double angle, int label) {
            add(radius * Math.cos(angle), radius * Math.sin(angle), label);
        }

        Table table() {
            return Table.create(name, DoubleColumn.create("x1", x1), DoubleColumn.create("x2", x2),
                    IntColumn.create("class", labels));
        }
    }
}
