import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, nextTick, onMounted } from 'vue'
import LaterSection from './LaterSection.vue'
import { drawEverything, drawSoon } from '../charts/drawQueue'

// jsdom lays nothing out: a section's place is the box a window would give its placeholder, by the
// placeholder's min-height (the views give each section its own): 100 px is in the window's view,
// anything taller is below the fold.
const realRect = HTMLElement.prototype.getBoundingClientRect
HTMLElement.prototype.getBoundingClientRect = function () {
  if (this.dataset.pending) {
    const top = this.style.minHeight === '100px' ? 0 : window.innerHeight + 500
    return { top, bottom: top + 100, left: 0, right: 800, width: 800, height: 100, x: 0, y: top, toJSON: () => ({}) } as DOMRect
  }
  return realRect.call(this)
}

afterAll(() => {
  HTMLElement.prototype.getBoundingClientRect = realRect // jsdom's own again, for whatever runs after
})

const mounted: VueWrapper[] = []
afterEach(() => {
  mounted.splice(0).forEach((w) => w.unmount())
})

// page: sections in this order; each shows a paragraph named by its key once rendered.
function page(sections: { key: string; minHeight: number; inner?: () => ReturnType<typeof h> }[]) {
  const w = mount(
    defineComponent({
      render: () => h('div', sections.map((s) => h(LaterSection, { key: s.key, minHeight: s.minHeight }, () => [h('p', { 'data-section': s.key }, s.key), s.inner?.()]))),
    }),
    { attachTo: document.body },
  )
  mounted.push(w)
  return w
}
const rendered = () => [...document.querySelectorAll<HTMLElement>('[data-section]')].map((e) => e.dataset.section)
const pending = () => document.querySelectorAll('[data-pending]').length

describe('LaterSection', () => {
  it('holds its place until its turn: the sections in view at once, those below the fold after them', async () => {
    page([{ key: 'below', minHeight: 300 }, { key: 'top', minHeight: 100 }])
    expect(rendered()).toEqual([]) // nothing in the first render
    expect(pending()).toBe(2)
    await new Promise((r) => setTimeout(r, 0)) // the queue's first turn
    await nextTick()
    expect(rendered()).toEqual(['top']) // the one in view first, before the one above it in the page
    expect(pending()).toBe(1)
    await vi.waitFor(() => expect(rendered()).toEqual(['below', 'top']), { timeout: 2000 })
    expect(pending()).toBe(0)
  })

  it('renders every section and the charts they hold before a view is exported or printed', async () => {
    const drawn: string[] = []
    const chart = defineComponent({
      setup() {
        let el: HTMLElement | undefined
        onMounted(() => drawSoon(() => drawn.push('chart'), () => el))
        return () => h('div', { ref: (e: any) => (el = e) })
      },
    })
    page([{ key: 'a', minHeight: 300 }, { key: 'b', minHeight: 300, inner: () => h(chart) }])
    await nextTick()
    await drawEverything()
    expect(rendered()).toEqual(['a', 'b'])
    expect(drawn).toEqual(['chart'])
    expect(pending()).toBe(0)
  })

  it('renders what is waiting when the page is printed', async () => {
    page([{ key: 'a', minHeight: 300 }, { key: 'b', minHeight: 300 }])
    await nextTick()
    window.dispatchEvent(new Event('beforeprint'))
    await nextTick() // Vue renders in the microtask after the event's handlers, before the print is laid out
    expect(rendered()).toEqual(['a', 'b'])
  })
})
