/** Units, their framework agreements with shops (with agreed prices) and the people who order for them. */
package se.egalleria.organisation.domain;
