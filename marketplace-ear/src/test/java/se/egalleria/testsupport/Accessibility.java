package se.egalleria.testsupport;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA rules on the page the browser shows, as readable lines (none: no violations). */
public final class Accessibility {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    public static List<String> violations(WebDriver browser, String page) {
        return new AxeBuilder().withTags(WCAG).analyze(browser).getViolations().stream()
                .map(rule -> describe(page, rule)).toList();
    }

    private static String describe(String page, Rule rule) {
        return page + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
