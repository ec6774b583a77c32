package se.egalleria.web.faces.homecare;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.AssignmentView;
import se.egalleria.account.application.HomeCare;
import se.egalleria.account.application.HomeCareWorker;
import se.egalleria.account.application.Invitations;
import se.egalleria.account.application.NewAssignment;
import se.egalleria.account.application.NewInvitation;
import se.egalleria.account.domain.Role;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.rest.RequestContexts;

/**
 * "Hemtjänst" in the municipality's console: invite home-care workers, assign residents to them
 * (by the resident's e-mail address) and remove assignments.
 */
@Named
@ViewScoped
public class HomeCareConsoleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PER_PAGE = 20;

    @Inject
    private HomeCare homeCare;

    @Inject
    private Invitations invitations;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private int page = 1;
    private boolean allowed;
    private transient Page<HomeCareWorker> workers;
    private String inviteEmail;
    private Long workerId;
    private String residentEmail;

    public void load() {
        try {
            workers = homeCare.workers(new PageRequest(Math.max(0, page - 1), PER_PAGE));
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void invite() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            invitations.invite(new NewInvitation(inviteEmail, Role.HOME_CARE.name(), null, null),
                    RequestContexts.links(request, language.getLocale()));
            messages.info("homeCare.invited", inviteEmail.strip().toLowerCase());
            inviteEmail = null;
        } catch (DomainException e) {
            messages.show(e, Map.of("email", "invite:email"));
        }
        load();
    }

    public void assign() {
        try {
            AssignmentView assigned = homeCare.assign(new NewAssignment(workerId, residentEmail));
            messages.info("homeCare.assigned", assigned.residentName(), assigned.workerName());
            residentEmail = null;
        } catch (DomainException e) {
            messages.show(e, Map.of("workerAccountId", "assign:worker", "residentEmail", "assign:residentEmail"));
        }
        load();
    }

    public void end(AssignmentView assignment) {
        try {
            homeCare.end(assignment.id());
            messages.info("homeCare.ended", assignment.residentName(), assignment.workerName());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        load();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<HomeCareWorker> getWorkers() {
        return workers == null ? List.of() : workers.items();
    }

    public int getPageCount() {
        return workers == null ? 1 : Math.max(1, workers.totalPages());
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public String getResidentEmail() {
        return residentEmail;
    }

    public void setResidentEmail(String residentEmail) {
        this.residentEmail = residentEmail;
    }
}
