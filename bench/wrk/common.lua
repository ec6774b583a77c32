-- Shared by the workloads: numbers from an environment variable, and a random pick.
function numbers(name)
  local list = {}
  for n in string.gmatch(os.getenv(name) or "", "%d+") do table.insert(list, n) end
  assert(#list > 0, name .. " is empty")
  return list
end

function pick(list)
  return list[math.random(#list)]
end
