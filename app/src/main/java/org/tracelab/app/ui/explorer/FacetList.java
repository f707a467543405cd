package org.tracelab.app.ui.explorer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Styles;

/**
 * One filter dimension as check boxes, each with its count in the current selection: "direct (1,204)". The values
 * offered are the run's; values ticked stay listed even when the selection no longer has them.
 */
final class FacetList<K> extends VBox {

    private final String idPrefix;
    private final Function<K, String> label;
    private final Consumer<Set<K>> onChange;
    private final Label title;
    private final List<K> keys = new ArrayList<>();
    private final List<CheckBox> boxes = new ArrayList<>();
    private boolean updating;

    FacetList(String id, String titleText, Function<K, String> label, Consumer<Set<K>> onChange) {
        this.idPrefix = id;
        this.label = label;
        this.onChange = onChange;
        setId(id);
        setSpacing(3);
        title = new Label(titleText);
        title.getStyleClass().add(Styles.FACET_TITLE);
        getChildren().add(title);
    }

    /**
     * @param offered the values to list (the run's), in order
     * @param counts  counts within the current selection; null while they are read
     * @param ticked  the values the filter has
     */
    void show(Set<K> offered, Map<K, Long> counts, Set<K> ticked) {
        updating = true;
        try {
            Set<K> listed = new LinkedHashSet<>(offered);
            listed.addAll(ticked);
            if (!keys.equals(new ArrayList<>(listed))) {
                rebuild(listed);
            }
            for (int i = 0; i < keys.size(); i++) {
                K key = keys.get(i);
                Long count = counts == null ? null : counts.getOrDefault(key, 0L);
                boxes.get(i).setText(breakable(label.apply(key)) + (count == null ? "" : String.format(Locale.ROOT, " (%,d)", count)));
                // Set.of refuses contains(null); a chain without a seed has the null key.
                boxes.get(i).setSelected(ticked.stream().anyMatch(t -> java.util.Objects.equals(t, key)));
            }
            setVisible(!keys.isEmpty());
            setManaged(!keys.isEmpty());
        } finally {
            updating = false;
        }
    }

    private void rebuild(Set<K> listed) {
        keys.clear();
        keys.addAll(listed);
        boxes.clear();
        getChildren().setAll(title);
        for (K key : keys) {
            CheckBox box = new CheckBox(breakable(label.apply(key)));
            box.setId(idPrefix + "-" + label.apply(key).replaceAll("[^A-Za-z0-9_-]", "_"));
            box.setMnemonicParsing(false);
            // A long id wraps (at its ':' too) rather than being cut: the panel is narrow, the ids are not.
            box.setWrapText(true);
            box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.selectedProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    onChange.accept(ticked());
                }
            });
            boxes.add(box);
            getChildren().add(box);
        }
    }

    /** The label with a break opportunity (a zero-width space) after each ':', where a long id may wrap. */
    static String breakable(String label) {
        return String.valueOf(label).replace(":", ":\u200B");
    }

    private Set<K> ticked() {
        Set<K> ticked = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (boxes.get(i).isSelected()) {
                ticked.add(keys.get(i));
            }
        }
        return ticked;
    }
}
