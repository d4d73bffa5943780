/** The sign-in page: password form and OpenID Connect providers. */
package org.convene.ui.login;
