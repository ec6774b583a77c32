package se.egalleria.ordering.domain;

/** Where an order is in the shop's workflow. The shop's inbox moves it on from NEW. */
public enum OrderStatus {
    NEW
}
