/**
 * Reading the analysis back for people: clusters with their role mix, label and links
 * ({@link org.convene.bridges.ClusterQueries}), and who connects two role groups or two clusters, with the
 * evidence ({@link org.convene.bridges.BridgeQueries}). Read-only; every value a user picks reaches Cypher as a
 * parameter. The queries are the {@code .cypher} files beside this package and {@code cypher/library/}.
 */
package org.convene.bridges;
