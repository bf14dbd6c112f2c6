/**
 * Data for networks: Tablesaw tables in, matrices for training, predictions and model files out.
 *
 * <p>The path a notebook takes, with X as {@code n x d} features and Y as {@code n x k} targets,
 * one row per example:
 *
 * <pre>{@code
 * Table table = RealData.iris();                          // or Table.read().csv("my.csv")
 * Dataset all = Dataset.classification(table, "species"); // X: the other columns, Y: one-hot species
 * Split split = all.split(0.6, 0.2, 42);                  // train / validation / test, stratified
 * Scaler scaler = Scaler.standardize(split.train());      // fitted on training data only ...
 * Dataset train = scaler.apply(split.train());            // ... and applied unchanged to the rest
 * Dataset test = scaler.apply(split.test());
 *
 * new Trainer(network, new Adam(0.02)).epochs(150).fit(train.x(), train.y());
 *
 * Table predictions = Predictions.table(network, test);   // test rows + predicted species + P(...)
 * double accuracy = Metrics.accuracy(network.predict(test.x()), test.y());
 * new Model(network, all.encoding(), scaler).save(Path.of("iris-model.json"));
 * }</pre>
 *
 * <p>Real data comes from {@link io.github.backproplab.data.RealData} (iris, wine, breast cancer,
 * digits; see {@link io.github.backproplab.data.DigitImages} to look at the digits), made-up data
 * from {@link io.github.backproplab.data.SyntheticData}. Bad data fails early with a
 * {@link io.github.backproplab.data.DataException} that names the column and the row.
 */
package io.github.backproplab.data;
