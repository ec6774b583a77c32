package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.tenancy.application.BrandingAdministration;
import se.egalleria.tenancy.application.BrandingChanges;
import se.egalleria.tenancy.application.BrandingDetails;
import se.egalleria.tenancy.application.BrandingRules;
import se.egalleria.tenancy.application.ContrastWarning;
import se.egalleria.tenancy.domain.Colours;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.i18n.Messages;

/**
 * The administrator's branding page: the form, a preview in the chosen colours and texts that is
 * drawn again (ajax) while they type or pick, with the contrast warnings, and the logo upload.
 */
@Named
@ViewScoped
public class BrandingFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("name", "branding:name",
            "primaryColor", "branding:primaryColor", "accentColor", "branding:accentColor",
            "welcomeTextSv", "branding:welcomeTextSv", "welcomeTextEn", "branding:welcomeTextEn",
            "contactEmail", "branding:contactEmail", "contactPhone", "branding:contactPhone");

    @Inject
    private BrandingAdministration branding;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private boolean allowed;
    private String name;
    private String primaryColor;
    private String accentColor;
    private String welcomeTextSv;
    private String welcomeTextEn;
    private String contactEmail;
    private String contactPhone;
    private boolean hasLogo;
    private long version;
    private transient Part logo;

    public void load() {
        try {
            show(branding.current());
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void save() {
        try {
            show(branding.update(new BrandingChanges(name, primaryColor, accentColor, welcomeTextSv, welcomeTextEn,
                    contactEmail, contactPhone, version)));
            messages.info("branding.saved");
        } catch (ConflictException e) {
            // Someone saved meanwhile: say so, and keep what this administrator typed to compare.
            messages.show(e, Map.of());
        } catch (DomainException e) {
            messages.show(e, INPUTS);
        }
    }

    public void uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            messages.errorOn("logo:file", "error.logo.empty");
            return;
        }
        try (InputStream in = logo.getInputStream()) {
            BrandingDetails saved = branding.replaceLogo(in.readNBytes(BrandingRules.MAX_LOGO_BYTES + 1),
                    logo.getContentType());
            hasLogo = saved.hasLogo();
            version = saved.version();
            messages.info("branding.logoSaved");
        } catch (InvalidInputException e) {
            messages.show(e, Map.of("logo", "logo:file"));
        } catch (DomainException e) {
            messages.show(e, Map.of());
        } catch (IOException e) {
            messages.errorOn("logo:file", "error.logo.type");
        }
    }

    private void show(BrandingDetails d) {
        name = d.name();
        primaryColor = d.primaryColor();
        accentColor = d.accentColor();
        welcomeTextSv = d.welcomeTextSv();
        welcomeTextEn = d.welcomeTextEn();
        contactEmail = d.contactEmail();
        contactPhone = d.contactPhone();
        hasLogo = d.hasLogo();
        version = d.version();
    }

    /** The contrast warnings of the colours now in the form (before saving, too). */
    public List<String> getWarnings() {
        List<ContrastWarning> warnings = BrandingRules.warnings(primaryColor, accentColor);
        return warnings.stream().map(w -> Messages.get(language.getLocale(), w.messageKey(),
                List.of(w.colour(), w.contrastText(language.getLocale())))).toList();
    }

    /** A colour the preview can draw: the typed one when it is a colour, else a neutral grey. */
    public String previewColour(String colour) {
        return colour != null && Colours.HEX.matcher(colour.strip()).matches() ? colour.strip() : "#767676";
    }

    /** The welcome text the preview shows, in the page's language (Swedish when there is no English). */
    public String getPreviewWelcome() {
        boolean english = "en".equals(language.getLanguage()) && welcomeTextEn != null && !welcomeTextEn.isBlank();
        return english ? welcomeTextEn : welcomeTextSv == null ? "" : welcomeTextSv;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getWelcomeTextSv() {
        return welcomeTextSv;
    }

    public void setWelcomeTextSv(String welcomeTextSv) {
        this.welcomeTextSv = welcomeTextSv;
    }

    public String getWelcomeTextEn() {
        return welcomeTextEn;
    }

    public void setWelcomeTextEn(String welcomeTextEn) {
        this.welcomeTextEn = welcomeTextEn;
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

    public boolean isHasLogo() {
        return hasLogo;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
