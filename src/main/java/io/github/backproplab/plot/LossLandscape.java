package io.github.backproplab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The loss of a two-parameter problem as a filled contour plot, with the path gradient descent
 * took and arrows pointing downhill (along the negative gradient).
 *
 * <p>XChart has no contour chart: the filled bands are painted pixel by pixel from the loss
 * interpolated between grid points, with a colour bar of the band boundaries beside the plot; the
 * contour lines are line series computed by marching squares.
 */
public final class LossLandscape extends Figure<LossLandscape> {
    private final DoubleBinaryOperator loss;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private String xName = "parameter 1";
    private String yName = "parameter 2";
    private int resolution = 70;
    private int levels = 10;
    private int arrows = 9;
    /** A named path of parameter values, starting point first. */
    private record Path(String name, double[] xs, double[] ys) {
    }

    private final List<Path> paths = new ArrayList<>();

    private LossLandscape(DoubleBinaryOperator loss, double xMin, double xMax, double yMin, double yMax) {
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("ranges must have min < max, got x [" + xMin + ", " + xMax + "], y [" + yMin + ", " + yMax + "]");
        }
        this.loss = loss;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /**
     * The landscape of {@code loss(x, y)} over a rectangle of the two parameters.
     *
     * @param loss the loss as a function of the two parameters
     */
    public static LossLandscape of(DoubleBinaryOperator loss, double xMin, double xMax, double yMin, double yMax) {
        return new LossLandscape(loss, xMin, xMax, yMin, yMax);
    }

    /** Names the two parameters (axis titles), for instance {@code "w"} and {@code "b"}. */
    public LossLandscape parameters(String xName, String yName) {
        this.xName = xName;
        this.yName = yName;
        return this;
    }

    /**
     * Adds the path gradient descent took: parameter values after each step, starting point first.
     *
     * @param xs first parameter at each step; copied
     * @param ys second parameter at each step, same length; copied
     */
    public LossLandscape path(double[] xs, double[] ys) {
        paths.clear();
        return path("gradient descent", xs, ys);
    }

