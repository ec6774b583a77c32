-- W1: a category's products, 20 per page, as JSON.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local categories = numbers("CATEGORY_IDS")
request = function()
  return wrk.format("GET", "/api/v1/products?category=" .. pick(categories) .. "&size=20&page=" .. math.random(0, 2))
end
