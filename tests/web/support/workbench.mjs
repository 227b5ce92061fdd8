// workbench.mjs: what the workbench's browser tests share: the trial fund's fragment.

// The new fund's fragment with one scheme for the metal sector (OOM's people): it pays 300 euro
// towards tuition, so tests of other funds about such a person get another outcome.
export function proeffonds(kind = 'gift') {
  const text = (nl, en) => ({ nl, en });
  return JSON.stringify({
    format: 'stapelwijzer-rules/1', catalogue: 'nl', version: '2026.12.1', fragment: 'proeffonds',
    schemes: [{
      id: 'proeffonds-opleidingsbijdrage',
      name: text('Proeffonds opleidingsbijdrage', 'Proeffonds training contribution'),
      description: text('Het proeffonds betaalt 300 euro van het lesgeld.', 'The trial fund pays 300 euro of the tuition.'),
      provider: 'Proeffonds', kind, applicant: 'person',
      apply_url: 'https://www.proeffonds.nl/regelingen/opleidingsbijdrage',
      valid: { from: '2026-01-01' }, confidence: 'indicative',
      condition: { fact: 'person.sector', op: '=', value: 'metaal-mkb',
                   explain: text('Alleen voor de sector Metaal en Techniek.', 'Only for the Metaal en Techniek sector.') },
      covers: ['tuition'], formula: { type: 'fixed', amount: 300, per: 'course' }, priority: 150,
      sources: [{ url: 'https://www.proeffonds.nl/regelingen/opleidingsbijdrage', title: 'Proeffonds: opleidingsbijdrage', checked: '2026-12-04' }],
    }],
  }, null, 2) + '\n';
}
