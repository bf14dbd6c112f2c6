package io.github.backproplab.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import tech.tablesaw.api.Table;

/**
 * Pictures of the 8 x 8 handwritten digits from {@link RealData#digits()}: dark ink on white,
 * each pixel drawn as a square so the small images are easy to see in a notebook.
 */
public final class DigitImages {
    /** Width and height of a digit, in pixels. */
    public static final int SIDE = 8;
    /** The largest ink value: 16 means all 16 cells of a 4 x 4 block were written on. */
    public static final double MAX_INK = 16;
    private static final int DEFAULT_PIXEL_SIZE = 6;

    private DigitImages() {
    }

    /**
     * The pixels of one digit, {@code [row][column]}, read from the columns "pixel_r_c".
     *
     * @param digits a table with the columns of {@link RealData#digits()}
     * @param row the table row (from 0)
     * @throws DataException naming the column and row of a missing column or bad value
     */
    public static double[][] pixels(Table digits, int row) {
        if (row < 0 || row >= digits.rowCount()) {
            throw new DataException("row " + row + " is not in table \"" + digits.name() + "\", which has "
                    + digits.rowCount() + " rows (rows count from 0)");
        }
        double[][] pixels = new double[SIDE][SIDE];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                pixels[r][c] = TableColumns.number(TableColumns.find(digits, "pixel_" + r + "_" + c), row);
            }
        }
        return pixels;
    }

    /**
     * Reshapes 64 values in reading order (row 0 left to right, then row 1, ...) into 8 x 8, for
     * example a row of X or the 64 incoming weights of a hidden unit.
     */
    public static double[][] pixels(double[] values) {
        if (values.length != SIDE * SIDE) {
            throw new IllegalArgumentException("a digit has " + SIDE * SIDE + " pixels, got " + values.length);
        }
        double[][] pixels = new double[SIDE][SIDE];
        for (int r = 0; r < SIDE; r++) {
            System.arraycopy(values, r * SIDE, pixels[r], 0, SIDE);
        }
        return pixels;
    }

    /** The digit in {@code row} of the table, each pixel drawn 6 x 6. */
    public static BufferedImage image(Table digits, int row) {
        return image(pixels(digits, row));
    }

    /** A picture of 8 x 8 ink values (0 white to 16 black), each pixel drawn 6 x 6. */
    public static BufferedImage image(double[][] pixels) {
        return image(pixels, DEFAULT_PIXEL_SIZE);
    }

    /**
     * A picture of 8 x 8 ink values: 0 is white, 16 black, values outside are clipped.
     *
     * @param pixels {@code [row][column]} ink values; not modified
     * @param pixelSize the width and height, in screen pixels, of each digit pixel
     */
    public static BufferedImage image(double[][] pixels, int pixelSize) {
        BufferedImage image = new BufferedImage(SIDE * pixelSize, SIDE * pixelSize, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        draw(g, pixels, 0, 0, pixelSize);
        g.dispose();
        return image;
    }

    /**
     * The first {@code count} digits of the table side by side, {@code perRow} in a row, with a
     * thin grey gap between them.
     */
    public static BufferedImage grid(Table digits, int count, int perRow) {
        if (count < 1 || perRow < 1 || count > digits.rowCount()) {
            throw new IllegalArgumentException("cannot show " + count + " digits, " + perRow
                    + " per row, from a table of " + digits.rowCount() + " rows");
        }
        int cell = SIDE * DEFAULT_PIXEL_SIZE + 2;
        int columns = Math.min(count, perRow);
        int rows = (count + perRow - 1) / perRow;
        BufferedImage image = new BufferedImage(columns * cell, rows * cell, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < count; i++) {
            draw(g, pixels(digits, i), (i % perRow) * cell + 1, (i / perRow) * cell + 1, DEFAULT_PIXEL_SIZE);
        }
        g.dispose();
        return image;
    }

    private static void draw(Graphics2D g, double[][] pixels, int left, int top, int pixelSize) {
        if (pixels.length != SIDE) {
            throw new IllegalArgumentException("a digit has " + SIDE + " rows of pixels, got " + pixels.length);
        }
        for (int r = 0; r < SIDE; r++) {
            if (pixels[r].length != SIDE) {
                throw new IllegalArgumentException("pixel row " + r + " has " + pixels[r].length
                        + " values, expected " + SIDE);
            }
            for (int c = 0; c < SIDE; c++) {
                float ink = (float) Math.max(0, Math.min(1, pixels[r][c] / MAX_INK));
                g.setColor(new Color(1 - ink, 1 - ink, 1 - ink));
                g.fillRect(left + c * pixelSize, top + r * pixelSize, pixelSize, pixelSize);
            }
        }
    }
}
