package se.egalleria.organisation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.Invitations;
import se.egalleria.account.application.LinkContext;
import se.egalleria.audit.AuditLog;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.organisation.domain.AboveLimit;
import se.egalleria.organisation.domain.FrameworkAgreement;
import se.egalleria.organisation.domain.OrganisationUnit;
import se.egalleria.organisation.domain.UnitKind;
import se.egalleria.organisation.domain.UnitOrderer;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * The municipality's administrators register their units as organisation customers, agree terms
 * with shops per unit (framework agreements with limits and price lists) and invite the people who
 * order for a unit.
 */
@Stateless
public class OrganisationUnits {

    /** The page where orderers follow their unit's spending; the invitation e-mail links to it. */
    public static final String SPENDING_PAGE = "/account/organisation.xhtml";

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final long MAX_ORE = 100_000_000_00L;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private ShopDirectory shops;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private Invitations invitations;

    @Inject
    private AuditLog audit;

    public Page<UnitDetails> list(PageRequest page) {
        access.requireAdministrator();
        EntityManager em = tenantEm.current();
        long total = em.createNamedQuery(OrganisationUnit.COUNT, Long.class).getSingleResult();
        List<OrganisationUnit> units = total <= page.offset() ? List.of()
                : em.createNamedQuery(OrganisationUnit.ALL, OrganisationUnit.class).setFirstResult(page.offset())
                        .setMaxResults(page.size()).getResultList();
        Map<Long, String> villages = villageNames();
        return new Page<>(units.stream().map(u -> details(u, villages)).toList(), page.page(), page.size(), total);
    }

    public UnitDetails get(long unitId) {
        access.requireAdministrator();
        return details(unit(unitId), villageNames());
    }

    public UnitDetails register(UnitInput input) {
        CallerIdentity admin = access.requireAdministrator();
        OrganisationUnit.UnitProfile profile = profile(input);
        EntityManager em = tenantEm.current();
        requireFreeName(profile.name(), null);
        OrganisationUnit unit = new OrganisationUnit(profile, Instant.now());
        em.persist(unit);
        flush("error.organisation.nameTaken", profile.name());
        audit.record(admin.auditName(), "organisation.registered", "unit:" + unit.id(), profile.name());
        return details(unit, villageNames());
    }

    public UnitDetails change(long unitId, UnitInput input) {
        CallerIdentity admin = access.requireAdministrator();
        OrganisationUnit unit = unit(unitId);
        OrganisationUnit.UnitProfile profile = profile(input);
        if (input.version() != null && input.version() != unit.version()) {
            throw new ConflictException("error.organisation.changedMeanwhile", unit.name());
        }
        requireFreeName(profile.name(), unitId);
        unit.change(profile);
        flush("error.organisation.changedMeanwhile", profile.name());
        audit.record(admin.auditName(), "organisation.changed", "unit:" + unitId, profile.name());
        return details(unit, villageNames());
    }

    public List<AgreementDetails> agreements(long unitId) {
        access.requireAdministrator();
        unit(unitId);
        return views(agreementsOf(unitId));
    }

    public AgreementDetails addAgreement(long unitId, AgreementInput input) {
        CallerIdentity admin = access.requireAdministrator();
        OrganisationUnit unit = unit(unitId);
        long shopId = shop(input.shopId());
        FrameworkAgreement.Terms terms = terms(shopId, input);
        EntityManager em = tenantEm.current();
        if (!em.createNamedQuery(FrameworkAgreement.OF_SHOP, FrameworkAgreement.class).setParameter("unitId", unitId)
                .setParameter("shopId", shopId).getResultList().isEmpty()) {
            throw new ConflictException("error.organisation.agreementExists", unit.name(),
                    shops.namesById().get(shopId));
        }
        FrameworkAgreement agreement = new FrameworkAgreement(unitId, shopId, terms);
        em.persist(agreement);
        flush("error.organisation.agreementExists", unit.name(), shops.namesById().get(shopId));
        audit.record(admin.auditName(), "organisation.agreementAdded", "agreement:" + agreement.id(),
                terms.reference());
        return views(List.of(agreement)).get(0);
    }

    public AgreementDetails changeAgreement(long unitId, long agreementId, AgreementInput input) {
        CallerIdentity admin = access.requireAdministrator();
        FrameworkAgreement agreement = agreement(unitId, agreementId);
        if (input.shopId() != null && input.shopId() != agreement.shopId()) {
            throw new InvalidInputException("shopId", "error.organisation.shopFixed");
        }
        FrameworkAgreement.Terms terms = terms(agreement.shopId(), input);
        if (input.version() != null && input.version() != agreement.version()) {
            throw new ConflictException("error.organisation.agreementChangedMeanwhile", agreement.reference());
        }
        agreement.change(terms);
        flush("error.organisation.agreementChangedMeanwhile", terms.reference());
        audit.record(admin.auditName(), "organisation.agreementChanged", "agreement:" + agreementId,
                terms.reference());
        return views(List.of(agreement)).get(0);
    }

