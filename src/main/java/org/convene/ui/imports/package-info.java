/** The Import page: files uploaded to a temporary directory, imported in the background, then reported. */
package org.convene.ui.imports;
