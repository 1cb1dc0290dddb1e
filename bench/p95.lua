-- wrk prints the 50/75/90/99th latency percentiles; this adds the 95th (wrk -s bench/p95.lua).
done = function(summary, latency, requests)
  io.write(string.format("  95%%   %.2fms\n", latency:percentile(95) / 1000))
end
