// The annual report's signing state shared by the report view's HTML build and the DOCX/PDF
// buttons (CitizensCard): final or draft, and the registry's number for this report.
import { reactive } from 'vue'

export const reportSigning = reactive({ final: false, regNo: '' })
