/**
 * Whom to invite to a chat: candidates near the chat's regulars, scored by small independent signals
 * (closeness, influence, role gaps, bridging, topical fit, recent activity) with reasons in plain words;
 * the ego view of one account; and invitations the host has marked.
 */
package org.convene.suggest;
