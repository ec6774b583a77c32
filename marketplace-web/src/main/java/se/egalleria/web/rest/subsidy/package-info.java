/** REST for the home-delivery subsidy: the register, monthly reports (JSON, CSV, PDF), approval, the year. */
package se.egalleria.web.rest.subsidy;
