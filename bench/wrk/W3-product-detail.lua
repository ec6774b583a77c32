-- W3: one product, as JSON.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local products = numbers("PRODUCT_IDS")
request = function()
  return wrk.format("GET", "/api/v1/products/" .. pick(products))
end
