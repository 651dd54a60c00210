package app

import "otzvuk/analytics/dashboard"

// Filters are the window's global filters (dashboard.Filters).
type Filters = dashboard.Filters

// DepartmentOption is one department the user can pick (dashboard.DepartmentOption).
type DepartmentOption = dashboard.DepartmentOption
