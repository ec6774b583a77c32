/** Back-office pages for shop staff: their shops, products (list, form, CSV import and export), services and their slots, orders. */
package se.egalleria.web.faces.shop;
