package io.github.backproplab.widgets;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A widget's display bundle: the widget view for JupyterLab and Notebook 7, and beside it what
 * every other front end can show (an exported page, GitHub, a console): a text summary of the
 * controls, the pictures the widget holds, and a note that the controls need a widget front end.
 */
final class StaticView {
    static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";
    static final String NOTE = "Interactive controls: run this notebook in JupyterLab or Notebook 7 (with ipywidgets 8).";

    private StaticView() {
    }

    /**
     * Fills {@code out} for {@code widget}; with {@code live} (its comm is open) the widget view
     * comes first, which widget front ends prefer to everything else.
     */
    static void render(Widget widget, boolean live, DisplayData out) {
        if (live) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("model_id", widget.id());
            view.put("version_major", 2);
            view.put("version_minor", 0);
            out.putData(VIEW_MIME, view);
        }
        List<byte[]> pictures = new ArrayList<>();
        widget.collectPictures(pictures);
        String summary = widget.describe();
        out.putText(summary + "\n" + NOTE);
        StringBuilder html = new StringBuilder("<div class=\"backprop-lab-widget\">\n");
        html.append("<pre>").append(escape(summary)).append("</pre>\n");
        for (byte[] png : pictures) {
            html.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                    .append("\"/><br/>\n");
        }
        html.append("<p><em>").append(escape(NOTE)).append("</em></p>\n</div>");
        out.putHTML(html.toString());
        if (!pictures.isEmpty()) {
            out.putData("image/png", Base64.getEncoder().encodeToString(pictures.get(0)));
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
