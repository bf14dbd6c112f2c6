package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SvgOutputTest {
    @Test
    void everyFigureIsCoveredByTheCatalogue() {
        Set<String> listed = new TreeSet<>();
        EveryFigure.instances().forEach(f -> listed.add(f.getClass().getSimpleName()));
        assertThat(listed).isEqualTo(EveryFigure.classNames());
    }

    @Test
    void everySvgIsAnSvgElementWithNoPrologThatParsesAsXml() throws Exception {
        List<String> encoded = new ArrayList<>();
        for (Figure<?> figure : EveryFigure.instances()) {
            String svg;
            try {
                svg = figure.toSvg();
            } catch (UnsupportedOperationException smallMultiples) {
                assertThat(figure.charts()).as(figure + " refused SVG").hasSizeGreaterThan(1);
                continue;
            }
            encoded.add(figure.getClass().getSimpleName());
            assertThat(svg).as(figure + " SVG").startsWith("<svg").doesNotContain("<?xml", "<!DOCTYPE");
            Document document = parse(svg);
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        }
        assertThat(encoded).as("figures with SVG output").contains("NetworkDiagram", "LossCurve", "ConfusionMatrix");
    }

    @Test
    void theSameFigureGivesTheSameSvgTwiceAndOtherFiguresOtherClipIds() {
        String first = LossCurve.of(Runs.circle("a", 0.5, 3)).toSvg();
        String again = LossCurve.of(Runs.circle("a", 0.5, 3)).toSvg();
        assertThat(again).isEqualTo(first);
        assertThat(first).containsPattern("id=\"clip[0-9a-f]+-1\"").contains("url(#clip");
        String other = LossCurve.of(Runs.circle("a", 0.3, 3)).toSvg();
        assertThat(clipIds(other)).doesNotContainAnyElementsOf(clipIds(first));
    }

    @Test
    void prologIsRemovedAndClipReferencesFollowTheirDefinitions() {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><clipPath id=\"clip777\"><rect/></clipPath>"
                + "<clipPath id=\"clip55\"><rect/></clipPath></defs>"
                + "<g clip-path=\"url(#clip55)\"/><g clip-path=\"url(#clip777)\"/><text>clip777</text></svg>";
        String clean = SvgText.forHtml(svg);
        assertThat(clean).startsWith("<svg").doesNotContain("clip777\"", "clip55").contains("<text>clip777</text>");
        String prefix = clean.replaceAll("(?s).*id=\"(clip[0-9a-f]+-)1\".*", "$1");
        assertThat(clean).contains("clip-path=\"url(#" + prefix + "2)\"", "clip-path=\"url(#" + prefix + "1)\"");
    }

    private static Set<String> clipIds(String svg) {
        Set<String> ids = new TreeSet<>();
        var m = java.util.regex.Pattern.compile("id=\"(clip[^\"]*)\"").matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // any DOCTYPE left in would make this fail rather than fetch a DTD
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