    /** Ends an agreement: orders already placed under it stay as they are (they refer to the unit, not to it). */
    public void removeAgreement(long unitId, long agreementId) {
        CallerIdentity admin = access.requireAdministrator();
        FrameworkAgreement agreement = agreement(unitId, agreementId);
        tenantEm.current().remove(agreement);
        audit.record(admin.auditName(), "organisation.agreementRemoved", "agreement:" + agreementId,
                agreement.reference());
    }

    /** Lets the person with this address order for the unit (an invitation when they have no account). */
    public OrdererView inviteOrderer(long unitId, String email, LinkContext links) {
        access.requireAdministrator();
        OrganisationUnit unit = unit(unitId);
        String address = Inputs.email("email", email);
        EntityManager em = tenantEm.current();
        if (em.createNamedQuery(UnitOrderer.OF_UNIT, UnitOrderer.class).setParameter("unitId", unitId)
                .getResultStream().anyMatch(o -> o.email().equals(address))) {
            throw new ConflictException("error.organisation.ordererExists", address, unit.name());
        }
        long accountId = invitations.inviteUnitOrderer(address, unit.name(), SPENDING_PAGE + "?unit=" + unitId, links);
        UnitOrderer orderer = new UnitOrderer(unitId, accountId, address, Instant.now());
        em.persist(orderer);
        em.flush();
        return view(orderer);
    }

    public List<OrdererView> orderers(long unitId) {
        access.requireAdministrator();
        unit(unitId);
        return tenantEm.current().createNamedQuery(UnitOrderer.OF_UNIT, UnitOrderer.class)
                .setParameter("unitId", unitId).getResultStream().map(OrganisationUnits::view).toList();
    }

    /** The units the signed-in person may order for. */
    public List<UnitDetails> mine() {
        CallerIdentity me = access.requireAccount();
        EntityManager em = tenantEm.current();
        Set<Long> ids = em.createNamedQuery(UnitOrderer.OF_ACCOUNT, UnitOrderer.class).setParameter("accountId", me.id())
                .getResultStream().map(UnitOrderer::unitId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> villages = villageNames();
        return em.createQuery("SELECT u FROM OrganisationUnit u WHERE u.id IN :ids ORDER BY u.name",
                OrganisationUnit.class).setParameter("ids", ids).getResultStream().map(u -> details(u, villages))
                .toList();
    }

    private OrganisationUnit unit(long unitId) {
        OrganisationUnit unit = tenantEm.current().find(OrganisationUnit.class, unitId);
        if (unit == null) {
            throw new NotFoundException("error.organisation.notFound", unitId);
        }
        return unit;
    }

    private FrameworkAgreement agreement(long unitId, long agreementId) {
        unit(unitId);
        FrameworkAgreement agreement = tenantEm.current().find(FrameworkAgreement.class, agreementId);
        if (agreement == null || agreement.unitId() != unitId) {
            throw new NotFoundException("error.organisation.agreementNotFound", agreementId);
        }
        return agreement;
    }

    private List<FrameworkAgreement> agreementsOf(long unitId) {
        return tenantEm.current().createNamedQuery(FrameworkAgreement.OF_UNIT, FrameworkAgreement.class)
                .setParameter("unitId", unitId).getResultList();
    }

    private void requireFreeName(String name, Long self) {
        boolean taken = tenantEm.current().createNamedQuery(OrganisationUnit.BY_NAME, OrganisationUnit.class)
                .setParameter("name", name).getResultStream().anyMatch(u -> !Objects.equals(u.id(), self));
        if (taken) {
            throw new ConflictException("error.organisation.nameTaken", name);
        }
    }

    /** Flushes now, so that a unique key or a concurrent change is refused here and not at commit. */
    private void flush(String key, Object... arguments) {
        try {
            tenantEm.current().flush();
        } catch (PersistenceException e) {
            throw new ConflictException(key, arguments);
        }
    }

    private OrganisationUnit.UnitProfile profile(UnitInput input) {
        UnitInput i = input == null ? new UnitInput(null, null, null, null, null, null, null, null) : input;
        String name = Inputs.required("name", i.name(), 120);
        UnitKind kind = Inputs.oneOf(UnitKind.class, "kind", i.kind());
        String reference = Inputs.required("invoiceReference", i.invoiceReference(), 120);
        String street = Inputs.required("street", i.street(), 200);
        String postalCode = Inputs.required("postalCode", i.postalCode(), 10).replace(" ", "");
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new InvalidInputException("postalCode", "error.checkout.postalCode");
        }
        if (i.villageId() == null) {
            throw new InvalidInputException("villageId", "error.input.required");
        }
        if (municipality.current().villages().stream().noneMatch(v -> v.id() == i.villageId())) {
            throw new InvalidInputException("villageId", "error.checkout.village");
        }
        String phone = Inputs.phone("phone", i.phone());
        return new OrganisationUnit.UnitProfile(name, kind, reference, street, postalCode, i.villageId(), phone);
    }

