package se.egalleria.web.faces.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.csv.PriceText;
import se.egalleria.platform.application.ConfigArchive;
import se.egalleria.platform.application.MunicipalityAdministration;
import se.egalleria.platform.application.MunicipalityStatus;
import se.egalleria.platform.application.NewMunicipality;
import se.egalleria.platform.application.NewVillage;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.web.faces.common.Downloads;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.rest.RequestContexts;

/**
 * The operator's municipalities: the list (suspend, reactivate, export as tenant-config) and the
 * form that opens a new gallery and invites its first administrator.
 */
@Named
@ViewScoped
public class MunicipalitiesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("slug", "create:slug"), Map.entry("name", "create:name"), Map.entry("county", "create:county"),
            Map.entry("hosts", "create:hosts"), Map.entry("defaultLocale", "create:locale"),
            Map.entry("primaryColor", "create:primary"), Map.entry("accentColor", "create:accent"),
            Map.entry("deliveryFeeOre", "create:fee"), Map.entry("fee", "create:fee"),
            Map.entry("welcomeSv", "create:welcomeSv"), Map.entry("welcomeEn", "create:welcomeEn"),
            Map.entry("contactEmail", "create:contactEmail"), Map.entry("contactPhone", "create:contactPhone"),
            Map.entry("administratorEmail", "create:admin"), Map.entry("villages", "create:village"),
            Map.entry("latitude", "create:latitude"), Map.entry("longitude", "create:longitude"));

    @Inject
    private MunicipalityAdministration administration;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private transient List<MunicipalityStatus> municipalities;
    private boolean allowed;

    private String slug;
    private String name;
    private String county;
    private String hosts;
    private String defaultLocale = "sv";
    private String primaryColor = "#1d4f6e";
    private String accentColor = "#9c3d10";
    private String fee = "20";
    private String welcomeSv;
    private String welcomeEn;
    private String contactEmail;
    private String contactPhone;
    private String administratorEmail;
    private String village;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Integer households;

    public void load() {
        try {
            municipalities = administration.list();
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public String create() {
        try {
            Long feeOre = PriceText.toOre("fee", fee);
            List<String> hostList = hosts == null ? List.of() : Arrays.stream(hosts.split("[,\\s]+")).toList();
            List<NewVillage> villages = village == null || village.isBlank() ? List.of()
                    : List.of(new NewVillage(village, latitude, longitude, households));
            MunicipalityStatus created = administration.create(new NewMunicipality(slug, name, county, hostList,
                    defaultLocale, primaryColor, accentColor, feeOre, welcomeSv, welcomeEn, contactEmail, contactPhone,
                    administratorEmail, villages), RequestContexts.links((HttpServletRequest) FacesContext.getCurrentInstance()
                            .getExternalContext().getRequest(), language.getLocale()));
            messages.info("platform.municipalities.created", created.name(), administratorEmail);
            messages.keepForRedirect();
            return "/platform/municipalities.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            messages.show(e, INPUTS);
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        return null;
    }

    public String suspend(String municipality) {
        return change(municipality, false);
    }

    public String reactivate(String municipality) {
        return change(municipality, true);
    }

    private String change(String municipality, boolean active) {
        try {
            MunicipalityStatus changed = active ? administration.reactivate(municipality)
                    : administration.suspend(municipality);
            messages.info(active ? "platform.municipalities.reactivated" : "platform.municipalities.suspended",
                    changed.name());
            messages.keepForRedirect();
            return "/platform/municipalities.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.show(e, Map.of());
            return null;
        }
    }

    public void export(String municipality) throws IOException {
        ConfigArchive archive;
        try {
            archive = administration.export(municipality);
        } catch (DomainException e) {
            messages.show(e, Map.of());
            return;
        }
        Downloads.send(archive.content(), "application/zip", archive.fileName());
        FacesContext.getCurrentInstance().responseComplete();
    }

    public List<MunicipalityStatus> getMunicipalities() {
        if (municipalities == null && allowed) {
            municipalities = administration.list();
        }
        return municipalities;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getHosts() {
        return hosts;
    }

    public void setHosts(String hosts) {
        this.hosts = hosts;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public void setDefaultLocale(String defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(String primaryColor) {
        this.primaryColor = primaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }

    public String getWelcomeSv() {
        return welcomeSv;
    }

    public void setWelcomeSv(String welcomeSv) {
        this.welcomeSv = welcomeSv;
    }

    public String getWelcomeEn() {
        return welcomeEn;
    }

    public void setWelcomeEn(String welcomeEn) {
        this.welcomeEn = welcomeEn;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getAdministratorEmail() {
        return administratorEmail;
    }

    public void setAdministratorEmail(String administratorEmail) {
        this.administratorEmail = administratorEmail;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public Integer getHouseholds() {
        return households;
    }

    public void setHouseholds(Integer households) {
        this.households = households;
    }
}
