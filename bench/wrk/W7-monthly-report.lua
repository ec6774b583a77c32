-- W7: the monthly subsidy report (PDF) of the carrier that made the month's 10,000 deliveries, as
-- the municipality's administrator. A draft report is computed on every request.
request = function()
  return wrk.format("GET", "/api/v1/subsidy/reports/carrier/" .. os.getenv("W7_CARRIER") .. "/"
    .. os.getenv("REPORT_MONTH"), {["Authorization"] = "Bearer " .. os.getenv("ADMIN_TOKEN"),
    ["Accept"] = "application/pdf"})
end
