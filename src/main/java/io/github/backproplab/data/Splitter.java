package io.github.backproplab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The seeded, stratified three-way split behind {@link Dataset#split}. */
final class Splitter {
    private Splitter() {
    }

    static Split split(Dataset data, double trainFraction, double validationFraction, long seed) {
        if (!(trainFraction > 0 && trainFraction <= 1)) {
            throw new IllegalArgumentException("the training fraction must be above 0 and at most 1, got "
                    + trainFraction);
        }
        if (!(validationFraction >= 0 && trainFraction + validationFraction <= 1 + 1e-9)) {
            throw new IllegalArgumentException("training " + trainFraction + " plus validation "
                    + validationFraction + " must be at most 1 (the test set gets the rest)");
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> group : groups(data)) {
            Shuffle.list(group, random);
            int trainCount = (int) Math.round(group.size() * trainFraction);
            int validationCount = Math.min((int) Math.round(group.size() * validationFraction),
                    group.size() - trainCount);
            train.addAll(group.subList(0, trainCount));
            validation.addAll(group.subList(trainCount, trainCount + validationCount));
            test.addAll(group.subList(trainCount + validationCount, group.size()));
        }
        // Groups were appended class by class; mix them so no part is sorted by class.
        return new Split(part(data, train, random), part(data, validation, random), part(data, test, random));
    }

    /** One group per class for classification, so that every class is split in proportion. */
    private static List<List<Integer>> groups(Dataset data) {
        List<List<Integer>> groups = new ArrayList<>();
        if (!data.isClassification()) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                all.add(i);
            }
            groups.add(all);
            return groups;
        }
        for (int c = 0; c < data.targetCount(); c++) {
            groups.add(new ArrayList<>());
        }
        int[] classes = data.classIndices();
        for (int i = 0; i < classes.length; i++) {
            groups.get(classes[i]).add(i);
        }
        return groups;
    }

    private static Dataset part(Dataset data, List<Integer> positions, Random random) {
        Shuffle.list(positions, random);
        return data.subset(positions.stream().mapToInt(Integer::intValue).toArray());
    }
}
