package io.github.backproplab.plot;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Makes XChart's SVG documents fit to sit inline in an HTML page.
 *
 * <ul>
 *   <li>No XML declaration and no DOCTYPE: HTML has no place for them, and nbconvert's HTML export
 *       (through lxml) refuses a string with an encoding declaration.</li>
 *   <li>Clip-path ids that depend only on the picture: XChart names them after object hash codes,
 *       so the same figure differed on every run. The ids stay distinct between different
 *       pictures on one page, where they share one id space.</li>
 * </ul>
 */
final class SvgText {
    private static final Pattern PROLOG = Pattern.compile("\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!DOCTYPE[^>]*>\\s*)?");
    // where XChart's clip ids appear: their definitions and their uses
    private static final Pattern CLIP_ID = Pattern.compile("(id=\"|url\\(#)clip(\\d+)([\")])");

    private SvgText() {
    }

    /** {@code svg} without prolog and with ids named after its content; the drawing is unchanged. */
    static String forHtml(String svg) {
        String body = PROLOG.matcher(svg).replaceFirst("");
        Map<String, Integer> order = new LinkedHashMap<>();
        Matcher ids = CLIP_ID.matcher(body);
        while (ids.find()) {
            order.putIfAbsent(ids.group(2), order.size() + 1);
        }
        // number the ids in order of appearance, then prefix them with a checksum of the numbered text
        CRC32 crc = new CRC32();
        crc.update(renameClips(body, order, "").getBytes(StandardCharsets.UTF_8));
        return renameClips(body, order, Long.toHexString(crc.getValue()) + "-");
    }

    private static String renameClips(String body, Map<String, Integer> order, String prefix) {
        return CLIP_ID.matcher(body).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + "clip" + prefix + order.get(m.group(2)) + m.group(3)));
    }
}
