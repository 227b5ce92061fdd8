// skeleton.js: what the workbench starts from: an empty fund's fragment (docs/maintaining-rules.md,
// "Add a fund": its own file, version and id prefix) and a case to try.

// A fragment for fund `fund` with no schemes yet, versioned for this month ("2026.12.1").
export function emptyFund(fund, today) {
  const version = `${today.slice(0, 4)}.${Number(today.slice(5, 7))}.1`;
  return JSON.stringify({ format: 'stapelwijzer-rules/1', catalogue: 'nl', version, fragment: fund, schemes: [] },
                        null, 2) + '\n';
}

// A case of the JSON contract (docs/contract.md) for a course starting today.
export function sampleCase(today) {
  return JSON.stringify({
    contract: 1,
    person: { age: 42, employment: 'employee', sector: 'metaal-mkb', province: 'ZH' },
    course: { start_date: today, costs: { tuition: 2400, exam: 150 }, type: 'certificate' },
  }, null, 2);
}

export function isFundName(name) { return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name); }
