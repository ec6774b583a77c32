package se.egalleria.web.faces.common;

import jakarta.faces.application.Application;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.faces.FactoryFinder;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * Writes PrimeFaces' CSP nonce into every {@code h:form}, so that a form posts it back without
 * JavaScript.
 *
 * <p>In CSP mode PrimeFaces keeps the nonce of a page in its view state and, when the page is
 * posted back and rendered again, requires the request parameter {@code primefaces.nonce} to
 * equal it ({@code CspState.getNonce()}: "CSP nonce mismatch", or "Missing CSP nonce" when the
 * view keeps none). Its JavaScript adds that field to the forms when the page loads; a page
 * without PrimeFaces' scripts, or a browser without JavaScript, never had it. The value is no
 * secret from the page: it stands in the page's own script tags already.
 */
public class NonceFormRenderer extends RendererWrapper {

    static final String NONCE_PARAMETER = "primefaces.nonce";

    public NonceFormRenderer(Renderer wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", NONCE_PARAMETER, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
        super.encodeEnd(context, component);
    }

    /** Puts the renderer in front of the standard form renderer once the application has started. */
    public static class Installer implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof Application;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            RenderKitFactory factory = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
            RenderKit kit = factory.getRenderKit(null, RenderKitFactory.HTML_BASIC_RENDER_KIT);
            Renderer standard = kit.getRenderer(UIForm.COMPONENT_FAMILY, "jakarta.faces.Form");
            if (standard != null && !(standard instanceof NonceFormRenderer)) {
                kit.addRenderer(UIForm.COMPONENT_FAMILY, "jakarta.faces.Form", new NonceFormRenderer(standard));
            }
        }
    }
}
