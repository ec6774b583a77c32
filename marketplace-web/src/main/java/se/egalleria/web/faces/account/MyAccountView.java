package se.egalleria.web.faces.account;

import se.egalleria.web.security.SignOut;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.PersonalData;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/** "Mitt konto": who I am here, my data as a download, and deleting my account. */
@Named
@RequestScoped
public class MyAccountView {

    @Inject
    private Caller caller;

    @Inject
    private PersonalData personalData;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private boolean confirmDeletion;

    /** View action: this page is for signed-in people only. */
    public void requireSignIn() {
        if (caller.identity().isEmpty()) {
            navigation.redirect("/account/login.xhtml");
        }
    }

    public CallerIdentity getMe() {
        return caller.identity().orElse(null);
    }

    public List<String> getRoles() {
        CallerIdentity me = caller.require();
        return me.isOperator() ? List.of(messages.text("role.PLATFORM_OPERATOR"))
                : me.roles().stream().map(role -> messages.text("role." + role.name())).sorted().toList();
    }

    /** The data export as a file download, the same JSON the API gives. */
    public void download() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(personalData.export()).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IOException(e);
        }
        external.responseReset();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"mina-uppgifter.json\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseContentLength(json.length);
        external.getResponseOutputStream().write(json);
        faces.responseComplete();
    }

    public void delete() throws ServletException {
        if (!confirmDeletion) {
            messages.errorOn("delete:confirm", "account.delete.confirmFirst");
            return;
        }
        personalData.deleteMine();
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        SignOut.of(request);
        messages.info("account.delete.done");
        messages.keepForRedirect();
        navigation.redirect("/");
    }

    public boolean isConfirmDeletion() {
        return confirmDeletion;
    }

    public void setConfirmDeletion(boolean confirmDeletion) {
        this.confirmDeletion = confirmDeletion;
    }
}
