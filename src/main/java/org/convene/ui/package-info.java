/** The Vaadin web UI: one package per view, each a thin layer over a feature's service. */
package org.convene.ui;
