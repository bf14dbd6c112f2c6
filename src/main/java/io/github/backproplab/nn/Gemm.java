package io.github.backproplab.nn;

import dev.ludovic.netlib.blas.BLAS;
import org.ejml.data.DMatrixRMaj;

/**
 * The one seam through which the dense layers multiply matrices: BLAS {@code dgemm} on EJML's
 * row-major arrays (and {@code ddot} for the norms the trainer watches). {@link BLAS#getInstance()} picks the system BLAS through JNI (OpenBLAS when
 * {@code libopenblas0} is installed) and falls back to pure Java.
 *
 * <p>BLAS is column-major. A row-major m x n matrix read column-major is its transpose, so the
 * row-major product C = op(A) op(B) is computed as the column-major C^T = op(B)^T op(A)^T: the
 * operands swap places and keep their transpose flags.
 */
public final class Gemm {
    /** Held so that the level set on it lasts: java.util.logging keeps loggers weakly. */
    private static final java.util.logging.Logger NETLIB_LOG =
            java.util.logging.Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");
    private static final BLAS BLAS_INSTANCE = load();

    private Gemm() {
    }

    private static BLAS load() {
        // netlib warns about every variant it skips (the Vector API one needs an incubator
        // module), even when the native one loaded; say once, below, what matters instead.
        NETLIB_LOG.setLevel(java.util.logging.Level.SEVERE);
        BLAS blas = BLAS.getInstance();
        System.Logger log = System.getLogger(Gemm.class.getName());
        if (blas.getClass().getSimpleName().equals("JNIBLAS")) {
            log.log(System.Logger.Level.DEBUG, "matrix multiplies use the system BLAS through JNI");
        } else {
            log.log(System.Logger.Level.WARNING, "matrix multiplies use " + blas.getClass().getSimpleName()
                    + ", a pure Java BLAS; install the system OpenBLAS (Debian: libopenblas0) for native speed");
        }
        return blas;
    }

    /** The BLAS implementation in use, for instance {@code dev.ludovic.netlib.blas.JNIBLAS}. */
    public static String implementation() {
        return BLAS_INSTANCE.getClass().getName();
    }

    /**
     * C = alpha op(A) op(B) + beta C, where op(X) is X or its transpose.
     *
     * @param a not modified
     * @param b not modified
     * @param c modified; must already have the shape of the product and must not share storage
     *          with {@code a} or {@code b}
     */
    public static void multiply(double alpha, DMatrixRMaj a, boolean transposeA, DMatrixRMaj b,
                                boolean transposeB, double beta, DMatrixRMaj c) {
        int m = transposeA ? a.numCols : a.numRows;
        int k = transposeA ? a.numRows : a.numCols;
        int kB = transposeB ? b.numCols : b.numRows;
        int n = transposeB ? b.numRows : b.numCols;
        if (k != kB || c.numRows != m || c.numCols != n) {
            throw new IllegalArgumentException("cannot multiply " + describe(a, transposeA) + " by "
                    + describe(b, transposeB) + " into " + Shapes.of(c));
        }
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            for (int i = 0; i < m * n; i++) {
                c.data[i] *= beta;
            }
            return;
        }
        BLAS_INSTANCE.dgemm(transposeB ? "T" : "N", transposeA ? "T" : "N", n, m, k, alpha,
                b.data, Math.max(1, b.numCols), a.data, Math.max(1, a.numCols), beta, c.data, n);
    }

    /**
     * The sum of the squares of the first {@code size} entries of {@code x} (not modified): the
     * squared Frobenius norm of a matrix's data, through BLAS {@code ddot}. Infinite when the
     * squares overflow, NaN when an entry is NaN.
     */
    public static double sumOfSquares(double[] x, int size) {
        return size == 0 ? 0.0 : BLAS_INSTANCE.ddot(size, x, 1, x, 1);
    }

    private static String describe(DMatrixRMaj x, boolean transposed) {
        return transposed ? "the transpose of " + Shapes.of(x) : Shapes.of(x);
    }
}
