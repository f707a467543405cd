package org.tracelab.app.ui.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Styles;

/**
 * One filter dimension as check boxes, each with its count in the current selection: "direct (1,204)". The values
 * offered are the run's; values ticked stay listed even when the selection no longer has them. A grouped list
 * ({@link #grouped}) sorts its values, puts a heading above each group (the instruction facet: IFEval, IFBench,
 * Custom) and gives each box a tooltip.
 */
final class FacetList<K> extends VBox {

    private final String idPrefix;
    private final Function<K, String> label;
    private final Consumer<Set<K>> onChange;
    private final Label title;
    private final List<K> keys = new ArrayList<>();
    private final List<CheckBox> boxes = new ArrayList<>();
    private Function<K, String> idPart;
    private Function<K, String> group;
    private Function<K, String> tooltip;
    private Comparator<K> order;
    private boolean updating;

    FacetList(String id, String titleText, Function<K, String> label, Consumer<Set<K>> onChange) {
        this.idPrefix = id;
        this.label = label;
        this.onChange = onChange;
        this.idPart = label;
        setId(id);
        setSpacing(3);
        title = new Label(titleText);
        title.getStyleClass().add(Styles.FACET_TITLE);
        getChildren().add(title);
    }

    /**
     * Lists the values in {@code order} under a heading per {@code group} (id {@code <facet>Group-<group>}), names
     * each box's id after {@code idPart} rather than its label, and gives each box the tooltip {@code tooltip}.
     */
    FacetList<K> grouped(
            Comparator<K> order, Function<K, String> group, Function<K, String> idPart, Function<K, String> tooltip) {
        this.order = order;
        this.group = group;
        this.idPart = idPart;
        this.tooltip = tooltip;
        return this;
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
            if (order != null) {
                List<K> sorted = new ArrayList<>(listed);
                sorted.sort(order);
                listed = new LinkedHashSet<>(sorted);
            }
            if (!keys.equals(new ArrayList<>(listed))) {
                rebuild(listed);
            }
            for (int i = 0; i < keys.size(); i++) {
                K key = keys.get(i);
                Long count = counts == null ? null : counts.getOrDefault(key, 0L);
                boxes.get(i)
                        .setText(breakable(label.apply(key))
                                + (count == null ? "" : String.format(Locale.ROOT, " (%,d)", count)));
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
        String shownGroup = null;
        for (K key : keys) {
            if (group != null && !group.apply(key).equals(shownGroup)) {
                shownGroup = group.apply(key);
                Label heading = new Label(shownGroup);
                heading.setId(idPrefix + "Group-" + shownGroup);
                heading.getStyleClass().add(Styles.FACET_GROUP);
                getChildren().add(heading);
            }
            CheckBox box = new CheckBox(breakable(label.apply(key)));
            box.setId(idPrefix + "-" + idPart.apply(key).replaceAll("[^A-Za-z0-9_-]", "_"));
            box.setMnemonicParsing(false);
            box.setWrapText(true); // a long name ("No consecutive words with the same first letter") wraps, whole
            box.setMinHeight(Region.USE_PREF_SIZE);
            if (tooltip != null) {
                box.setTooltip(new Tooltip(tooltip.apply(key)));
            }
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
