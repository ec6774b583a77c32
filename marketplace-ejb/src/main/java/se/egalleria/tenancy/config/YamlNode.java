package se.egalleria.tenancy.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed, forgiving access to one mapping of a YAML file: every read that fails records a
 * {@link ConfigProblem} naming the field and returns empty, so one pass reports every problem.
 */
final class YamlNode {

    private final String file;
    private final String path;
    private final Map<?, ?> map;
    private final List<ConfigProblem> problems;

    YamlNode(String file, String path, Map<?, ?> map, List<ConfigProblem> problems) {
        this.file = file;
        this.path = path;
        this.map = map;
        this.problems = problems;
    }

    void allowOnly(String... keys) {
        Set<String> known = Set.of(keys);
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problem(String.valueOf(key), "unknown field (known fields: "
                        + new TreeSet<>(known).stream().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    Optional<String> text(String key, boolean required, int maxLength) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(key, "is required");
            }
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            problem(key, "must be text (put it in quotes), was " + value);
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.isEmpty() && required) {
            problem(key, "must not be empty");
            return Optional.empty();
        }
        if (stripped.length() > maxLength) {
            problem(key, "must be at most " + maxLength + " characters, was " + stripped.length());
            return Optional.empty();
        }
        return Optional.of(stripped);
    }

    Optional<String> matching(String key, boolean required, Pattern pattern, String expected) {
        Optional<String> text = text(key, required, 500);
        if (text.isPresent() && !pattern.matcher(text.get()).matches()) {
            problem(key, "must be " + expected + ", was '" + text.get() + "'");
            return Optional.empty();
        }
        return text;
    }

    Optional<Long> wholeNumber(String key, boolean required, long min, long max) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(key, "is required");
            }
            return Optional.empty();
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            problem(key, "must be a whole number, was '" + value + "'");
            return Optional.empty();
        }
        long number = ((Number) value).longValue();
        if (number < min || number > max) {
            problem(key, "must be between " + min + " and " + max + ", was " + number);
            return Optional.empty();
        }
        return Optional.of(number);
    }

    Optional<BigDecimal> decimal(String key, double min, double max) {
        Object value = map.get(key);
        if (value == null) {
            problem(key, "is required");
            return Optional.empty();
        }
        if (!(value instanceof Number number) || value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            problem(key, "must be a number, was '" + value + "'");
            return Optional.empty();
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        if (decimal.doubleValue() < min || decimal.doubleValue() > max) {
            problem(key, "must be between " + min + " and " + max + ", was " + decimal);
            return Optional.empty();
        }
        return Optional.of(decimal);
    }

    <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
        return text(key, true, 60).flatMap(text -> toEnum(key, type, text));
    }

    <E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String text : strings(key)) {
            toEnum(key, type, text).ifPresent(values::add);
        }
        return values;
    }

    /** A yes/no field; absent means no. */
    boolean flag(String key) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            problem(key, "must be true or false");
            return false;
        }
        return b;
    }

    List<String> strings(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String))) {
            problem(key, "must be a list of text values");
            return List.of();
        }
        return list.stream().map(item -> ((String) item).strip()).toList();
    }

    Optional<YamlNode> child(String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(key, "is required");
            }
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> child)) {
            problem(key, "must be a group of fields");
            return Optional.empty();
        }
        return Optional.of(new YamlNode(file, field(key), child, problems));
    }

    List<YamlNode> children(String key, boolean required) {
        Object value = map.get(key);
        if (value == null || (value instanceof List<?> empty && empty.isEmpty())) {
            if (required) {
                problem(key, "must list at least one entry");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(key, "must be a list");
            return List.of();
        }
        List<YamlNode> nodes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> item) {
                nodes.add(new YamlNode(file, field(key) + "[" + i + "]", item, problems));
            } else {
                problems.add(new ConfigProblem(file, field(key) + "[" + i + "]", "must be a group of fields"));
            }
        }
        return nodes;
    }

    void problem(String key, String message) {
        problems.add(new ConfigProblem(file, field(key), message));
    }

    String file() {
        return file;
    }

    private <E extends Enum<E>> Optional<E> toEnum(String key, Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text));
        } catch (IllegalArgumentException e) {
            problem(key, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was '" + text + "'");
            return Optional.empty();
        }
    }

    private String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
