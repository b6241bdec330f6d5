/**
 * The load run's health prober, as its own process: `node health-probe-child.js URL SECONDS` asks
 * `URL/api/health` back to back for SECONDS and prints `{ latencies, statuses, errors }` as JSON.
 *
 * A load balancer's health check is a client of its own. Inside the process that also drives fifty
 * busy readers, the probe's answers waited in that process's event loop behind the readers' (it
 * measured the load generator as much as the server), so it runs apart.
 */
import { Agent, get } from 'node:http';

const [url, seconds] = process.argv.slice(2);
if (!url || !seconds) throw new Error('usage: health-probe-child URL SECONDS');
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const latencies: number[] = [];
const statuses: Record<number, number> = {};
let errors = 0;

function probe(): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = get(`${url}/api/health`, { agent, timeout: 60_000 }, (response) => {
      response.resume();
      response.on('end', () => {
        latencies.push(performance.now() - started);
        const status = response.statusCode ?? 0;
        statuses[status] = (statuses[status] ?? 0) + 1;
        resolve();
      });
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => {
      errors++;
      resolve();
    });
  });
}

const until = performance.now() + Number(seconds) * 1000;
while (performance.now() < until) await probe();
agent.destroy();
process.stdout.write(JSON.stringify({ latencies, statuses, errors }));
