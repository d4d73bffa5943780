package org.convene.collect;

import java.time.Duration;

/**
 * One response page, as the site sent it, ready for the importers.
 *
 * @param name      the request, e.g. {@code GET https://mastodon.social/api/v1/timelines/tag/nhssm?...}: rejected
 *                  records are reported against it with their line in the body
 * @param format    the importer that reads the body ({@code mastodon}, {@code bluesky}, {@code twitter-v1/v2})
 * @param posts     posts the site returned on this page, or -1 when the body could not be read to count them
 * @param newest    the newest id (or time, for Bluesky) on the page: where the next poll starts; null if none
 * @param next      the cursor of the next (older) page, or null when this was the last one
 * @param exhausted no requests left until then: wait this long before the next one; null when there are
 */
record Page(String name, String format, byte[] body, int posts, String newest, String next, Duration exhausted) {}
