/** Account pages: sign in and out, register, confirm the e-mail address, reset the password, accept an invitation, one's own account. */
package se.egalleria.web.faces.account;
