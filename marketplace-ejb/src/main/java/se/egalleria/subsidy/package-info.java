/**
 * The home-delivery subsidy (hemsändningsbidrag): the register of households approved for
 * subsidised delivery, the monthly report per shop or carrier laid out like the county board's
 * form (with the municipality's rules checked on every line), its approval (then locked), and the
 * yearly summary the municipality claims the state subsidy with.
 */
package se.egalleria.subsidy;
