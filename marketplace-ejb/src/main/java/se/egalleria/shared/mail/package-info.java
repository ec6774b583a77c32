/** E-mail through the server's Jakarta Mail session, sent only after the transaction that asked for it commits. */
package se.egalleria.shared.mail;
