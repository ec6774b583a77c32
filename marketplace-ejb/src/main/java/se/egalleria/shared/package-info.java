/**
 * Building blocks every business area uses: the domain exception family (carrying message keys,
 * never user text) and paging of list results.
 */
package se.egalleria.shared;
