/**
 * Live collection: polls Twitter/X (v1.1 search through Twitter4J, v2 recent search over HTTP), Mastodon
 * hashtag timelines and Bluesky {@code searchPosts} for a hashtag, and writes each response page through
 * the importers, so the graph grows exactly as it does from files. Each collection remembers where it got
 * to ({@code CollectState} in the graph), waits out rate limits, and stops cleanly between pages.
 * {@link org.convene.collect.CollectService} runs collections for the CLI and the UI.
 */
package org.convene.collect;
