package se.egalleria.tenancy.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

/** How a municipality's gallery looks: colours, logo and welcome text in Swedish and English. */
@Embeddable
public class Branding {

    @Column(name = "primary_color", nullable = false, length = 7)
    private String primaryColor;

    @Column(name = "accent_color", nullable = false, length = 7)
    private String accentColor;

    @Column(name = "welcome_text_sv", nullable = false)
    private String welcomeTextSv;

    @Column(name = "welcome_text_en", nullable = false)
    private String welcomeTextEn;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_content_type", length = 60)
    private String logoContentType;

    protected Branding() {
        // for JPA
    }

    public Branding(String primaryColor, String accentColor, String welcomeTextSv, String welcomeTextEn,
                    byte[] logo, String logoContentType) {
        this.primaryColor = primaryColor;
        this.accentColor = accentColor;
        this.welcomeTextSv = welcomeTextSv;
        this.welcomeTextEn = welcomeTextEn;
        this.logo = logo == null ? null : logo.clone();
        this.logoContentType = logoContentType;
    }

    /** The same logo with other colours and welcome texts. */
    public Branding restyled(String primaryColor, String accentColor, String welcomeTextSv, String welcomeTextEn) {
        return new Branding(primaryColor, accentColor, welcomeTextSv, welcomeTextEn, logo, logoContentType);
    }

    /** The same colours and texts with another logo. */
    public Branding withLogo(byte[] logo, String logoContentType) {
        return new Branding(primaryColor, accentColor, welcomeTextSv, welcomeTextEn, logo, logoContentType);
    }

    public String primaryColor() {
        return primaryColor;
    }

    public String accentColor() {
        return accentColor;
    }

    /** The welcome text in the given language; Swedish when there is no English text. */
    public String welcomeText(String language) {
        return "en".equals(language) && !welcomeTextEn.isBlank() ? welcomeTextEn : welcomeTextSv;
    }

    public String welcomeTextSv() {
        return welcomeTextSv;
    }

    public String welcomeTextEn() {
        return welcomeTextEn;
    }

    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    public String logoContentType() {
        return logoContentType;
    }
}
