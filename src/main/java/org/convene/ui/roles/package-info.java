/**
 * The Roles view ({@code /roles}): the review queue with bulk corrections ({@code ReviewQueue}), the role
 * dictionary ({@code DictionaryPanel}) and the try-a-bio box ({@code TryBio}), over
 * {@link org.convene.roles.RoleReview} and {@link org.convene.roles.RoleService}.
 */
package org.convene.ui.roles;
