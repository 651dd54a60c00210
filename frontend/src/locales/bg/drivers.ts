// What the department view says about its driver analysis (the Go analysis words its warnings in
// both languages at once, for the CLI; the window says them in one).
export default {
  dept: {
    kdUnstable: '{n} пълни отговора за {p} фактора: под {min} на фактор, теглата са неустойчиви — препоръките са предварителни.',
    kdPerfN: 'само пълните отговори, n = {n}', kdTentative: 'предварително',
  },
}
