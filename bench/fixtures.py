#!/usr/bin/env python3
"""What workloads W5-W7 need besides the catalogue, written straight into the benchmark database.

Usage: bench/fixtures.py <database> <out-dir> [--baskets N] [--deliveries N]

Once per database (kept when present, the same seed gives the same rows):
  - An administrator of Arjeplog and the staff of its shop bench-000 (password Bench-losen-2026), with
    API tokens (W6, W7).
    Only tokens' SHA-256 digests are stored, as the gallery does; the raw tokens go to <out-dir>.
  - N delivered home deliveries (default 10,000) in October 2026 from Arjeplog's ten bench shops, all
    carried by its first carrier, to 2,000 households of which half are in the subsidy register
    (W6 reads the inbox of bench-000, W7 the carrier's monthly report: N lines).
Every run:
  - N fresh baskets (default 8,000) each holding an always-available product of bench-001 and one
    of 20 stocked products of bench-002 (W5 checks each basket out once: a new order pair each time).
    Their tokens go to <out-dir>/baskets.txt; the stocked products' stock before the run to
    <out-dir>/stock-before.tsv, so run.sh can check afterwards that nothing was oversold.
"""
import base64
import hashlib
import os
import random
import sys

from generate import inserts, quote, run
from generate import query as sql

TENANT = "arjeplog"
REPORT_MONTH = "2026-10"
ADMIN_TOKEN = "bench-admin-token-arjeplog-0000000000000000000000"
STAFF_TOKEN = "bench-staff-token-arjeplog-0000000000000000000000"
PASSWORD = "Bench-losen-2026"
STREETS = ["Storgatan", "Byvägen", "Skolvägen", "Fjällvägen", "Sjövägen", "Kyrkvägen", "Älvvägen", "Åsvägen"]


def digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def one(database, statement):
    rows = sql(database, statement)
    if not rows:
        sys.exit(f"benchmark data missing: {statement}")
    return rows[0][0]


def password_hash(password, salt):
    """The gallery's format (Jakarta Security's PBKDF2), so the accounts can also sign in on pages."""
    derived = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 210_000, 32)
    return f"PBKDF2WithHmacSHA512:210000:{base64.b64encode(salt).decode()}:{base64.b64encode(derived).decode()}"


def accounts(database):
    if sql(database, f"SELECT id FROM account WHERE email = 'bench-admin@{TENANT}.example'"):
        return
    shop = one(database, f"SELECT id FROM shop WHERE tenant_id = '{TENANT}' AND code = 'bench-000'")
    statements = ["SET autocommit=0;"]
    for email, role, shop_id, token in [(f"bench-admin@{TENANT}.example", "MUNICIPALITY_ADMIN", None, ADMIN_TOKEN),
                                         (f"bench-staff@{TENANT}.example", "SHOP_STAFF", shop, STAFF_TOKEN)]:
        statements += [
            "INSERT INTO account (tenant_id, email, password_hash, display_name, status, failed_logins, created_at,"
            f" version) VALUES ('{TENANT}', '{email}', '{password_hash(PASSWORD, email.encode()[:16])}', 'Benchmark',"
            " 'ACTIVE', 0, NOW(6), 0);",
            "SET @account = LAST_INSERT_ID();",
            "INSERT INTO membership (tenant_id, account_id, role, shop_id, carrier_id, version)"
            f" VALUES ('{TENANT}', @account, '{role}', {quote(shop_id)}, NULL, 0);",
            "INSERT INTO access_token (token_hash, tenant_id, account_id, created_at, expires_at)"
            f" VALUES ('{digest(token)}', '{TENANT}', @account, NOW(6), '2099-12-31 00:00:00');"]
    statements.append("COMMIT;")
    run(database, statements)


