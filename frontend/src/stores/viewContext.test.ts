import { describe, expect, it } from 'vitest'
import { exportName, setViewContext, viewContextOf } from './viewContext'

describe('exportName', () => {
  it('names the view, the department, the period and the day', () => {
    setViewContext('department', { subject: 'Местни данъци и такси', subjectKind: 'department', period: 'III трим. 2026 г.' })
    expect(exportName('Отдел', viewContextOf('department'), 'Община Перущица', new Date('2026-12-06T10:00:00Z')))
      .toBe('Отдел — Местни данъци и такси — III трим. 2026 г. — 2026-12-06')
  })
  it('falls back to the municipality when the view has no subject', () => {
    expect(exportName('Обзор', viewContextOf('nothing-yet'), 'Община Перущица', new Date('2026-12-06T10:00:00Z'))).toBe('Обзор — Община Перущица — 2026-12-06')
  })
})
