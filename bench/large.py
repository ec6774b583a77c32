"""The `large` data set: every Swedish municipality on one installation.

290 municipalities (the 3 of tenant-config and 287 generated ones, each with villages, carriers and
Arjeplog's category tree), 5,000 shops, 1,000,000 products (100,000 of them in Arjeplog, the
municipality the workloads use), 200,000 residents and 1,000,000 past orders with their lines,
delivered over the twelve months before November 2026. Rows are written as tab-separated files and
loaded with LOAD DATA LOCAL INFILE, the fastest way into InnoDB; ids are given explicitly so that
no row has to be read back. The same seed gives the same data.
"""
import os
import random

from searchwords import product_words

MUNICIPALITIES = 290
SHOPS = 5_000
PRODUCTS = 1_000_000
ARJEPLOG_PRODUCTS = 100_000
ARJEPLOG_SHOPS = 40
RESIDENTS = 200_000
ORDERS = 1_000_000
MONTHS = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07",
          "2026-08", "2026-09", "2026-10"]
COUNTIES = ["Norrbottens län", "Västerbottens län", "Jämtlands län", "Västernorrlands län", "Dalarnas län",
            "Gävleborgs län", "Värmlands län", "Kalmar län", "Skåne län", "Uppsala län"]
VILLAGE_PARTS = ["Björk", "Gran", "Tall", "Sjö", "Älv", "Fjäll", "Myr", "Ås", "Bäck", "Lid", "Näs", "Strand"]
VILLAGE_ENDS = ["by", "berg", "å", "träsk", "vattnet", "backen", "heden", "liden", "forsen", "näs"]
UNITS = ["ST", "ST", "ST", "KG", "L", "FORP"]
VAT = [12, 12, 12, 25, 6]
STORAGE = ["AMBIENT", "AMBIENT", "CHILLED", "FROZEN"]
# One resident in a hundred has an account of the same made-up password; its hash is computed once.
PASSWORD_HASH = ("PBKDF2WithHmacSHA512:210000:YmVuY2gtcmVzaWRlbnQtc2FsdA==:"
                 "Z2VuZXJhdGVkLWJlbmNobWFyay1yZXNpZGVudHMtLS0=")


class Tsv:
    """A table's rows in a file for LOAD DATA (\\N is NULL; tabs and newlines never occur in values)."""

    def __init__(self, directory, table, columns):
        self.table, self.columns = table, columns
        self.path = os.path.join(directory, table + ".tsv")
        self.file = open(self.path, "w", encoding="utf-8")
        self.rows = 0

    def add(self, *values):
        self.file.write("\t".join("\\N" if v is None else str(int(v)) if isinstance(v, bool) else str(v)
                                  for v in values) + "\n")
        self.rows += 1

    def load_statement(self):
        self.file.close()
        return (f"LOAD DATA LOCAL INFILE '{self.path}' INTO TABLE {self.table} CHARACTER SET utf8mb4"
                f" FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' ({','.join(self.columns)});")


