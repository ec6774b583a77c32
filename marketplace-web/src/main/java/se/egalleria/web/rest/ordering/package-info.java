/** REST for the basket, checkout and orders: the same flow the storefront pages use, for apps and phone-order desks. */
package se.egalleria.web.rest.ordering;
