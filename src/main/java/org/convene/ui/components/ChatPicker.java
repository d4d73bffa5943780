package org.convene.ui.components;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.convene.suggest.SuggestService;

/** A chat to pick: the followed chats are listed, any hashtag can be typed; shown as #tag, the value is the tag. */
public class ChatPicker extends ComboBox<String> {

    public ChatPicker(String label, List<String> followed) {
        super(label);
        setItems(followed);
        setAllowCustomValue(true); // any hashtag in the graph, not only the followed chats
        addCustomValueSetListener(e -> setValue(SuggestService.tag(e.getDetail())));
        setItemLabelGenerator(t -> "#" + t);
    }

    /** For a filter: empty means every chat, and {@code tooltip} says what picking one keeps. */
    public ChatPicker optional(String tooltip) {
        setPlaceholder("every chat");
        setClearButtonVisible(true);
        setTooltipText(tooltip);
        return this;
    }
}
