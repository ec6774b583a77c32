/** Public REST of regional galleries: a region's members, shops and services across municipalities. */
package se.egalleria.web.rest.region;
