package se.egalleria.web.faces.common;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import se.egalleria.web.tenancy.TenantFilter;

/**
 * Keeps forms inside a gallery reached by path prefix: a page served at /g/arjeplog/... posts
 * back to /g/arjeplog/..., not to the bare host where there is no municipality.
 */
public class TenantPathViewHandler extends ViewHandlerWrapper {

    public TenantPathViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return withPrefix(context, super.getActionURL(context, viewId));
    }

    private static String withPrefix(FacesContext context, String url) {
        Object prefix = context.getExternalContext().getRequestMap().get(TenantFilter.LINK_PREFIX);
        String contextPath = context.getExternalContext().getRequestContextPath();
        if (prefix == null || prefix.toString().isEmpty() || !url.startsWith(contextPath)) {
            return url;
        }
        return contextPath + prefix + url.substring(contextPath.length());
    }
}
