package se.egalleria.web.faces.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import se.egalleria.catalog.application.ProductImages;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/** Uploading a product's picture from its form. */
@Named
@RequestScoped
public class ProductImageView {

    private static final int READ_LIMIT = 5 * 1024 * 1024 + 1;

    @Inject
    private ProductImages images;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private Long id;
    private UploadedFile file;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            messages.errorOn("picture:file", "error.image.empty");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            images.store(id, in.readNBytes(READ_LIMIT));
            messages.info("shop.image.saved");
            messages.keepForRedirect();
            navigation.redirect("/shop/product.xhtml?id=" + id);
        } catch (DomainException e) {
            messages.show(e, Map.of("image", "picture:file"));
        } catch (IOException e) {
            messages.errorOn("picture:file", "error.image.unreadable");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
