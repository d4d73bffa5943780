/**
 * Privacy: erasing an account with a log that keeps no trace of whom, and removing posts past a retention
 * period. Both rebuild the derived INTERACTS of the accounts they touch. The pseudonymised export lives in
 * {@code org.convene.export}.
 */
package org.convene.privacy;