    private long shop(Long shopId) {
        if (shopId == null) {
            throw new InvalidInputException("shopId", "error.input.required");
        }
        if (!shops.namesById().containsKey(shopId)) {
            throw new InvalidInputException("shopId", "error.organisation.unknownShop", shopId);
        }
        return shopId;
    }

    private FrameworkAgreement.Terms terms(long shopId, AgreementInput input) {
        String reference = Inputs.required("reference", input.reference(), 120);
        java.time.LocalDate from = Inputs.optionalDate("validFrom", input.validFrom());
        if (from == null) {
            throw new InvalidInputException("validFrom", "error.input.required");
        }
        java.time.LocalDate to = Inputs.optionalDate("validTo", input.validTo());
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("validTo", "error.organisation.periodOrder");
        }
        if (input.monthlyLimitOre() == null) {
            throw new InvalidInputException("monthlyLimitOre", "error.input.required");
        }
        if (input.monthlyLimitOre() < 0 || input.monthlyLimitOre() > MAX_ORE) {
            throw new InvalidInputException("monthlyLimitOre", "error.organisation.limit");
        }
        AboveLimit above = Inputs.oneOf(AboveLimit.class, "aboveLimit", input.aboveLimit());
        return new FrameworkAgreement.Terms(reference, from, to, input.monthlyLimitOre(), above,
                prices(shopId, input.prices()));
    }

    /** The price list: each a visible product of this shop, once, at a positive price. */
    private Map<Long, Long> prices(long shopId, List<AgreementInput.PriceInput> prices) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < prices.size(); i++) {
            AgreementInput.PriceInput p = prices.get(i);
            if (p == null || p.productId() == null) {
                throw new InvalidInputException("prices[" + i + "].productId", "error.input.required");
            }
            if (!ids.add(p.productId())) {
                throw new InvalidInputException("prices[" + i + "].productId", "error.organisation.priceTwice");
            }
            if (p.priceOre() == null || p.priceOre() <= 0 || p.priceOre() > MAX_ORE) {
                throw new InvalidInputException("prices[" + i + "].priceOre", "error.organisation.price");
            }
        }
        Map<Long, ProductSummary> products = catalogue.visibleByIds(ids);
        Map<Long, Long> list = new LinkedHashMap<>();
        for (int i = 0; i < prices.size(); i++) {
            AgreementInput.PriceInput p = prices.get(i);
            ProductSummary product = products.get(p.productId());
            if (product == null || product.shopId() != shopId) {
                throw new InvalidInputException("prices[" + i + "].productId", "error.organisation.notShopProduct",
                        p.productId(), shops.namesById().get(shopId));
            }
            list.put(p.productId(), p.priceOre());
        }
        return list;
    }

    /** Agreements with shop and product names: one query for the names, however many agreements. */
    List<AgreementDetails> views(List<FrameworkAgreement> agreements) {
        Map<Long, String> shopNames = shops.namesById();
        Set<Long> productIds = agreements.stream().flatMap(a -> a.prices().stream())
                .map(p -> p.productId()).collect(Collectors.toSet());
        Map<Long, ProductSummary> products = catalogue.visibleByIds(productIds);
        return agreements.stream().map(a -> new AgreementDetails(a.id(), a.unitId(), a.shopId(),
                shopNames.get(a.shopId()), a.reference(), a.validFrom(), a.validTo(), a.monthlyLimitOre(),
                a.aboveLimit().name(), a.prices().stream().map(p -> new AgreementDetails.AgreedPriceView(
                        p.productId(), products.containsKey(p.productId()) ? products.get(p.productId()).name() : "",
                        p.priceOre())).toList(), a.version())).toList();
    }

    private Map<Long, String> villageNames() {
        return municipality.current().villages().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }

    private static UnitDetails details(OrganisationUnit u, Map<Long, String> villages) {
        return new UnitDetails(u.id(), u.name(), u.kind().name(), u.invoiceReference(), u.street(), u.postalCode(),
                u.villageId(), villages.get(u.villageId()), u.phone(), u.version());
    }

    private static OrdererView view(UnitOrderer o) {
        return new OrdererView(o.id(), o.unitId(), o.accountId(), o.email(), o.invitedAt());
    }
}
