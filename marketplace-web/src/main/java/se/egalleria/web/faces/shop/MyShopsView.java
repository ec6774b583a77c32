package se.egalleria.web.faces.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.domain.Role;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.faces.common.Navigation;

/** "Min butik": the shops the signed-in person works in (all of them for an administrator). */
@Named
@RequestScoped
public class MyShopsView {

    /** A shop to manage. */
    public record ManagedShop(long id, String name) {
    }

    @Inject
    private Caller caller;

    @Inject
    private ShopDirectory shops;

    @Inject
    private Navigation navigation;

    public void requireSignIn() {
        if (caller.identity().isEmpty()) {
            navigation.redirect("/account/login.xhtml");
        }
    }

    public List<ManagedShop> getShops() {
        CallerIdentity me = caller.identity().orElse(null);
        if (me == null) {
            return List.of();
        }
        Map<Long, String> names = shops.namesById();
        boolean all = me.isOperator() || me.has(Role.MUNICIPALITY_ADMIN);
        return names.entrySet().stream()
                .filter(shop -> all || me.shopIds().contains(shop.getKey()))
                .map(shop -> new ManagedShop(shop.getKey(), shop.getValue()))
                .sorted(java.util.Comparator.comparing(ManagedShop::name))
                .toList();
    }
}
