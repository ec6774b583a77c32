-- W6: a shop's order inbox (JSON API, 20 per page), as its staff, the first pages and by status.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local paths = {
  "/api/v1/shops/" .. os.getenv("W6_SHOP") .. "/orders?size=20&page=0",
  "/api/v1/shops/" .. os.getenv("W6_SHOP") .. "/orders?size=20&page=1",
  "/api/v1/shops/" .. os.getenv("W6_SHOP") .. "/orders?size=20&page=0&status=DELIVERED",
}
request = function()
  return wrk.format("GET", pick(paths), {["Authorization"] = "Bearer " .. os.getenv("STAFF_TOKEN")})
end
