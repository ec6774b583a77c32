/**
 * Regional galleries: one public gallery (e.g. a county's) listing the shops and services of
 * several municipalities, each linking into its own municipality's gallery, where orders are placed.
 */
package se.egalleria.region;
