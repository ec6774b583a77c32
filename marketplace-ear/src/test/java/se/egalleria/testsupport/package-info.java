/** What the integration tests share: the deployment of the real EAR and an HTTP client per gallery. */
package se.egalleria.testsupport;
