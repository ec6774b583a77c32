/** Back-office pages for shop staff: their shops, product list, product form, CSV import and export. */
package se.egalleria.web.faces.shop;