def past_deliveries(database, count, rng):
    if sql(database, f"SELECT id FROM checkout WHERE tenant_id = '{TENANT}' AND idempotency_key = 'bench-past-0'"):
        return
    shops = [r[0] for r in sql(database, f"SELECT id FROM shop WHERE tenant_id = '{TENANT}' AND code IN"
                                         f" ({','.join(quote(f'bench-{n:03d}') for n in range(10))}) ORDER BY id")]
    carrier = one(database, f"SELECT MIN(id) FROM carrier WHERE tenant_id = '{TENANT}'")
    villages = sql(database, f"SELECT id, name FROM village WHERE tenant_id = '{TENANT}' ORDER BY id")
    products = {shop: sql(database, f"SELECT id, name, price_ore, vat_percent, unit, storage_class FROM product"
                                    f" WHERE shop_id = {shop} ORDER BY id LIMIT 200") for shop in shops}
    households = []
    for n in range(2000):
        village_id, village = rng.choice(villages)
        households.append((f"{rng.choice(STREETS)} {n + 1}", "93090", int(village_id), village))
    first_checkout = int(one(database, "SELECT COALESCE(MAX(id), 0) FROM checkout")) + 1
    first_order = int(one(database, "SELECT COALESCE(MAX(id), 0) FROM customer_order")) + 1
    checkouts, orders, lines = [], [], []
    for i in range(count):
        street, postal, village_id, _ = rng.choice(households)
        shop = rng.choice(shops)
        day = 1 + i * 31 // count
        hour = 8 + rng.randint(0, 9)
        placed = f"{REPORT_MONTH}-{day:02d} {hour - 1:02d}:{rng.randint(0, 59):02d}:00"
        delivered = f"{REPORT_MONTH}-{day:02d} {hour:02d}:{rng.randint(0, 59):02d}:00"
        checkout_id, order_id = first_checkout + i, first_order + i
        checkouts.append((checkout_id, TENANT, f"bench-past-{i}", "0" * 64, f"bench-follow-{i}", None, placed, 0))
        total = 0
        for line_number in (1, 2):
            pid, name, price, vat, unit, storage = rng.choice(products[shop])
            quantity = rng.randint(1, 3)
            line_total = int(price) * quantity
            total += line_total
            lines.append((TENANT, order_id, line_number, int(pid), name, None, unit, storage, quantity, int(price),
                           int(vat), line_total, line_total * int(vat) // (100 + int(vat)), 0))
        orders.append((order_id, TENANT, checkout_id, int(shop), None, "DELIVERED", "Benchmark Kund",
                       "kund@example.se", "070-000 00 00", "0700000000", street, postal, village_id, "",
                       "HOME_DELIVERY", f"{REPORT_MONTH}-{day:02d}", None, "PAY_ON_DELIVERY", "PAID", total, 2000,
                       total + 2000, "sv", placed, int(carrier), delivered, "", delivered, rng.random() < 0.9, "WEB",
                       0))
    approvals = [(TENANT, f"{street.lower()}|{postal}|{village.lower()}", "Benchmark Kund", street, postal, village_id,
                  "PENSIONER", "bench-admin@arjeplog.example", "2026-01-01 00:00:00", "2026-01-01", 0)
                 for street, postal, village_id, village in households[::2]]
    statements = ["SET autocommit=0;"]
    statements += inserts("checkout", ["id", "tenant_id", "idempotency_key", "request_digest", "follow_token",
                                       "account_id", "placed_at", "version"], checkouts)
    statements += inserts("customer_order", [
        "id", "tenant_id", "checkout_id", "shop_id", "account_id", "status", "customer_name", "customer_email",
        "customer_phone", "customer_phone_digits", "street_address", "postal_code", "village_id",
        "delivery_instructions", "delivery_method", "delivery_date", "pickup_shop_id", "payment_method",
        "payment_status", "items_total_ore", "delivery_fee_ore", "total_ore", "locale", "placed_at", "carrier_id",
        "status_changed_at", "status_note", "delivered_at", "recipient_confirmed", "channel", "version"], orders)
    statements += inserts("order_line", ["tenant_id", "order_id", "line_number", "product_id", "product_name", "ean",
                                         "unit", "storage_class", "quantity", "unit_price_ore", "vat_percent",
                                         "line_total_ore", "vat_ore", "version"], lines)
    statements += inserts("subsidy_approval", ["tenant_id", "household", "name", "street", "postal_code",
                                               "village_id", "basis", "approved_by", "approved_at", "valid_from",
                                               "version"], approvals)
    statements.append("COMMIT;")
    run(database, statements)


def baskets(database, count, out_dir, rng):
    pickup = sql(database, f"SELECT p.id FROM product p JOIN shop s ON s.id = p.shop_id WHERE s.tenant_id = '{TENANT}'"
                           " AND s.code = 'bench-001' AND p.visible AND p.stock IS NULL ORDER BY p.id LIMIT 50")
    stocked = [r[0] for r in sql(database, f"SELECT p.id FROM product p JOIN shop s ON s.id = p.shop_id"
                                           f" WHERE s.tenant_id = '{TENANT}' AND s.code = 'bench-002' AND p.visible"
                                           " AND p.price_ore >= 20000 ORDER BY p.id LIMIT 20")]
    # Enough stock for any run; the check afterwards is that stock fell by exactly what was sold.
    run(database, [f"UPDATE product SET stock = 1000000 WHERE id IN ({','.join(stocked)});"])
    first = int(one(database, "SELECT COALESCE(MAX(id), 0) FROM basket")) + 1
    run_tag = os.urandom(6).hex()
    tokens, basket_rows, item_rows = [], [], []
    for i in range(count):
        token = f"bench{run_tag}{i:06d}"
        tokens.append(token)
        basket_rows.append((first + i, TENANT, digest(token), "2026-11-01 08:00:00", "2026-11-01 08:00:00", 0))
        item_rows.append((TENANT, first + i, int(rng.choice(pickup)[0]), 1, "2026-11-01 08:00:00", 0))
        item_rows.append((TENANT, first + i, int(rng.choice(stocked)), 1, "2026-11-01 08:00:00", 0))
    statements = ["SET autocommit=0;"]
    statements += inserts("basket", ["id", "tenant_id", "token_digest", "created_at", "updated_at", "version"],
                          basket_rows)
    statements += inserts("basket_item", ["tenant_id", "basket_id", "product_id", "quantity", "added_at", "version"],
                          item_rows)
    statements.append("COMMIT;")
    run(database, statements)
    with open(os.path.join(out_dir, "baskets.txt"), "w") as f:
        f.write("\n".join(tokens) + "\n")
    with open(os.path.join(out_dir, "stock-before.tsv"), "w") as f:
        for pid, stock in sql(database, f"SELECT id, stock FROM product WHERE id IN ({','.join(stocked)})"):
            f.write(f"{pid}\t{stock}\n")


def option(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main():
    if len(sys.argv) < 3:
        sys.exit(f"usage: {sys.argv[0]} <database> <out-dir> [--baskets N] [--deliveries N]")
    database, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(2026)
    accounts(database)
    past_deliveries(database, option("--deliveries", 10_000), rng)
    baskets(database, option("--baskets", 8_000), out_dir, random.Random())
    with open(os.path.join(out_dir, "tokens.env"), "w") as f:
        f.write(f"ADMIN_TOKEN={ADMIN_TOKEN}\nSTAFF_TOKEN={STAFF_TOKEN}\nREPORT_MONTH={REPORT_MONTH}\n")


if __name__ == "__main__":
    main()
