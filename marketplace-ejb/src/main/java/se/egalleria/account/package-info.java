/**
 * Accounts and who may do what: residents, shop staff, carriers and administrators of one
 * municipality, and platform operators; passwords, API tokens, e-mail verification, password
 * reset, invitations, and a resident's own data (export, deletion). Public faces:
 * {@link se.egalleria.account.application.Authentication}, {@link se.egalleria.account.application.Access},
 * {@link se.egalleria.account.application.Registration}, {@link se.egalleria.account.application.Invitations},
 * {@link se.egalleria.account.application.PersonalData}.
 */
package se.egalleria.account;
