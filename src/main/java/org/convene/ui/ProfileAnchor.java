package org.convene.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import org.convene.graph.ProfileLink;

/** A link to an account's own page on its platform, opening a new tab; shared by the pages that show accounts. */
public final class ProfileAnchor {

    private ProfileAnchor() {}

    /** The link, or null when the account has no page we can name ({@link ProfileLink#of}). */
    public static Anchor of(String platform, String id, String handle) {
        String href = ProfileLink.of(platform, id, handle);
        if (href == null) return null;
        String label = handle == null ? id : "@" + handle.replaceFirst("^@", "");
        Anchor link = new Anchor(href, "profile ↗");
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.getElement().setAttribute("aria-label", label + " on " + ProfileLink.site(platform) + " (opens a new tab)");
        link.getElement().setAttribute("title", "Open " + label + " on " + ProfileLink.site(platform));
        link.addClassName("profile");
        return link;
    }
}
