/** The Privacy page: erase an account, the erasure log, retention, and the pseudonymised export. */
package org.convene.ui.privacy;
