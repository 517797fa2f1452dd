#!/usr/bin/env node
// Small client of the Flink REST API for the cluster scripts (node's fetch: no curl or jq
// needed on a fresh machine). Every command takes the REST base URL first.
//
//   overview URL                       cluster summary (TaskManagers, slots, jobs)
//   wait-slots URL N TIMEOUT_S         wait until N slots are free
//   find-job URL NAME                  print the id of the newest job named NAME (exit 1 if none)
//   job-state URL JID                  print the job's state
//   wait-running URL JID TIMEOUT_S     wait until the job and at least one of its tasks run
//   wait-job URL JID TIMEOUT_S         wait for a terminal state; print `STATE restarts=N`
//   wait-tm-gone URL TM_ID TIMEOUT_S   wait until the JobManager no longer lists that TaskManager
//   restarts URL JID                   print how often the job restarted
//   check-finished URL JID [P]         check the job FINISHED with every task on a live TaskManager
//                                      (and, given P, that its steps ran with parallelism P)
const TERMINAL = new Set(['FINISHED', 'FAILED', 'CANCELED', 'SUSPENDED']);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function get(base, path) {
  const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10000) });
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return res.json();
}

// Like get, but a cluster that is still starting (connection refused) is not an error.
async function tryGet(base, path) {
  try { return await get(base, path); } catch { return null; }
}

async function poll(timeoutS, what, fn) {
  const end = Date.now() + timeoutS * 1000;
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutS} s waiting for ${what}`);
    await sleep(1000);
  }
}

// The job-level numRestarts gauge exists only while the job's JobMaster is alive; the
// exception history keeps one entry per failure that led to a restart (or to the end).
async function restarts(base, jid) {
  let metric = 0;
  const m = await tryGet(base, `/jobs/${jid}/metrics?get=numRestarts`);
  if (Array.isArray(m) && m.length) metric = Number(m[0].value) || 0;
  let history = 0;
  const ex = await tryGet(base, `/jobs/${jid}/exceptions?maxExceptions=100`);
  if (ex?.exceptionHistory?.entries) history = ex.exceptionHistory.entries.length;
  return { metric, history };
}

const commands = {
  async overview(base) {
    const o = await get(base, '/overview');
    const tms = await get(base, '/taskmanagers');
    console.log(`Flink ${o['flink-version']}: ${o.taskmanagers} TaskManager(s), `
      + `${o['slots-available']}/${o['slots-total']} slots free, jobs running ${o['jobs-running']}, `
      + `finished ${o['jobs-finished']}, failed ${o['jobs-failed']}, cancelled ${o['jobs-cancelled']}`);
    for (const tm of tms.taskmanagers) {
      console.log(`  TaskManager ${tm.id}: ${tm.freeSlots}/${tm.slotsNumber} slots free`);
    }
    const jobs = await get(base, '/jobs/overview');
    for (const j of jobs.jobs) console.log(`  job ${j.jid} ${j.name} ${j.state}`);
  },

  async 'wait-slots'(base, n, timeoutS) {
    await poll(Number(timeoutS), `${n} free slots at ${base}`, async () => {
      const o = await tryGet(base, '/overview');
      return o && o['slots-available'] >= Number(n);
    });
  },

  async 'find-job'(base, name) {
    const o = await get(base, '/jobs/overview');
    const jobs = o.jobs.filter((j) => j.name === name).sort((a, b) => b['start-time'] - a['start-time']);
    if (!jobs.length) process.exit(1);
    console.log(jobs[0].jid);
  },

  async 'job-state'(base, jid) {
    console.log((await get(base, `/jobs/${jid}`)).state);
  },

  async 'wait-running'(base, jid, timeoutS) {
    await poll(Number(timeoutS), `job ${jid} to run`, async () => {
      const j = await get(base, `/jobs/${jid}`);
      if (TERMINAL.has(j.state)) throw new Error(`job ${jid} is already ${j.state}`);
      return j.state === 'RUNNING' && j.vertices.some((v) => v.status === 'RUNNING');
    });
  },

  async 'wait-job'(base, jid, timeoutS) {
    let seen = 0;
    const job = await poll(Number(timeoutS), `job ${jid} to end`, async () => {
      const j = await get(base, `/jobs/${jid}`);
      seen = Math.max(seen, (await restarts(base, jid)).metric);
      return TERMINAL.has(j.state) && j;
    });
    const r = await restarts(base, jid);
    const n = Math.max(seen, r.metric, r.history);
    console.log(`${job.state} restarts=${n} duration_ms=${job.duration}`);
  },

  // After a TaskManager was killed: wait until the JobManager has declared it lost.
  async 'wait-tm-gone'(base, tmId, timeoutS) {
    await poll(Number(timeoutS), `TaskManager ${tmId} to be declared lost`, async () => {
      const tms = await tryGet(base, '/taskmanagers');
      return tms && !tms.taskmanagers.some((t) => t.id === tmId);
    });
  },

  async restarts(base, jid) {
    const r = await restarts(base, jid);
    console.log(Math.max(r.metric, r.history));
  },

  // The job FINISHED, every vertex FINISHED, and every subtask ran on a TaskManager that is
  // registered with this cluster now (so on one of ours, not in a client-side mini cluster).
  async 'check-finished'(base, jid, parallelism) {
    const j = await get(base, `/jobs/${jid}`);
    const problems = [];
    if (j.state !== 'FINISHED') problems.push(`job state is ${j.state}`);
    const live = new Set((await get(base, '/taskmanagers')).taskmanagers.map((t) => t.id));
    const used = new Set();
    for (const v of j.vertices) {
      if (v.status !== 'FINISHED') problems.push(`vertex ${v.name} is ${v.status}`);
      const tv = await get(base, `/jobs/${jid}/vertices/${v.id}/taskmanagers`);
      for (const tm of tv.taskmanagers) {
        used.add(tm['taskmanager-id']);
        if (!live.has(tm['taskmanager-id'])) {
          problems.push(`vertex ${v.name} ran on ${tm['taskmanager-id']}, not a live TaskManager`);
        }
      }
    }
    if (!j.vertices.length) problems.push('job has no vertices');
    const maxPar = Math.max(0, ...j.vertices.map((v) => v.parallelism));
    if (parallelism && maxPar !== Number(parallelism)) {
      problems.push(`steps ran with parallelism up to ${maxPar}, not ${parallelism}`);
    }
    if (problems.length) {
      for (const p of problems) console.error(`  ${p}`);
      process.exit(1);
    }
    console.log(`job ${jid} FINISHED: ${j.vertices.length} vertices, parallelism up to ${maxPar}, all on TaskManager(s) ${[...used].join(', ')}`);
  },
};

const [cmd, ...args] = process.argv.slice(2);
if (!commands[cmd]) {
  console.error(`usage: rest.mjs ${Object.keys(commands).join('|')} URL ...`);
  process.exit(2);
}
commands[cmd](...args).catch((e) => {
  console.error(`rest.mjs ${cmd}: ${e.message}`);
  process.exit(1);
});