def generate(query, load, work_dir, words, seed):
    """query(sql) -> rows; load(statements) runs SQL with LOCAL INFILE allowed."""
    rng = random.Random(seed)
    os.makedirs(work_dir, exist_ok=True)
    next_id = {t: int(query(f"SELECT COALESCE(MAX(id), 0) FROM {t}")[0][0]) + 1
               for t in ["municipality", "village", "carrier", "category", "shop", "product", "account", "membership",
                         "checkout", "customer_order", "order_line"]}

    def new_id(table):
        value = next_id[table]
        next_id[table] += 1
        return value

    tree = [(int(r[0]), None if r[1] == "NULL" else int(r[1]), r[2], int(r[3])) for r in
            query("SELECT id, COALESCE(parent_id, 'NULL'), name, position FROM category WHERE tenant_id = 'arjeplog'"
                  " ORDER BY parent_id IS NOT NULL, id")]
    existing = [r[0] for r in query("SELECT slug FROM municipality ORDER BY slug")]
    municipality = Tsv(work_dir, "municipality", ["id", "slug", "name", "county", "default_locale", "primary_color",
                                                  "accent_color", "welcome_text_sv", "welcome_text_en",
                                                  "delivery_fee_ore", "delivery_eligible_groups", "active",
                                                  "subsidy_payment_ore", "subsidy_max_per_week", "version"])
    host = Tsv(work_dir, "municipality_host", ["host_name", "municipality_id"])
    village = Tsv(work_dir, "village", ["id", "tenant_id", "name", "latitude", "longitude", "households", "version"])
    carrier = Tsv(work_dir, "carrier", ["id", "tenant_id", "code", "name", "mode", "phone", "version"])
    category = Tsv(work_dir, "category", ["id", "tenant_id", "parent_id", "name", "position", "version"])
    tenants = {}  # slug -> {"villages": [...], "carriers": [...], "leaves": [...]}
    for slug in existing:
        tenants[slug] = {
            "villages": [int(r[0]) for r in query(f"SELECT id FROM village WHERE tenant_id = '{slug}'")],
            "carriers": [int(r[0]) for r in query(f"SELECT id FROM carrier WHERE tenant_id = '{slug}'")],
            "leaves": [int(r[0]) for r in query(f"SELECT id FROM category WHERE tenant_id = '{slug}'"
                                                " AND parent_id IS NOT NULL")]}
    for n in range(MUNICIPALITIES - len(existing)):
        slug, mid = f"kommun-{n:03d}", new_id("municipality")
        municipality.add(mid, slug, f"Testkommun {n:03d}", rng.choice(COUNTIES), "sv", "#1f4e79", "#8a4b08",
                         "Välkommen till kommunens e-galleria.", "Welcome to the municipality's e-gallery.", 2000,
                         "PENSIONER,DISABLED", True, 15000, 1, 0)
        host.add(f"{slug}.localhost", mid)
        lat, lon = rng.uniform(56.0, 67.5), rng.uniform(12.0, 23.0)
        villages = []
        names = set()
        while len(villages) < 6:
            name = rng.choice(VILLAGE_PARTS) + rng.choice(VILLAGE_ENDS)
            if name in names:
                continue
            names.add(name)
            vid = new_id("village")
            village.add(vid, slug, name, f"{lat + rng.uniform(-0.4, 0.4):.6f}", f"{lon + rng.uniform(-0.4, 0.4):.6f}",
                        rng.randint(20, 2000), 0)
            villages.append(vid)
        carriers = []
        for code, name, mode in [("posten", "Posten", "POSTAL_SERVICE"), ("bussgods", "Bussgods", "BUS_FREIGHT")]:
            cid = new_id("carrier")
            carrier.add(cid, slug, code, name, mode, None, 0)
            carriers.append(cid)
        mapping, leaves = {}, []
        for old, parent, name, position in tree:
            cid = new_id("category")
            mapping[old] = cid
            category.add(cid, slug, None if parent is None else mapping[parent], name, position, 0)
            if parent is not None:
                leaves.append(cid)
        tenants[slug] = {"villages": villages, "carriers": carriers, "leaves": leaves}
    load([t.load_statement() for t in (municipality, host, village, carrier, category)])

    # Shops: Arjeplog gets ARJEPLOG_SHOPS (bench-000... as in `small`), the rest spread evenly.
    shop = Tsv(work_dir, "shop", ["id", "tenant_id", "code", "name", "village_id", "description", "opening_hours",
                                  "phone", "email", "version", "route_days", "minimum_order_ore", "shop_pickup",
                                  "service_point", "home_delivery"])
    delivery_village = Tsv(work_dir, "shop_delivery_village", ["shop_id", "village_id"])
    bench_shops = {r[0]: int(r[1]) for r in query("SELECT tenant_id, COUNT(*) FROM shop WHERE code LIKE 'bench-%'"
                                                    " GROUP BY tenant_id")}
    shops_of = {slug: [] for slug in tenants}
    others = [s for s in tenants if s != "arjeplog"]
    per_other = (SHOPS - ARJEPLOG_SHOPS) // len(others)
    plan = [(slug, n) for slug in tenants
            for n in range(bench_shops.get(slug, 0), ARJEPLOG_SHOPS if slug == "arjeplog" else per_other)]
    for slug, n in plan:
        sid = new_id("shop")
        shop.add(sid, slug, f"bench-{n:03d}", f"Testbutik {n:03d}", rng.choice(tenants[slug]["villages"]),
                 "Benchmark shop", "Mån–fre 9–18", "0961-100 00", f"bench{n}@{slug}.example", 0, "TUESDAY,FRIDAY",
                 20000, True, n == 0, True)
        for vid in tenants[slug]["villages"]:
            delivery_village.add(sid, vid)
        shops_of[slug].append(sid)
    for r in query("SELECT tenant_id, id FROM shop WHERE code LIKE 'bench-%'"):
        shops_of[r[0]].append(int(r[1]))
    load([shop.load_statement(), delivery_village.load_statement()])

    adjectives, nouns = words
    product = Tsv(work_dir, "product", ["id", "tenant_id", "shop_id", "sku", "ean", "name", "description",
                                        "category_id", "price_ore", "vat_percent", "unit", "stock", "storage_class",
                                        "visible", "created_at", "updated_at", "version"])
    # The search index's words, as the catalogue writes them (IGNORE: Mjölk and mjölk are one row).
    product_word = Tsv(work_dir, "product_word", ["tenant_id", "word", "product_id"])
    already = int(query("SELECT COUNT(*) FROM product")[0][0])
    products_of = {slug: [] for slug in tenants}
    arjeplog_more = max(0, ARJEPLOG_PRODUCTS - int(query("SELECT COUNT(*) FROM product WHERE tenant_id = 'arjeplog'")[0][0]))
    remaining = max(0, PRODUCTS - already - arjeplog_more)
    targets = [("arjeplog", arjeplog_more)] + [(slug, remaining // len(others)) for slug in others]
    for slug, count in targets:
        leaves = tenants[slug]["leaves"]
        shop_ids = shops_of[slug] or [None]
        for _ in range(count):
            pid = new_id("product")
            name = f"{rng.choice(adjectives)} {rng.choice(nouns)} {rng.randint(1, 999)}"
            price = rng.randint(500, 50000)
            product.add(pid, slug, rng.choice(shop_ids), f"L{pid:08d}", None, name, "Benchmark product " + name,
                        rng.choice(leaves), price, rng.choice(VAT), rng.choice(UNITS),
                        None if rng.random() < 0.8 else rng.randint(0, 50), rng.choice(STORAGE),
                        rng.random() < 0.97, "2026-11-01 08:00:00", "2026-11-01 08:00:00", 0)
            for word in product_words(name, "Benchmark product " + name):
                product_word.add(slug, word, pid)
            if len(products_of[slug]) < 500:
                products_of[slug].append((pid, name, price))
    load([product.load_statement(), product_word.load_statement().replace(" INTO TABLE", " IGNORE INTO TABLE", 1),
          "INSERT IGNORE INTO product_vocabulary (tenant_id, word) SELECT DISTINCT tenant_id, word FROM product_word;"])

    account = Tsv(work_dir, "account", ["id", "tenant_id", "email", "password_hash", "display_name", "status",
                                        "failed_logins", "created_at", "version"])
    membership = Tsv(work_dir, "membership", ["id", "tenant_id", "account_id", "role", "version"])
    residents_of = {slug: [] for slug in tenants}
    slugs = list(tenants)
    for n in range(RESIDENTS):
        slug = slugs[n % len(slugs)]
        aid = new_id("account")
        account.add(aid, slug, f"invanare{n}@{slug}.bench.example", PASSWORD_HASH, f"Invånare {n}", "ACTIVE", 0,
                    "2026-01-01 00:00:00", 0)
        membership.add(new_id("membership"), slug, aid, "RESIDENT", 0)
        residents_of[slug].append((aid, f"{rng.choice(VILLAGE_PARTS)}vägen {rng.randint(1, 99)}",
                                   rng.choice(tenants[slug]["villages"])))
    load([account.load_statement(), membership.load_statement()])

    checkout = Tsv(work_dir, "checkout", ["id", "tenant_id", "idempotency_key", "request_digest", "follow_token",
                                          "account_id", "placed_at", "version"])
    order = Tsv(work_dir, "customer_order", [
        "id", "tenant_id", "checkout_id", "shop_id", "account_id", "status", "customer_name", "customer_email",
        "customer_phone", "customer_phone_digits", "street_address", "postal_code", "village_id",
        "delivery_instructions", "delivery_method", "delivery_date", "pickup_shop_id", "payment_method",
        "payment_status", "items_total_ore", "delivery_fee_ore", "total_ore", "locale", "placed_at", "carrier_id",
        "status_changed_at", "status_note", "delivered_at", "recipient_confirmed", "channel", "version"])
    line = Tsv(work_dir, "order_line", ["id", "tenant_id", "order_id", "line_number", "product_id", "product_name",
                                        "unit", "storage_class", "quantity", "unit_price_ore", "vat_percent",
                                        "line_total_ore", "vat_ore", "version"])
    for n in range(ORDERS):
        slug = slugs[n % len(slugs)]
        if not shops_of[slug] or not products_of[slug]:
            continue
        aid, street, vid = rng.choice(residents_of[slug])
        month = MONTHS[n * len(MONTHS) // ORDERS]
        day, hour = rng.randint(1, 28), rng.randint(8, 17)
        placed = f"{month}-{day:02d} {hour - 1:02d}:{rng.randint(0, 59):02d}:00"
        done = f"{month}-{day:02d} {hour:02d}:{rng.randint(0, 59):02d}:00"
        cid, oid = new_id("checkout"), new_id("customer_order")
        checkout.add(cid, slug, f"large-{n}", "0" * 64, f"large-follow-{n}", aid, placed, 0)
        home = rng.random() < 0.7
        total = 0
        for number in range(1, rng.randint(1, 3) + 1):
            pid, name, price = rng.choice(products_of[slug])
            quantity = rng.randint(1, 3)
            total += price * quantity
            line.add(new_id("order_line"), slug, oid, number, pid, name, "st", "AMBIENT", quantity, price, 12,
                     price * quantity, price * quantity * 12 // 112, 0)
        fee = 2000 if home else 0
        order.add(oid, slug, cid, rng.choice(shops_of[slug]), aid, "DELIVERED" if home else "PICKED_UP",
                  f"Invånare {aid}", f"invanare{aid}@example.se", "070-000 00 00", "0700000000", street, "93090",
                  vid, "", "HOME_DELIVERY" if home else "SHOP_PICKUP", f"{month}-{day:02d}", None,
                  "PAY_ON_DELIVERY", "PAID", total, fee, total + fee, "sv", placed,
                  rng.choice(tenants[slug]["carriers"]) if home and tenants[slug]["carriers"] else None, done, "",
                  done if home else None, home, "WEB", 0)
    load([checkout.load_statement(), order.load_statement(), line.load_statement()])
    return {"municipalities": MUNICIPALITIES, "shops": shop.rows, "products": product.rows + already,
            "residents": account.rows, "orders": order.rows}
