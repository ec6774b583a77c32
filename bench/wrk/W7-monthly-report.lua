-- W7: the monthly subsidy report (PDF) of the shop with 10,000 deliveries in the month, as the
-- municipality's administrator. A draft report is computed on every request.
request = function()
  return wrk.format("GET", "/api/v1/subsidy/reports/shop/" .. os.getenv("W6_SHOP") .. "/" .. os.getenv("REPORT_MONTH"),
    {["Authorization"] = "Bearer " .. os.getenv("ADMIN_TOKEN"), ["Accept"] = "application/pdf"})
end
