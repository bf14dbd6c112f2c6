package io.github.backproplab.plot;

import io.github.backproplab.train.History;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Classification accuracy per epoch, training solid and validation dashed, for one or more runs. */
public final class AccuracyCurve extends Figure<AccuracyCurve> {
    private final List<History> runs;

    private AccuracyCurve(History[] runs) {
        this.runs = List.of(Series.requireRuns(runs));
        boolean any = this.runs.stream().anyMatch(r -> Series.hasValues(Series.column(r.epochs(), History.ACCURACY)));
        if (!any) {
            throw new IllegalArgumentException("no accuracy was recorded: accuracy applies to classification losses only");
        }
    }

    /** Accuracy per epoch of one or more classification runs. */
    public static AccuracyCurve of(History... runs) {
        return new AccuracyCurve(runs);
    }

    /** Same as {@link #of(History...)} for a list of runs. */
    public static AccuracyCurve of(List<History> runs) {
        return new AccuracyCurve(runs.toArray(new History[0]));
    }

    @Override
    protected String defaultTitle() {
        return "Accuracy per epoch";
    }

    @Override
    public List<XYChart> charts() {
        XYChart chart = Style.lineChart(width(), height(), title(), "epoch", "accuracy");
        chart.getStyler().setYAxisDecimalPattern("0%");
        for (int r = 0; r < runs.size(); r++) {
            History run = runs.get(r);
            double[] epochs = Series.column(run.epochs(), History.EPOCH);
            String[] columns = {History.ACCURACY, History.VALIDATION_ACCURACY};
            for (int c = 0; c < columns.length; c++) {
                double[] values = Series.column(run.epochs(), columns[c]);
                if (epochs.length == 0 || !Series.hasValues(values)) {
                    continue;
                }
                XYSeries series = chart.addSeries(Series.label(runs, run, c == 0 ? "training" : "validation"), epochs, values);
                series.setLineColor(Palette.series(r));
                series.setMarker(SeriesMarkers.NONE);
                if (c == 1) {
                    series.setLineStyle(LossCurve.DASHED);
                }
            }
        }
        Style.legendOffTheData(chart);
        Style.spreadXTicks(chart);
        return List.of(chart);
    }
}
