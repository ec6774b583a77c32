"""The product search index's words, for data the benchmark loads with SQL instead of the gallery."""

import re

# The search index's words of a product, as catalog.domain.ProductWords makes them: split at Java's
# whitespace (\s), lower-cased, each once, at most 100 characters.
JAVA_WHITESPACE = re.compile(r"[ \t\n\x0b\f\r]+")


def product_words(name, description):
    words = []
    for text in (name, description):
        for word in JAVA_WHITESPACE.split(text or ""):
            word = word.lower()[:100]
            if word and word not in words:
                words.append(word)
    return words
