-- W2: search a Swedish word (partial words and å/ä/ö included).
local words = {"mj%C3%B6lk", "ost", "br%C3%B6d", "sylt", "kaffe", "%C3%A4pplen", "r%C3%B6ding", "gr%C3%A4dde",
               "ekologisk", "fj%C3%A4llens", "potatis", "korv"}
request = function()
  return wrk.format("GET", "/api/v1/products?q=" .. words[math.random(#words)] .. "&size=20")
end
