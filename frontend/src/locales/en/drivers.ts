// What the department view says about its driver analysis (the Go analysis words its warnings in
// both languages at once, for the CLI; the window says them in one).
export default {
  dept: {
    kdUnstable: '{n} complete responses for {p} drivers: fewer than {min} per driver, the weights are unstable — the advice is tentative.',
    kdPerfN: 'complete responses only, n = {n}', kdTentative: 'tentative',
  },
}
