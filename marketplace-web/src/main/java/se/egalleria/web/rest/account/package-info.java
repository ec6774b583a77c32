/** The API for accounts: tokens (sign in and out), registration, password reset, invitations, one's own data. */
package se.egalleria.web.rest.account;
