package se.egalleria.web.faces.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageLinksTest {

    @Test
    void keepsThePathAndTheOtherParameters() {
        assertEquals("/product-page.xhtml?id=5&lang=en", LanguageLinks.switchTo("/product-page.xhtml", "id=5", "en"));
        assertEquals("/g/arjeplog/order.xhtml?number=123&token=a-b_c&lang=en",
                LanguageLinks.switchTo("/g/arjeplog/order.xhtml", "number=123&token=a-b_c", "en"));
        assertEquals("/products.xhtml?q=mj%C3%B6lk+%26+gr%C3%A4dde&lang=sv",
                LanguageLinks.switchTo("/products.xhtml", "q=mj%C3%B6lk+%26+gr%C3%A4dde", "sv"));
    }

    @Test
    void replacesAnEarlierLanguage() {
        assertEquals("/products.xhtml?q=ost&lang=sv", LanguageLinks.switchTo("/products.xhtml", "lang=en&q=ost", "sv"));
        assertEquals("/?lang=en", LanguageLinks.switchTo("/", "l%61ng=sv", "en"));
        assertEquals("/?lang=en", LanguageLinks.switchTo("/", null, "en"));
        assertEquals("/evil.example/x?lang=en", LanguageLinks.switchTo("//evil.example/x", null, "en"));
        assertEquals("/?language=x&lang=en", LanguageLinks.switchTo("/", "language=x&", "en"));
    }
}
