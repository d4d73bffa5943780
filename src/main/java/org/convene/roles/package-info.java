/**
 * Stakeholder roles: each account gets role keys (nurse, doctor, ahp, ...) from its bio, name and handle by
 * rules in an editable dictionary ({@link org.convene.roles.RoleDictionary}), with the matched phrases as
 * evidence; a person's correction outranks the rules and survives re-imports and re-labelling.
 */
package org.convene.roles;
