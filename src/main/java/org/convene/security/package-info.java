/**
 * Who may do what: users stored in Neo4j with bcrypt-hashed passwords, three roles where each includes
 * the ones below it (viewer, analyst, admin), the first administrator on an empty store, optional
 * OpenID Connect sign-in, and the web security rules that put all of it in front of the views.
 */
package org.convene.security;
