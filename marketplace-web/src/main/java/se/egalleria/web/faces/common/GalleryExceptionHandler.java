package se.egalleria.web.faces.common;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.egalleria.shared.NotFoundException;

/**
 * What a person sees when a page fails: an expired or forged form (no valid view state) is a
 * 400 "page expired"; something missing is a 404; anything else is logged with an incident id
 * and shown as a friendly 500 page. Never an exception's text.
 */
public class GalleryExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(GalleryExceptionHandler.class.getName());

    public GalleryExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            Throwable cause = rootOf(thrown);
            if (thrown instanceof ViewExpiredException || cause instanceof ViewExpiredException) {
                show(400, "/WEB-INF/errors/expired.xhtml");
            } else if (cause instanceof NotFoundException) {
                show(404, "/WEB-INF/errors/not-found.xhtml");
            } else {
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Incident " + incident, thrown);
                show(500, "/WEB-INF/errors/error.xhtml");
            }
        }
        super.handle();
    }

    private static void show(int status, String viewId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(status);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, viewId));
        faces.getPartialViewContext().setRenderAll(true);
        faces.renderResponse();
    }

    private static Throwable rootOf(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof FacesException || cause instanceof jakarta.el.ELException
                || cause instanceof jakarta.ejb.EJBException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
