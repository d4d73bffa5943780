/**
 * Writes the account graph with its analysis results for other tools: GEXF (Gephi), GraphML (NodeXL, igraph,
 * networkx, yEd) and CSV (R, Python), with plain StAX and Commons CSV; pseudonymised on request.
 */
package org.convene.export;
