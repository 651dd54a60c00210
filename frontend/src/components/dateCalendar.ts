// The period picker's calendar (Naive UI's date picker and the date library under it): a module
// of its own, so that its code loads when the picker is first opened, not before the first paint.
export { NDatePicker } from 'naive-ui'
