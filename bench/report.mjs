// The benchmark's table (Markdown, also printed) and the targets of issue 6 checked against it.

const n = (value, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

const SERVER = { api: 'API', uncached: 'API, cache off', floor: 'floor' };

function floorShare(report, row) {
  if (row.target === 'floor' || row.scenario !== 'feed') return null;
  const floor = report.results.find(
    (r) => r.scenario === 'feed' && r.target === 'floor' && r.connections === row.connections,
  );
  return floor && floor.reqPerS > 0 ? row.reqPerS / floor.reqPerS : null;
}

export function tableRows(report) {
  const header = [
    'scenario',
    'server',
    'clients',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'RSS max MB',
    'SQL/req',
    'vs floor',
  ];
  const rows = report.results.map((r) => {
    if (r.skipped)
      return [r.scenario, r.target, '–', '–', '–', '–', '–', '–', '–', '–', `skipped: ${r.skipped}`];
    const share = floorShare(report, r);
    return [
      r.writesPerS === undefined ? r.scenario : `${r.scenario} (${n(r.writesPerS, 0)} writes/s)`,
      SERVER[r.target] ?? r.target,
      String(r.connections),
      n(r.reqPerS, 0),
      n(r.p50),
      n(r.p95),
      n(r.p99),
      String(r.errors + r.non2xx + r.graphqlErrors),
      n(r.rssMaxMb, 0),
      n(r.statementsPerRequest, 2),
      share === null ? '' : `${(share * 100).toFixed(0)} %`,
    ];
  });
  return { header, rows };
}

/** The targets of issue 6, judged on this run. */
export function targets(report) {
  const out = [];
  const top = Math.max(...report.connections);
  const floor = report.results.find(
    (r) => r.scenario === 'feed' && r.target === 'floor' && r.connections === top,
  );
  // The feed's two targets, on the API as it runs and, for the record, with the response cache off (every
  // answer made afresh).
  for (const [target, prefix] of [
    ['api', ''],
    ['uncached', '(response cache off) '],
  ]) {
    const feed = report.results.find(
      (r) => r.scenario === 'feed' && r.target === target && r.connections === top,
    );
    if (!feed) continue;
    out.push({
      target: `${prefix}feed p95 ≤ 30 ms at ${top} clients`,
      value: `${n(feed.p95)} ms`,
      met: feed.p95 <= 30,
    });
    if (floor) {
      const share = feed.reqPerS / floor.reqPerS;
      out.push({
        target: `${prefix}feed throughput ≥ 50 % of the floor`,
        value: `${(share * 100).toFixed(0)} % (${n(feed.reqPerS, 0)} vs ${n(floor.reqPerS, 0)} req/s)`,
        met: share >= 0.5,
      });
    }
  }
  for (const scenario of ['feed', 'dashboard']) {
    const rows = report.results.filter(
      (r) => r.scenario === scenario && r.target !== 'floor' && !r.skipped && r.statementsPerRequest !== null,
    );
    if (rows.length === 0) continue;
    const worst = Math.max(...rows.map((r) => r.statementsPerRequest ?? 0));
    out.push({ target: `≤ 4 SQL statements per ${scenario} request`, value: n(worst, 2), met: worst <= 4 });
  }
  const apiTop = report.results.filter((r) => r.target === 'api' && r.connections === top && !r.skipped);
  if (apiTop.length > 0) {
    const rss = Math.max(...apiTop.map((r) => r.rssMaxMb ?? 0));
    const each = apiTop.map((r) => `${r.scenario} ${n(r.rssMaxMb, 0)}`).join(', ');
    out.push({
      target: `API RSS ≤ 300 MB under ${top}-client load`,
      value: `${n(rss, 0)} MB (peak per run: ${each})`,
      met: rss <= 300,
    });
  }
  if (report.coldStart?.seconds !== undefined) {
    out.push({
      target: 'cold start to healthy on the embedded database ≤ 15 s',
      value:
        report.coldStart.seconds === null
          ? `failed: ${report.coldStart.error}`
          : `${n(report.coldStart.seconds)} s`,
      met: report.coldStart.seconds !== null && report.coldStart.seconds <= 15,
    });
  }
  if (report.soak) {
    const growth = report.soak.rssLastMinuteMb - report.soak.rssFirstMinuteMb;
    out.push({
      target: `no RSS growth over a ${report.soak.minutes}-minute run`,
      value: `${n(report.soak.rssFirstMinuteMb, 0)} → ${n(report.soak.rssLastMinuteMb, 0)} MB, minute 2 → last minute (max ${n(report.soak.rssMaxMb, 0)})`,
      // Growth within 10 % of the level after the first minute counts as flat (GC sawtooth); the
      // 300 MB ceiling is judged in its own line.
      met: growth <= 0.1 * report.soak.rssFirstMinuteMb,
    });
  }
  return out;
}

function loadLine(report) {
  const loads = report.results.flatMap((r) => r.loadavg ?? []);
  if (loads.length === 0) return '';
  return `The machine's 1-minute load average during the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${report.machine.cpus} CPUs (other work on the machine included).`;
}

function preparedLine(report) {
  const top = Math.max(...report.connections);
  const shares = report.results
    .filter((r) => r.target === 'api' && r.connections === top && r.preparedShare !== undefined)
    .map((r) => `${r.scenario} ${(r.preparedShare * 100).toFixed(0)} %`);
  const floor = report.floorPrepared
    ? 'The floor prepares its two statements too (`--floor-prepared`).'
    : 'The floor sends its two unnamed, as pg does by default (`--floor-prepared` prepares them).';
  return (
    `The API sent ${report.apiDistinctStatements} different statement texts in the whole run; sent as prepared ` +
    `statements (by name) at ${top} clients: ${shares.join(', ') || '–'}. ${floor}`
  );
}

function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i < 2 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function markdownReport(report) {
  const { header, rows } = tableRows(report);
  const sizes = Object.entries(report.sizes)
    .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
    .join(', ');
  const lines = [
    `# Benchmark ${report.date.slice(0, 10)}${report.quick ? ' (quick)' : ''}`,
    '',
    ...(report.note ? [`> ${report.note}`, ''] : []),
    `Dataset: ${sizes}; ${
      report.seededRows
        ? `${Object.values(report.seededRows)
            .reduce((a, b) => a + b, 0)
            .toLocaleString('en')} rows`
        : 'existing database'
    }` + `${report.seedSeconds !== null ? `, seeded in ${report.seedSeconds.toFixed(1)} s` : ''}.`,
    `Machine: ${report.machine.cpus} CPUs (${report.machine.cpuModel}), ${report.machine.memoryGb} GB, Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}; ` +
      'API, floor, Postgres and the load generator share it.',
    `Runs: ${report.durationS} s each after ${report.warmupS} s warm-up, at ${report.connections.join(', ')} concurrent clients, each signed in as its own person. Commit ${report.commit}.` +
      (report.apiRuntimeEnv && Object.keys(report.apiRuntimeEnv).length
        ? ` The API runs with the production image's ${Object.entries(report.apiRuntimeEnv)
            .map(([key, value]) => `\`${key}=${value}\``)
            .join(', ')}.`
        : report.apiNodeOptions
          ? ` The API runs with the production image's NODE_OPTIONS: \`${report.apiNodeOptions}\`.`
          : ''),
    loadLine(report),
    '',
    markdownTable(header, rows),
    '',
    'errors = connection errors + non-2xx + GraphQL `errors`; SQL/req = statements the process sent to Postgres per response ' +
      '(API: counted by bench/statement-counter.mjs inside the API, BEGIN/COMMIT included; floor: its own count); vs floor = API req/s ÷ floor req/s. ' +
      'API = the production build as it runs, its response cache on (a reader asking the same again gets the kept answer while nothing changed); ' +
      'API, cache off = the same build with `RESPONSE_CACHE_MB=0`, every answer made afresh. feedWhileWriting = the feed while two arena members log lessons ' +
      'at the rate shown (each write makes every kept answer out of date); its SQL/req is left out, as the writes’ statements count in the same process.',
    ...(report.apiDistinctStatements !== undefined ? ['', preparedLine(report)] : []),
    '',
    '## Targets (issue 6)',
    '',
    markdownTable(
      ['target', 'this run', 'met'],
      targets(report).map((t) => [t.target, t.value, t.met ? 'yes' : '**no**']),
    ),
    '',
  ];
  if (report.soak) {
    lines.push(
      '## Soak',
      '',
      `Feed at ${report.soak.connections} clients for ${report.soak.minutes} min: ${n(report.soak.reqPerS, 0)} req/s, p95 ${n(report.soak.p95)} ms, ` +
        `${report.soak.errors} errors, RSS ${n(report.soak.rssFirstMinuteMb, 0)} MB (minute 2) → ${n(report.soak.rssLastMinuteMb, 0)} MB (last minute), max ${n(report.soak.rssMaxMb, 0)} MB.`,
      '',
    );
  }
  if (report.checks) {
    lines.push('## Checks', '');
    if (report.checks.floorMatchesApi !== undefined) {
      lines.push(
        `- The floor's feed JSON equals the API's for the same person: ${report.checks.floorMatchesApi ? 'yes' : '**no**'} ` +
          `(${report.checks.feedItemsOnPage} items on the page; that person's feed holds ${report.checks.feedLessonsOfFirstTribuneUser} shared lessons).`,
      );
    }
    for (const [key, value] of Object.entries(report.checks)) {
      if (!key.endsWith('Statements')) continue;
      lines.push(
        '',
        `<details><summary>${key.replace('Statements', '')}: the ${value.length} SQL statements of one request (response cache off)</summary>`,
        '',
        '```sql',
      );
      for (const { ms, sql, explain } of value) {
        const alone =
          explain && explain.executionMs !== undefined
            ? `; alone ${explain.executionMs.toFixed(2)} ms execution + ${explain.planningMs.toFixed(2)} ms planning, ${explain.rows} rows; ${explain.scans.join(', ')}`
            : '';
        lines.push(
          `-- in the run ${ms === null ? '?' : ms.toFixed(1)} ms${alone}`,
          `${sql.length > 700 ? `${sql.slice(0, 700)} …` : sql};`,
        );
      }
      lines.push('```', '', '</details>');
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function printTable(report) {
  const { header, rows } = tableRows(report);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log('');
  for (const t of targets(report)) console.log(`${t.met ? 'MET    ' : 'MISSED '} ${t.target}: ${t.value}`);
}
