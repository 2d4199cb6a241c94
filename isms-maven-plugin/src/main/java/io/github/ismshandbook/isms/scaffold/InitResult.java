package io.github.ismshandbook.isms.scaffold;

import java.util.List;

/**
 * What {@link StarterHandbook#copyTo} did, paths relative to the source folder, '/'-separated, in index order.
 *
 * @param created files written
 * @param skipped files left alone because something already existed at their path
 */
public record InitResult(List<String> created, List<String> skipped) {

    public InitResult {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
