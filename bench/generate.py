#!/usr/bin/env python3
"""Generates benchmark data straight into the gallery's MariaDB/MySQL database, repeatably.

Usage: bench/generate.py <size> <database> [--seed N]   (sizes: small, large)
The schema must exist (start the gallery once against the database: Flyway creates it) and the
municipalities of tenant-config/ must have been loaded. `small` goes in as multi-row INSERTs through
the mariadb client, a thousand at a time; `large` adds to `small` (see large.py) with LOAD DATA from
tab-separated files. The same seed gives the same data.
"""
import os
import random
import subprocess
import sys

from searchwords import product_words

SIZES = {
    # municipalities (from tenant-config), extra shops per municipality, products in all
    "small": {"shops_per_municipality": 10, "products": 10_000},
    "large": {"shops_per_municipality": 10, "products": 10_000},  # then large.py adds the rest
}

ADJECTIVES = ["Ekologisk", "Svensk", "Färsk", "Fjällens", "Norrländsk", "Hemgjord", "Rökt", "Lätt",
              "Klassisk", "Gammaldags", "Grov", "Söt", "Mild", "Stark", "Ölandsk", "Lokal"]
NOUNS = ["mellanmjölk", "filmjölk", "smör", "ost", "tunnbröd", "knäckebröd", "kaffe", "te",
         "lingonsylt", "hjortronsylt", "renskav", "älgfärs", "potatis", "morötter", "äpplen",
         "havregryn", "mjöl", "socker", "ägg", "grädde", "yoghurt", "korv", "fisk", "röding",
         "öl", "saft", "diskmedel", "tvål", "tändstickor", "batterier"]
UNITS = ["ST", "ST", "ST", "KG", "L", "FORP"]
VAT = [12, 12, 12, 25, 6]
STORAGE = ["AMBIENT", "AMBIENT", "CHILLED", "FROZEN"]


def index_words(database):
    """Words for the products that have none yet (those this script inserted with SQL)."""
    rows = query(database, "SELECT p.id, p.tenant_id, p.name, p.description FROM product p WHERE NOT EXISTS"
                           " (SELECT 1 FROM product_word w WHERE w.product_id = p.id)")
    word_rows = [(tenant, word, int(pid)) for pid, tenant, name, description in rows
                 for word in product_words(name, description)]
    run(database, ["SET autocommit=0;"] + list(inserts("product_word", ["tenant_id", "word", "product_id"], word_rows,
                                                       ignore=True))
        + ["INSERT IGNORE INTO product_vocabulary (tenant_id, word) SELECT DISTINCT tenant_id, word FROM product_word;",
           "COMMIT;"])


def query(database, sql):
    out = subprocess.run(["mariadb", "-h", "127.0.0.1", "-uroot", "-N", "-B", database, "-e", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def quote(value):
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("\\", "\\\\").replace("'", "''") + "'"


def inserts(table, columns, rows, batch=1000, ignore=False):
    for i in range(0, len(rows), batch):
        values = ",".join("(" + ",".join(quote(v) for v in row) + ")" for row in rows[i:i + batch])
        yield f"INSERT {'IGNORE ' if ignore else ''}INTO {table} ({','.join(columns)}) VALUES {values};"


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in SIZES:
        sys.exit(f"usage: {sys.argv[0]} <{'|'.join(SIZES)}> <database> [--seed N]")
    size, database = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 2026
    spec = SIZES[size]
    rng = random.Random(seed)
    if query(database, "SELECT COUNT(*) FROM shop WHERE code LIKE 'bench-%'")[0][0] == "0":
        small(database, spec, rng)
    else:
        print("small data already loaded")
    if size == "large":
        if query(database, "SELECT COUNT(*) FROM municipality")[0][0] != "3":
            print("large data already loaded")
            return
        import large
        counts = large.generate(lambda statement: query(database, statement),
                                lambda statements: run(database, statements, local_infile=True),
                                os.path.join(os.path.dirname(os.path.abspath(__file__)), "target", "large"),
                                (ADJECTIVES, NOUNS), seed)
        print(f"loaded large: {counts} (seed {seed})")


def small(database, spec, rng):
    tenants = [row[0] for row in query(database, "SELECT slug FROM municipality ORDER BY slug")]
    villages = {t: [int(r[0]) for r in query(database, f"SELECT id FROM village WHERE tenant_id='{t}'")]
                for t in tenants}
    categories = {t: [int(r[0]) for r in query(database,
                  f"SELECT id FROM category WHERE tenant_id='{t}' AND parent_id IS NOT NULL")] for t in tenants}
    sql = ["SET autocommit=0;"]
    shop_rows = []
    for t in tenants:
        for n in range(spec["shops_per_municipality"]):
            shop_rows.append((t, f"bench-{n:03d}", f"Testbutik {n:03d} {t.capitalize()}", rng.choice(villages[t]),
                              "Benchmark shop", "Mån–fre 9–18", "0961-100 00", f"bench{n}@{t}.example", 0,
                              "TUESDAY,FRIDAY", 20000, 1, 0))
    sql.extend(inserts("shop", ["tenant_id", "code", "name", "village_id", "description", "opening_hours", "phone",
                                "email", "version", "route_days", "minimum_order_ore", "shop_pickup",
                                "service_point"], shop_rows))
    sql.append("COMMIT;")
    run(database, sql)
    shops = {t: [int(r[0]) for r in query(database, f"SELECT id FROM shop WHERE tenant_id='{t}' AND code LIKE 'bench-%'")]
             for t in tenants}
    run(database, ["INSERT INTO shop_delivery_village (shop_id, village_id) SELECT s.id, v.id FROM shop s JOIN village v"
                   " ON v.tenant_id = s.tenant_id WHERE s.code LIKE 'bench-%';",
                   "UPDATE shop SET home_delivery = TRUE WHERE code LIKE 'bench-%';"])
    product_rows = []
    for i in range(spec["products"]):
        t = tenants[i % len(tenants)]
        name = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.randint(1, 999)}"
        stock = None if rng.random() < 0.8 else rng.randint(0, 50)
        product_rows.append((t, rng.choice(shops[t]), f"B{i:07d}", None, name, "Benchmark product " + name,
                             rng.choice(categories[t]), rng.randint(500, 50000), rng.choice(VAT), rng.choice(UNITS),
                             stock, rng.choice(STORAGE), 1, "2026-11-01 08:00:00", "2026-11-01 08:00:00", 0))
    sql = ["SET autocommit=0;"]
    sql.extend(inserts("product", ["tenant_id", "shop_id", "sku", "ean", "name", "description", "category_id",
                                   "price_ore", "vat_percent", "unit", "stock", "storage_class", "visible",
                                   "created_at", "updated_at", "version"], product_rows))
    sql.append("COMMIT;")
    run(database, sql)
    index_words(database)
    print(f"loaded small: {len(shop_rows)} shops, {len(product_rows)} products")


def run(database, statements, local_infile=False):
    subprocess.run(["mariadb", "-h", "127.0.0.1", "-uroot"] + (["--local-infile=1"] if local_infile else [])
                   + [database], input="\n".join(statements), text=True, check=True)


if __name__ == "__main__":
    main()
