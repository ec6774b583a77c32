/**
 * Home-care pages: the administrator's "Hemtjänst" console page (invite workers, assign residents,
 * remove assignments) and the worker's list of their residents with "repeat the latest order".
 */
package se.egalleria.web.faces.homecare;
