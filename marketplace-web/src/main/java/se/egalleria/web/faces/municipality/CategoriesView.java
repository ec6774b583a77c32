package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.CategoryAdministration;
import se.egalleria.catalog.application.CategoryChange;
import se.egalleria.catalog.application.CategoryDetails;
import se.egalleria.catalog.application.CategoryTree;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.web.faces.common.FormMessages;

/**
 * The administrator's category tree: the tree as an indented list, one form that adds a category
 * or renames and moves the one chosen (with the version read), and removal.
 */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("name", "category:name", "parentId", "category:parent");

    @Inject
    private CategoryAdministration administration;

    @Inject
    private CategoryTree tree;

    @Inject
    private FormMessages messages;

    private transient List<CategoryDetails> categories;
    private boolean allowed;
    private Long editing;
    private long version;
    private String name;
    private Long parent;

    public void load() {
        try {
            categories = administration.list();
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void edit(CategoryDetails category) {
        editing = category.id();
        version = category.version();
        name = category.name();
        parent = category.parentId();
        load();
    }

    public void save() {
        try {
            String saved = editing == null ? tree.add(name, parent).name()
                    : administration.change(editing, new CategoryChange(name, parent, version)).name();
            messages.info(editing == null ? "categories.added" : "categories.changed", saved);
            cancel();
        } catch (InvalidInputException e) {
            messages.show(e, INPUTS);
        } catch (DomainException e) {
            messages.show(e, INPUTS);
            cancel();
        }
        load();
    }

    public void remove(CategoryDetails category) {
        try {
            administration.remove(category.id());
            messages.info("categories.removed", category.name());
            if (editing != null && editing == category.id()) {
                cancel();
            }
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        load();
    }

    /** Back to adding a new category. */
    public void cancel() {
        editing = null;
        name = null;
        parent = null;
    }

    /** "– – Mejeri": the name indented by its depth, for the list and the parent menu. */
    public String indented(CategoryDetails category) {
        return "– ".repeat(category.depth()) + category.name();
    }

    /** Possible parents: every category but the one being changed (the service refuses its subtree too). */
    public List<CategoryDetails> getParents() {
        return categories == null ? List.of()
                : categories.stream().filter(c -> editing == null || c.id() != editing).toList();
    }

    public List<CategoryDetails> getCategories() {
        return categories;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParent() {
        return parent;
    }

    public void setParent(Long parent) {
        this.parent = parent;
    }
}
