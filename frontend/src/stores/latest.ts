// Requests from a view to Go: the UI never waits on them, a newer request makes older answers
// stale (they are dropped), and a failure becomes translated text.
import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { problemText } from '../api'
import type { app } from '../wailsjs/go/models'

interface Answer {
  ok: boolean
  problem?: app.Problem
}

// busy counts the requests in flight across the window, so the header can offer a Cancel when
// one takes long; below counts those of them for a part of a view the page holds a place for
// (data-pending) while it comes — the department's rest: the window's walk waits for that part
// only where the place is in view.
export const busy = reactive({ count: 0, below: 0 })

export function useLatestRequest() {
  const { t } = useI18n()
  const loading = ref(false)
  const error = ref('')
  let latest = 0
  // run calls fn and hands its answer to apply, unless a newer run started meanwhile; below: the
  // answer is a part of the view whose place the page holds meanwhile (busy.below).
  async function run<T extends Answer>(fn: () => Promise<T>, apply: (answer: T) => void, opts: { below?: boolean } = {}) {
    const ticket = ++latest
    loading.value = true
    const below = opts.below ? 1 : 0
    busy.count++
    busy.below += below
    try {
      const answer = await fn()
      if (ticket !== latest) return
      error.value = answer.ok ? '' : problemText(t, answer.problem)
      apply(answer)
    } catch (e) {
      if (ticket === latest) error.value = t('errors.unexpected', { message: String(e) })
    } finally {
      // after apply: a request apply starts (the department's rest) is counted before this one
      // goes, so the count never touches zero between them (the header's Cancel stays)
      busy.count--
      busy.below -= below
      if (ticket === latest) loading.value = false
    }
  }
  return { loading, error, run }
}
