package org.convene.ingest;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts whose INTERACTS need rebuilding after posts were written: collected while writing, used
 * once by {@link ImportService#rebuildDerived(PendingDerivations)}, so that a caller writing many small
 * pages (live collection) rebuilds once per poll, and only for the accounts the poll touched.
 */
public final class PendingDerivations {

    private final Set<AccountKey> accounts = ConcurrentHashMap.newKeySet();

    void addAll(Set<AccountKey> keys) {
        accounts.addAll(keys);
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    public int size() {
        return accounts.size();
    }

    /** Takes the accounts collected so far, leaving none. */
    List<AccountKey> drain() {
        List<AccountKey> taken = List.copyOf(accounts);
        accounts.removeAll(taken);
        return taken;
    }
}
