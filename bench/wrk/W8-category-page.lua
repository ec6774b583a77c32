-- W8: the storefront's category page as HTML (Faces).
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local categories = numbers("CATEGORY_IDS")
request = function()
  return wrk.format("GET", "/products.xhtml?category=" .. pick(categories))
end
