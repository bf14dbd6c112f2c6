package io.github.backproplab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Four small real data sets from the UCI Machine Learning Repository, bundled with the toolkit so
 * they work offline. Each call reads a fresh table that you may change freely.
 *
 * <p>The data sets are licensed CC BY 4.0; {@link #description(String)} returns each one's
 * original description with its creators, donors and references. Keep that attribution with any
 * copy you make.
 */
public final class RealData {
    private RealData() {
    }

    /**
     * Fisher's iris flowers: 150 rows, 4 measurements in cm ("sepal length (cm)", "sepal width (cm)",
     * "petal length (cm)", "petal width (cm)") and the class column "species" (setosa, versicolor,
     * virginica; 50 each).
     */
    public static Table iris() {
        return read("iris", "iris.csv", ColumnType.DOUBLE, ColumnType.STRING);
    }

    /**
     * Wine recognition: 178 wines from three cultivars, 13 chemical measurements ("alcohol",
     * "malic acid", ..., "proline") and the class column "class" (class_0, class_1, class_2).
     */
    public static Table wine() {
        return read("wine", "wine.csv", ColumnType.DOUBLE, ColumnType.STRING);
    }

    /**
     * Breast Cancer Wisconsin (Diagnostic): 569 tumours, 30 measurements of cell nuclei ("mean
     * radius", ..., "radius error", ..., "worst radius", ...) and the class column "diagnosis"
     * (malignant 212, benign 357).
     */
    public static Table breastCancer() {
        return read("breast cancer", "breast_cancer.csv", ColumnType.DOUBLE, ColumnType.STRING);
    }

    /**
     * Handwritten digits: 1797 images of 8 x 8 pixels with ink counts 0 to 16, in columns
     * "pixel_0_0" (row 0, column 0) to "pixel_7_7", and the class column "digit" (0 to 9). See
     * {@link DigitImages} to look at them.
     */
    public static Table digits() {
        return read("digits", "digits.csv.gz", ColumnType.INTEGER, ColumnType.INTEGER);
    }

    /**
     * The original description of a data set: its source, creators, donors and references.
     *
     * @param name "iris", "wine", "breast cancer" or "digits"
     */
    public static String description(String name) {
        String file = switch (name) {
            case "iris" -> "iris.rst";
            case "wine" -> "wine.rst";
            case "breast cancer" -> "breast_cancer.rst";
            case "digits" -> "digits.rst";
            default -> throw new IllegalArgumentException("no bundled data set \"" + name
                    + "\"; there are \"iris\", \"wine\", \"breast cancer\" and \"digits\"");
        };
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + file, e);
        }
    }

    // Column types are fixed rather than guessed, so every copy of a data set has the same types.
    private static Table read(String name, String file, ColumnType features, ColumnType label) {
        try (InputStream in = open(file)) {
            InputStream csv = file.endsWith(".gz") ? new GZIPInputStream(in) : in;
            CsvReadOptions options = CsvReadOptions.builder(csv)
                    .tableName(name)
                    .columnTypes(column -> isLabel(column) ? label : features)
                    .build();
            return Table.read().usingOptions(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + file, e);
        }
    }

    private static boolean isLabel(String column) {
        return column.equals("species") || column.equals("class") || column.equals("diagnosis")
                || column.equals("digit");
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = RealData.class.getResourceAsStream(file);
        if (in == null) {
            throw new IOException("the bundled file " + file + " is missing from the class path");
        }
        return in;
    }
}
