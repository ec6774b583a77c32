/**
 * The local shops of a municipality's gallery: who they are, where they are and when they are
 * open. Public face: {@link se.egalleria.shop.application.ShopDirectory}.
 */
package se.egalleria.shop;
