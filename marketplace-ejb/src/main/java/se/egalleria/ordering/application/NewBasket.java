package se.egalleria.ordering.application;

/** A basket just made: the token is shown this once; only its digest is stored. */
public record NewBasket(String token, BasketView basket) {
}
