package io.github.backproplab.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sigmoid of a whole array with the JDK's incubating Vector API: as many exps at a time as
 * the processor's vectors hold doubles. Loaded only when the JVM runs with
 * {@code --add-modules jdk.incubator.vector} (see {@link Sigmoid#VECTORISED}).
 */
final class VectorSigmoid {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private VectorSigmoid() {
    }

    /**
     * a[i] = 1 / (1 + e^-z[i]) for i &lt; size, in the form that never overflows: with
     * t = e^-|z|, 1 / (1 + t) for z &gt;= 0 and t / (1 + t) below.
     *
     * @param z not modified
     * @param a modified
     */
    static void values(double[] z, double[] a, int size) {
        int i = 0;
        for (int upper = SPECIES.loopBound(size); i < upper; i += SPECIES.length()) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, z, i);
            DoubleVector t = v.abs().neg().lanewise(VectorOperators.EXP);
            DoubleVector numerator = t.blend(1.0, v.compare(VectorOperators.GE, 0.0));
            numerator.div(t.add(1.0)).intoArray(a, i);
        }
        Sigmoid.scalarValues(z, a, i, size);
    }
}
