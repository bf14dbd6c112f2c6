package io.github.backproplab.notebook;

import io.github.backproplab.data.Dataset;
import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.GradientCheckResult;
import io.github.backproplab.nn.Network;
import io.github.backproplab.nn.Shapes;
import io.github.backproplab.plot.Figure;
import io.github.backproplab.train.History;
import io.github.backproplab.train.TrainingStatus;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import tech.tablesaw.table.Relation;

/**
 * The toolkit's registrations with the base kernel's {@link Renderer}: figures as PNG (and SVG
 * where the figure prefers it); EJML matrices as compact tables (LaTeX on request, see {@link
 * MatrixView}); tables, datasets, training histories, networks and gradient checks as HTML tables.
 * Every bundle also carries text/plain.
 */
public final class Renderers {
    /** The gradient check counts as passed below this relative error. */
    static final double GRADIENT_CHECK_TOLERANCE = 1e-6;

    // the renderer does not dedupe registrations, so remember which ones already have ours
    private static final Set<Renderer> REGISTERED = Collections.newSetFromMap(new WeakHashMap<>());

    private Renderers() {
    }

    /**
     * Registers the toolkit's renderers with {@code renderer}, once: a second call with the same
     * renderer does nothing.
     *
     * @return whether this call registered them
     */
    public static synchronized boolean register(Renderer renderer) {
        if (!REGISTERED.add(renderer)) {
            return false;
        }
        renderer.createRegistration(Figure.class)
                .preferring(MIMEType.IMAGE_PNG)
                .supporting(MIMEType.IMAGE_SVG)
                .register(Renderers::renderFigure);
        renderer.createRegistration(Relation.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((table, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> HtmlTable.of(table));
                    context.getOutputContainer().putText(table.print());
                });
        renderer.createRegistration(DMatrixRMaj.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_LATEX)
                .register((matrix, context) -> renderMatrix(MatrixView.of(matrix), context));
        renderer.createRegistration(SimpleMatrix.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_LATEX)
                .register((matrix, context) -> renderMatrix(MatrixView.of(matrix), context));
        renderer.createRegistration(MatrixView.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_LATEX)
                .register(Renderers::renderMatrix);
        renderer.createRegistration(History.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((history, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, () -> historyHtml(history)));
        renderer.createRegistration(Network.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((network, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, () -> networkHtml(network)));
        renderer.createRegistration(Dataset.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((data, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, () -> datasetHtml(data)));
        renderer.createRegistration(GradientCheckResult.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((result, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, () -> gradientCheckHtml(result)));
        return true;
    }

    private static void renderFigure(Figure<?> figure, RenderContext context) {
        DisplayData out = context.getOutputContainer();
        boolean png = context.wantsDataRenderedAs(MIMEType.IMAGE_PNG);
        if (png) {
            out.putData(MIMEType.IMAGE_PNG, Base64.getEncoder().encodeToString(figure.toPng()));
        }
        // a figure that prefers SVG adds it to its default bundle; any figure adds it when asked
        boolean svg = context.wantsDataRenderedAs(MIMEType.IMAGE_SVG) || (png && figure.prefersSvg());
        if (svg) {
            try {
                out.putSVG(figure.toSvg());
            } catch (UnsupportedOperationException smallMultiples) {
                // several panels: XChart encodes them only as a bitmap, so the PNG stands alone
            }
        }
        out.putText(figure.toString());
    }

    private static void renderMatrix(MatrixView view, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_HTML, view::toHtml);
        context.renderIfRequested(MIMEType.TEXT_LATEX, view::toLatex);
        context.getOutputContainer().putText(view.toString());
    }

    static String historyHtml(History history) {
        String head = String.format(Locale.ROOT, "<p><b>%s</b>: %s, %d epochs, %d steps, final loss %.5g%s</p>\n",
                HtmlTable.escape(history.name()), history.status().toString().toLowerCase(Locale.ROOT),
                history.epochCount(), history.steps().rowCount(), history.finalLoss(),
                history.status() == TrainingStatus.COMPLETED || history.message().isEmpty() ? ""
                        : "<br>" + HtmlTable.escape(history.message()));
        return head + HtmlTable.of(history.epochs());
    }

    static String networkHtml(Network network) {
        StringBuilder html = new StringBuilder();
        html.append(String.format(Locale.ROOT, "<p><b>Network</b>: %d inputs, %d layers, %d parameters, loss %s</p>\n",
                network.inputs(), network.depth(), network.parameterCount(), HtmlTable.escape(network.loss().name())));
        html.append("<table>\n<thead><tr><th>layer</th><th>inputs</th><th>units</th><th>activation</th>"
                + "<th>weights</th><th>bias</th><th>parameters</th></tr></thead>\n<tbody>\n");
        int l = 1;
        for (Dense layer : network.layers()) {
            html.append(String.format(Locale.ROOT,
                    "<tr><td>%d</td><td>%d</td><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td></tr>\n",
                    l++, layer.inputs(), layer.units(), HtmlTable.escape(layer.activation().name()),
                    Shapes.of(layer.weights()), Shapes.of(layer.bias()), layer.units() * (layer.inputs() + 1)));
        }
        return html.append("</tbody>\n</table>").toString();
    }

    static String datasetHtml(Dataset data) {
        String head = String.format(Locale.ROOT, "<p><b>Dataset</b>: %d examples, X %d x %d, Y %d x %d%s</p>\n",
                data.size(), data.size(), data.featureCount(), data.size(), data.targetCount(),
                data.isClassification() ? ", classes " + HtmlTable.escape(String.join(", ", data.classNames())) : "");
        return head + HtmlTable.of(data.toTable());
    }

    static String gradientCheckHtml(GradientCheckResult result) {
        boolean passed = result.passed(GRADIENT_CHECK_TOLERANCE);
        String head = String.format(Locale.ROOT, "<p><b>Gradient check %s</b>: largest relative error %.3g (tolerance %.0e)</p>\n",
                passed ? "passed" : "FAILED", result.maxRelativeError(), GRADIENT_CHECK_TOLERANCE);
        return head + HtmlTable.of(result.toTable());
    }
}
