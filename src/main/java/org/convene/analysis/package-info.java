/**
 * Communities, influence and bridges, computed with Neo4j Graph Data Science and written back into the
 * graph. {@link org.convene.analysis.AnalysisService} runs the steps in order; each algorithm sits behind a
 * small interface ({@code CommunityDetection}, {@code Centrality}) so the choice of algorithm is separate
 * from how it is called. Pure computations ({@code RoleBrokerage}, {@code ClusterLabels}, {@code TopWords})
 * take plain Java values and are tested without a database.
 */
package org.convene.analysis;