    /**
     * Adds one more named path, for instance one per optimizer, to compare them on one landscape;
     * each gets its own colour.
     *
     * @param xs first parameter at each step; copied
     * @param ys second parameter at each step, same length; copied
     */
    public LossLandscape path(String name, double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("path " + name + " has " + xs.length + " x values but " + ys.length + " y values");
        }
        if (xs.length == 0) {
            throw new IllegalArgumentException("path " + name + " has no points");
        }
        for (Path p : paths) {
            if (p.name().equals(name)) {
                throw new IllegalArgumentException("there is already a path named " + name);
            }
        }
        paths.add(new Path(name, xs.clone(), ys.clone()));
        return this;
    }

    /** Adds the path from a list of {@code {x, y}} points, starting point first; copied. */
    public LossLandscape path(List<double[]> points) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points.get(i)[0];
            ys[i] = points.get(i)[1];
        }
        return path(xs, ys);
    }

    /** Grid points along each axis (default 70). */
    public LossLandscape resolution(int points) {
        if (points < 4) {
            throw new IllegalArgumentException("resolution must be at least 4");
        }
        this.resolution = points;
        return this;
    }

    /** Number of colour bands (default 10); the bands hold equal shares of the grid. */
    public LossLandscape levels(int levels) {
        if (levels < 2) {
            throw new IllegalArgumentException("levels must be at least 2");
        }
        this.levels = levels;
        return this;
    }

    /** Arrows along each axis (default 9); 0 draws none. */
    public LossLandscape arrows(int perAxis) {
        this.arrows = Math.max(0, perAxis);
        return this;
    }

    @Override
    protected String defaultTitle() {
        if (paths.size() != 1) {
            return paths.isEmpty() ? "Loss landscape" : "Loss landscape: " + paths.size() + " paths";
        }
        double[] pathX = paths.get(0).xs();
        double[] pathY = paths.get(0).ys();
        return String.format(Locale.ROOT, "Loss landscape: %d steps, loss %.4g to %.4g", pathX.length - 1,
                loss.applyAsDouble(pathX[0], pathY[0]), loss.applyAsDouble(pathX[pathX.length - 1], pathY[pathY.length - 1]));
    }

    @Override
    protected int defaultHeight() {
        return 520;
    }

    /** Level boundaries at quantiles of the sampled loss, so every band covers part of the picture. */
    static double[] levelsOf(double[][] z, int levels) {
        double[] all = Arrays.stream(z).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
        double[] bounds = new double[levels - 1];
        for (int k = 1; k < levels; k++) {
            bounds[k - 1] = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) ((long) all.length * k / levels))];
        }
        return bounds;
    }

    @Override
    public List<XYChart> charts() {
        double[] xs = Plane.grid(xMin, xMax, resolution);
        double[] ys = Plane.grid(yMin, yMax, resolution);
        double[][] z = new double[resolution][resolution];
        for (int i = 0; i < resolution; i++) {
            for (int j = 0; j < resolution; j++) {
                z[i][j] = loss.applyAsDouble(xs[i], ys[j]);
            }
        }
        double[] bounds = levelsOf(z, levels);
        ColourScale scale = ColourScale.bands("loss", bandEdges(z, bounds));

        FieldChart chart = new FieldChart(width(), height(),
                (x, y) -> scale.colour(Plane.interpolate(xs, ys, z, x, y)), scale);
        Style.asLineChart(chart, title(), xName, yName);
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
        styler.setPlotGridLinesVisible(false);
        // the axes span the whole plot area: by default XChart leaves a margin around the data,
        // where the loss was not sampled and the edge values would be smeared out in steps
        styler.setPlotContentSize(1.0);

        for (int k = 0; k < bounds.length; k++) {
            double[][] line = Contours.at(xs, ys, z, bounds[k]);
            if (line[0].length > 0) {
                XYSeries series = chart.addSeries("contour " + (k + 1), line[0], line[1]);
                series.setLineColor(new Color(255, 255, 255, 170));
                series.setLineWidth(1f);
                series.setShowInLegend(false);
            }
        }
        if (arrows > 0) {
            addArrows(chart);
        }
        for (int k = 0; k < paths.size(); k++) {
            Path p = paths.get(k);
            // the path colours skip blue, which the landscape itself is drawn in
            java.awt.Color colour = paths.size() == 1 ? Palette.NEGATIVE : Palette.series(k + 1);
            XYSeries path = chart.addSeries(p.name(), p.xs(), p.ys());
            path.setLineColor(colour);
            path.setLineWidth(2.5f);
            path.setMarker(SeriesMarkers.CIRCLE);
            path.setMarkerColor(colour);
            XYSeries end = chart.addSeries(paths.size() == 1 ? "end" : "end " + (k + 1),
                    new double[] {p.xs()[p.xs().length - 1]}, new double[] {p.ys()[p.ys().length - 1]});
            end.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            end.setMarker(SeriesMarkers.DIAMOND);
            end.setMarkerColor(paths.size() == 1 ? Palette.series(4) : colour);
            end.setShowInLegend(paths.size() == 1);
        }
        if (!paths.isEmpty()) {
            double[] startX = paths.stream().mapToDouble(p -> p.xs()[0]).toArray();
            double[] startY = paths.stream().mapToDouble(p -> p.ys()[0]).toArray();
            XYSeries start = chart.addSeries("start", startX, startY);
            start.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            start.setMarker(SeriesMarkers.SQUARE);
            start.setMarkerColor(Color.BLACK);
        }
        Style.legendOffTheData(chart);
        return List.of(chart);
    }

    /** The band edges for the colour bar: the data's minimum, the distinct level bounds, its maximum. */
    static double[] bandEdges(double[][] z, double[] bounds) {
        double min = Arrays.stream(z).flatMapToDouble(Arrays::stream).filter(Double::isFinite).min().orElse(0);
        double max = Arrays.stream(z).flatMapToDouble(Arrays::stream).filter(Double::isFinite).max().orElse(1);
        double[] edges = java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(min, max), Arrays.stream(bounds))
                .filter(v -> v >= min && v <= max).distinct().sorted().toArray();
        return edges.length >= 2 ? edges : new double[] {min, min + 1};
    }

    /** Unit arrows along the negative gradient, by central differences, scaled to the plot. */
    private void addArrows(XYChart chart) {
        double hx = (xMax - xMin) * 1e-4;
        double hy = (yMax - yMin) * 1e-4;
        double length = 0.35 / arrows; // as a fraction of the axis range
        List<Double> ax = new ArrayList<>();
        List<Double> ay = new ArrayList<>();
        for (int i = 0; i < arrows; i++) {
            for (int j = 0; j < arrows; j++) {
                double x = xMin + (xMax - xMin) * (i + 0.5) / arrows;
                double y = yMin + (yMax - yMin) * (j + 0.5) / arrows;
                double gx = (loss.applyAsDouble(x + hx, y) - loss.applyAsDouble(x - hx, y)) / (2 * hx);
                double gy = (loss.applyAsDouble(x, y + hy) - loss.applyAsDouble(x, y - hy)) / (2 * hy);
                // direction of the negative gradient in parameter space, length set on screen
                double u = -gx * (xMax - xMin);
                double v = -gy * (yMax - yMin);
                double norm = Math.hypot(u, v);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    continue;
                }
                u = u / norm * length;
                v = v / norm * length;
                double tipX = x + u * (xMax - xMin);
                double tipY = y + v * (yMax - yMin);
                Series.addSegment(ax, ay, x, y, tipX, tipY);
                // two short barbs at 150 degrees from the shaft
                for (double angle : new double[] {2.6, -2.6}) {
                    double bu = (u * Math.cos(angle) - v * Math.sin(angle)) * 0.4;
                    double bv = (u * Math.sin(angle) + v * Math.cos(angle)) * 0.4;
                    Series.addSegment(ax, ay, tipX, tipY, tipX + bu * (xMax - xMin), tipY + bv * (yMax - yMin));
                }
            }
        }
        if (ax.isEmpty()) {
            return;
        }
        XYSeries series = chart.addSeries("downhill", ax, ay);
        series.setLineColor(new Color(0x33, 0x33, 0x33));
        series.setLineStyle(new BasicStroke(1.2f));
        series.setMarker(SeriesMarkers.NONE);
    }
}
