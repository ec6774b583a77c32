/** The municipality administrator's pages: for now the home-delivery subsidy (register and monthly reports). */
package se.egalleria.web.faces.municipality;
