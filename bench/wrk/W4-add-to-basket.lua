-- W4: put a product in a basket (set its quantity), in one of the 200 prepared baskets. The products
-- are the first 50 always-available ones, so a basket never reaches its limit of 100 lines.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local products = {}
for i, id in ipairs(numbers("PRODUCT_IDS")) do
  if i <= 50 then table.insert(products, id) end
end
local baskets = {}
for t in string.gmatch(os.getenv("BASKET_TOKENS") or "", "[%w_-]+") do table.insert(baskets, t) end
request = function()
  return wrk.format("PUT", "/api/v1/baskets/" .. pick(baskets) .. "/items/" .. pick(products),
    {["Content-Type"] = "application/json"}, '{"quantity":' .. math.random(1, 3) .. '}')
end
