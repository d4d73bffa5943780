/**
 * The figures of the first screen that no other feature owns: the role mix, each chat's activity per sitting
 * (participants, newcomers, returners) and the top accounts by PageRank, read from what import, roles and
 * analysis left in the graph. Its Cypher is in {@code org/convene/overview/*.cypher}.
 */
package org.convene.overview;
