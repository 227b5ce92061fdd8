// scenario.js: a tried case and its result turned into a scenario test (docs/maintaining-rules.md,
// "Scenario tests"): the statuses of the fund's own schemes and the whole plan, as the result says
// them, so the test holds now and fails when a later change moves the outcome. Made only after the
// officer confirms the outcome (try-case.js).

// The schemes a fragment defines: [{id, name_nl, name_en}] (none when the text does not parse).
export function fragmentSchemes(text) {
  try {
    const doc = JSON.parse(text);
    return (Array.isArray(doc.schemes) ? doc.schemes : []).filter((s) => s && typeof s.id === 'string')
      .map((s) => ({ id: s.id, name_nl: (s.name || {}).nl || s.id, name_en: (s.name || {}).en || s.id }));
  } catch (e) {
    return [];
  }
}

export function scenarioFromResult(name, input, result, schemeIds) {
  const statuses = {};
  for (const id of schemeIds) {
    const s = result.schemes.find((x) => x.id === id);
    statuses[id] = s ? s.status : 'absent';
  }
  const plan = result.plan;
  return {
    name,
    description: 'Saved in the rules workbench after the officer confirmed the outcome.',
    input,
    expected: {
      statuses,
      total_cost_cents: plan.total_cost_cents,
      own_payment_cents: plan.own_payment_cents,
      contributions: plan.contributions.map((c) => ({ scheme: c.scheme, amount_cents: c.amount_cents, components: c.components })),
      loan_cents: plan.loan_cents,
      deduction_cents: plan.deduction_cents,
      notes: result.notes.map((n) => n.id),
    },
  };
}

// A file name as the catalogue's tests have them: "SCHEME-STATUS.json".
export function suggestedFile(result, schemeIds, fund) {
  const id = schemeIds[0];
  const s = id && result.schemes.find((x) => x.id === id);
  return `${id || fund}-${s ? s.status : 'absent'}.json`;
}

export function isTestFile(name) { return /^[a-z0-9]+(-[a-z0-9]+)*\.json$/.test(name); }
