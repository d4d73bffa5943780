/**
 * Ad hoc Cypher for researchers: one runner with the same rules for the command line and the UI
 * (read-only unless writing is allowed, a time-out, a row limit), and the named query library.
 */
package org.convene.cypher;
