/** Administrators manage users and see how to reach the embedded database over Bolt. */
package org.convene.ui.users;
