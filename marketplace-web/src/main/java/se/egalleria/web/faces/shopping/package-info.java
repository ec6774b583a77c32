/**
 * The resident's shopping pages: the basket, checkout, the confirmation and following an order.
 * Plain forms that work without JavaScript; the services are the same the REST API calls.
 */
package se.egalleria.web.faces.shopping;
