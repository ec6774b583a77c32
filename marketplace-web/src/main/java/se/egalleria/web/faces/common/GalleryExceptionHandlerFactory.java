package se.egalleria.web.faces.common;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link GalleryExceptionHandler} (faces-config.xml). */
public class GalleryExceptionHandlerFactory extends ExceptionHandlerFactory {

    public GalleryExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new GalleryExceptionHandler(getWrapped().getExceptionHandler());
    }
}
