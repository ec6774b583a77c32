-- W5: check out a basket holding products of two shops (pickup at one, home delivery from the
-- other): a new pair of orders each time. The baskets were prepared by fixtures.py, one per
-- request; each wrk thread takes its own share of them, so no basket is checked out twice.
local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
end

local tokens = {}
local next_token = 1
function init(args)
  local i = 0
  for line in io.lines(os.getenv("BENCH_OUT") .. "/baskets.txt") do
    if i % threads == index - 1 then table.insert(tokens, line) end
    i = i + 1
  end
end

local body = string.format('{"name":"Elsa Lindqvist","email":"elsa@example.se","phone":"070-123 45 67",'
  .. '"street":"Byvägen 3","postalCode":"93090","villageId":%s,"instructions":"","payment":"PAY_ON_DELIVERY",'
  .. '"shops":[{"shopId":%s,"delivery":"SHOP_PICKUP"},{"shopId":%s,"delivery":"HOME_DELIVERY"}]}',
  os.getenv("W5_VILLAGE"), os.getenv("W5_PICKUP_SHOP"), os.getenv("W5_DELIVERY_SHOP"))

request = function()
  -- Past the last basket the same keys come again: replays answer 200 with the orders already placed.
  local token = tokens[next_token] or tokens[#tokens]
  next_token = next_token + 1
  return wrk.format("POST", "/api/v1/baskets/" .. token .. "/checkout",
    {["Content-Type"] = "application/json", ["Idempotency-Key"] = token}, body)
end
