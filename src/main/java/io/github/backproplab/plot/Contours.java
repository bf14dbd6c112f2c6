package io.github.backproplab.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a function sampled on a grid, by marching squares: each grid cell whose
 * corners lie on both sides of the level gets one or two straight segments.
 */
final class Contours {
    private Contours() {
    }

    /**
     * Segments where {@code z} crosses {@code level}, as one polyline per axis with
     * {@code NaN} between segments (XChart breaks a line at NaN).
     *
     * @param xs grid x values, increasing; not modified
     * @param ys grid y values, increasing; not modified
     * @param z  values, {@code z[i][j]} at {@code (xs[i], ys[j])}; not modified
     * @return {@code {x coordinates, y coordinates}}, empty arrays when the level is never crossed
     */
    static double[][] at(double[] xs, double[] ys, double[][] z, double level) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i + 1 < xs.length; i++) {
            for (int j = 0; j + 1 < ys.length; j++) {
                double[] corner = {z[i][j], z[i + 1][j], z[i + 1][j + 1], z[i][j + 1]};
                double[][] at = {{xs[i], ys[j]}, {xs[i + 1], ys[j]}, {xs[i + 1], ys[j + 1]}, {xs[i], ys[j + 1]}};
                // crossings on the four edges, in order around the cell
                List<double[]> crossings = new ArrayList<>(4);
                for (int e = 0; e < 4; e++) {
                    double a = corner[e];
                    double b = corner[(e + 1) % 4];
                    if ((a < level) != (b < level)) {
                        double t = (level - a) / (b - a);
                        double[] p = at[e];
                        double[] q = at[(e + 1) % 4];
                        crossings.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
                    }
                }
                // two crossings: one segment; four (a saddle): pair neighbours around the cell
                for (int k = 0; k + 1 < crossings.size(); k += 2) {
                    points.add(crossings.get(k));
                    points.add(crossings.get(k + 1));
                    points.add(null);
                }
            }
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int k = 0; k < points.size(); k++) {
            double[] p = points.get(k);
            x[k] = p == null ? Double.NaN : p[0];
            y[k] = p == null ? Double.NaN : p[1];
        }
        return new double[][] {x, y};
    }
}
