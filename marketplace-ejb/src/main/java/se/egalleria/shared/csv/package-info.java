/** Files for spreadsheets: the one CSV dialect every download of the gallery uses. */
package se.egalleria.shared.csv;
